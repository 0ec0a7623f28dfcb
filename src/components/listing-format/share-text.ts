import type { Listing } from '../../sdk/model.js';
import { formatAddress } from './address.js';
import { displayNumber, listingCallingCode } from './phone-format.js';
import { listingWebsite } from './website.js';

/** The listing's nearest physical place, for the address line and directions. */
export function mainPlace(listing: Listing) {
  const physical = listing.locations.filter((location) => !location.virtual && (location.address || location.latitude !== undefined));
  return physical.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity))[0];
}

/** Plain text a visitor can paste into a message: name, phone, address, website, one per line. */
export function shareText(listing: Listing): string {
  const place = mainPlace(listing);
  const phone = listing.phones.find((candidate) => candidate.kind !== 'fax');
  return [
    listing.name,
    phone && displayNumber(phone, listingCallingCode(listing)),
    place?.address ? formatAddress(place.address) : undefined,
    listingWebsite(listing),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Several listings as one message, separated by blank lines. */
export function shareListText(listings: readonly Listing[]): string {
  return listings.map(shareText).join('\n\n');
}
