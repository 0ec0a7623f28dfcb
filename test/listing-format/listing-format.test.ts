import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../src/i18n/formatters.js';
import { formatAddress } from '../../src/components/listing-format/address.js';
import { isDialable, mailtoHref, smsHref, telHref } from '../../src/components/listing-format/contact-links.js';
import { distanceUnit, formatDistance, toKm } from '../../src/components/listing-format/distance.js';
import { mainPlace, shareListText, shareText } from '../../src/components/listing-format/share-text.js';
import { listingWebsite, webHref } from '../../src/components/listing-format/website.js';
import { makeListing } from '../support/listings.js';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  'https://exa mple.org/',
  'http://[',
  `https://example.org/${'a'.repeat(5000)}`,
];

describe('websites', () => {
  it('keeps http and https addresses as given', () => {
    expect(webHref('https://help.example/food?zip=97301')).toBe('https://help.example/food?zip=97301');
    expect(webHref('HTTP://help.example/')).toBe('HTTP://help.example/');
    expect(webHref('https://مساعدة.example/طعام')).toBe('https://مساعدة.example/طعام');
  });

  it('refuses script, data and malformed addresses, huge ones and anything not a string', () => {
    for (const url of HOSTILE_URLS) expect(webHref(url), url).toBeUndefined();
    for (const value of [undefined, null, 42, {}, ['https://help.example/']]) expect(webHref(value)).toBeUndefined();
  });

  it("gives the listing's own website, else its organization's, never an unsafe one", () => {
    const organization = { id: 'o', name: 'Cedar Valley', url: 'https://org.example/' };
    expect(listingWebsite(makeListing({ url: 'https://svc.example/', organization }))).toBe('https://svc.example/');
    expect(listingWebsite(makeListing({ url: 'javascript:alert(1)', organization }))).toBe('https://org.example/');
    expect(listingWebsite(makeListing({ url: undefined, organization: { ...organization, url: 'javascript:alert(1)' } }))).toBeUndefined();
  });
});

describe('phone links', () => {
  const phone = { number: '(503) 555-0142', tel: '5035550142', kind: 'voice' as const, languages: [] };

  it('dials E.164 when the country is known, with the extension as a pause', () => {
    expect(telHref(phone, '1')).toBe('tel:+15035550142');
    expect(telHref({ ...phone, extension: '12' }, '1')).toBe('tel:+15035550142,12');
    expect(telHref(phone)).toBe('tel:5035550142');
    expect(smsHref(phone, '1')).toBe('sms:+15035550142');
  });

  it('makes no link of anything but digits, and drops an extension that is not digits', () => {
    for (const tel of ['javascript:alert(1)', '503 555 0142', '5'.repeat(5000), '\u202e5035550142', '']) {
      expect(isDialable(tel), tel).toBe(false);
      expect(telHref({ ...phone, tel }), tel).toBeUndefined();
      expect(smsHref({ ...phone, tel }), tel).toBeUndefined();
    }
    expect(telHref({ ...phone, extension: '12?body=x' }, '1')).toBe('tel:+15035550142');
  });

  it('writes mailto links for one plain address only', () => {
    expect(mailtoHref('help@cedar.example')).toBe('mailto:help@cedar.example');
    for (const email of ['help@cedar.example?bcc=all@x.example', 'a@b.example,c@d.example', 'javascript:alert(1)//@x.example', undefined]) {
      expect(mailtoHref(email), email).toBeUndefined();
    }
  });
});

describe('address lines', () => {
  it('reads street, city, region and postcode in one line', () => {
    expect(formatAddress({ lines: ['412 Oak Street', 'Suite 2'], city: 'Millbrook', region: 'OR', postalCode: '97301' })).toBe('412 Oak Street, Suite 2, Millbrook, OR 97301');
    expect(formatAddress({ lines: [], postalCode: '97301' })).toBe('97301');
  });

  it('keeps right-to-left text as written, leaving its direction to the page', () => {
    expect(formatAddress({ lines: ['شارع الملك فهد 12'], city: 'الرياض' })).toBe('شارع الملك فهد 12, الرياض');
  });
});

describe('distances', () => {
  const en = createFormatters('en');

  it('gives miles in US and UK English, kilometres elsewhere, and the author’s units first', () => {
    expect(distanceUnit(undefined, 'en', 'en-US')).toBe('mi');
    expect(distanceUnit(undefined, 'en', 'en-AU')).toBe('km');
    expect(distanceUnit(undefined, 'es', 'en-US')).toBe('km');
    expect(distanceUnit('km', 'en', 'en-US')).toBe('km');
    expect(distanceUnit('furlongs', 'en-GB', 'en-GB')).toBe('mi');
  });

  it('formats one decimal under ten, none above, in the interface language', () => {
    expect(formatDistance(3.7, 'mi', en)).toBe('2.3 mi');
    expect(formatDistance(12.34, 'km', en)).toBe('12 km');
    expect(formatDistance(1.234, 'km', en)).toBe('1.2 km');
    expect(formatDistance(3.7, 'km', createFormatters('fr'))).toMatch(/^3,7\s?km$/);
    expect(toKm(2, 'mi')).toBeCloseTo(3.218688);
    expect(toKm(2, 'km')).toBe(2);
  });
});

describe('share text', () => {
  it('gives name, phone, address and website, one per line', () => {
    const listing = makeListing({ url: 'https://svc.example/' });
    expect(shareText(listing)).toBe(['Riverside Peer Support Group', '(503) 555-0142', '412 Oak Street, Millbrook, OR 97301', 'https://svc.example/'].join('\n'));
    expect(shareListText([listing, { ...listing, name: 'Second' }]).split('\n\n')).toHaveLength(2);
  });

  it('leaves out an unsafe website and keeps right-to-left names as they are', () => {
    const listing = makeListing({ name: 'بنك الطعام', url: 'javascript:alert(1)', organization: { id: 'o', name: 'x', url: 'data:text/html,x' } });
    expect(shareText(listing).split('\n')).toEqual(['بنك الطعام', '(503) 555-0142', '412 Oak Street, Millbrook, OR 97301']);
  });

  it('names the nearest physical place', () => {
    const [near, far] = [{ ...makeListing().locations[0]!, id: 'near', distanceKm: 1 }, { ...makeListing().locations[0]!, id: 'far', distanceKm: 9 }];
    expect(mainPlace(makeListing({ locations: [far, near] }))?.id).toBe('near');
  });
});
