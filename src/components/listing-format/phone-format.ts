import type { Address, Listing, Phone } from '../../sdk/model.js';
import { addressTimeZone } from '../../sdk/hours/address-zone.js';

// Calling codes by ISO country code, and by the time zone of a place whose address names no country or names it
// in words (address-zone.ts reads US states, Canadian provinces, Australian states, the UK, Ireland, New Zealand).
const CALLING_CODES: Record<string, string> = {
  US: '1', CA: '1', GB: '44', UK: '44', IE: '353', AU: '61', NZ: '64',
  'Europe/London': '44', 'Europe/Dublin': '353', 'Pacific/Auckland': '64',
};

/**
 * The calling code of the country a place is in, when its address settles it: its country, or (as for time
 * zones) the state or province in its region; an address with a region and no country is read as a US one.
 */
export function callingCode(address: Address | undefined): string | undefined {
  const country = address?.country?.trim().toUpperCase();
  const zone = addressTimeZone(address);
  if (country && CALLING_CODES[country]) return CALLING_CODES[country];
  return zone && (CALLING_CODES[zone] ?? (zone.startsWith('Australia/') ? '61' : '1'));
}

/** The calling code of the country a listing's places are in, when an address settles it. */
export const listingCallingCode = (listing: Listing): string | undefined =>
  callingCode(listing.locations.find((location) => location.address)?.address);

const NANP = /^\+?1?([2-9]\d{2})([2-9]\d{2})(\d{4})$/;

/**
 * The E.164 form of a dialable number (`+15035550142`) when its country is known and the digits are a full
 * number there; short codes (211, 988) and numbers of unknown country stay as they are.
 */
export function e164(tel: string, code: string | undefined): string {
  if (tel.startsWith('+') || !code) return tel;
  if (code === '1') return NANP.test(tel) ? `+1${tel.slice(-10)}` : tel;
  // Elsewhere a full national number starts with the trunk prefix 0, which is not dialled from abroad.
  return /^0\d{8,10}$/.test(tel) ? `+${code}${tel.slice(1)}` : tel;
}

/**
 * A phone number as every card shows it: North American numbers one way, `(503) 555-0142`, however the feed
 * wrote them ("503.555.0142", "1-503-555-0142", "+1 503 555 0142"). Numbers spelled with letters
 * (1-800-FLOWERS), short codes and numbers from elsewhere are shown as published.
 */
export function displayNumber(phone: Phone, code: string | undefined): string {
  const parts = code === '1' && !/[a-z]/i.test(phone.number) ? NANP.exec(phone.tel) : null;
  return parts ? `(${parts[1]}) ${parts[2]}-${parts[3]}` : phone.number;
}
