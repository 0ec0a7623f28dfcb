import type { Listing } from '../../sdk/model.js';
import { mainPlace } from '../listing-format/share-text.js';
import { telHref } from '../listing-format/contact-links.js';
import { listingCallingCode } from '../listing-format/phone-format.js';
import { listingWebsite } from '../listing-format/website.js';

// RFC 6350 text values escape backslash, comma, semicolon and newlines; a lone CR would end the line too.
const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n?|\n/g, '\\n');

/** A vCard 4.0 for a listing, so a visitor can keep the service in their phone's contacts. */
export function toVCard(listing: Listing): string {
  const place = mainPlace(listing);
  const code = listingCallingCode(listing);
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org', `FN:${escape(listing.name)}`];
  if (listing.organization?.name) lines.push(`ORG:${escape(listing.organization.name)}`);
  for (const phone of listing.phones) {
    const type = phone.kind === 'text' ? 'text' : phone.kind === 'fax' ? 'fax' : 'voice';
    const href = telHref(phone, code); // "tel:+1…,12": the pause before an extension is written ";ext=12" in a vCard
    if (href) lines.push(`TEL;VALUE=uri;TYPE=${type}:${href.replace(',', ';ext=')}`);
  }
  if (listing.email) lines.push(`EMAIL:${escape(listing.email)}`);
  const url = listingWebsite(listing);
  if (url) lines.push(`URL:${escape(url)}`);
  if (place?.address) {
    const { lines: street, city = '', region = '', postalCode = '', country = '' } = place.address;
    lines.push(`ADR:;;${[street.join(', '), city, region, postalCode, country].map(escape).join(';')}`);
  }
  if (place?.latitude !== undefined && place.longitude !== undefined) lines.push(`GEO:geo:${place.latitude},${place.longitude}`);
  if (listing.summary) lines.push(`NOTE:${escape(listing.summary)}`);
  lines.push('END:VCARD');
  return `${lines.join('\r\n')}\r\n`;
}

/** Offers the vCard as a file download; no network request is made. */
export function downloadVCard(listing: Listing): void {
  const url = URL.createObjectURL(new Blob([toVCard(listing)], { type: 'text/vcard' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${listing.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'service'}.vcf`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
