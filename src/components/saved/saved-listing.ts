import type { Listing } from '../../sdk/model.js';
import { wellFormed, withoutDeceptiveCharacters } from '../../sdk/normalize/clean-text.js';
import { isDialable } from '../listing-format/contact-links.js';
import { webHref } from '../listing-format/website.js';
import { SAVED_KEY } from './saved-store.js';

// A saved listing comes back from localStorage, which an older version, another script on the page or a
// feed's hostile text may have left in any shape. Each field is read again as the card needs it: a field of
// the wrong type is dropped, a list keeps the items it can use, and a listing without an id and a visible
// name cannot be shown at all.

/** Reads one value back, or undefined when it cannot be used. */
type Read = (value: unknown) => unknown;
type Fields = Record<string, Read>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text: Read = (value) => (typeof value === 'string' ? wellFormed(value) : undefined);
const visibleName: Read = (value) => (typeof value === 'string' ? withoutDeceptiveCharacters(value).trim() || undefined : undefined);
const number: Read = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const boolean: Read = (value) => (typeof value === 'boolean' ? value : undefined);
const digits: Read = (value) => (typeof value === 'string' && /^\d{1,8}$/.test(value) ? value : undefined);
const webUrl: Read = webHref;
const oneOf = (...allowed: string[]): Read => (value) => (allowed.includes(value as string) ? value : undefined);
const orElse = (read: Read, fallback: unknown): Read => (value) => read(value) ?? fallback;
const listOf = (read: Read): Read => (value) => (Array.isArray(value) ? value.map(read).filter((item) => item !== undefined) : []);
/** A list the listing may lack (fields newer than some saved listings): absent stays absent. */
const optionalList = (read: Read): Read => (value) => (Array.isArray(value) ? listOf(read)(value) : undefined);
const timeZone: Read = (value) => {
  if (typeof value !== 'string') return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value;
  } catch {
    return undefined; // an unknown time zone would throw each time the hours are formatted
  }
};

/**
 * A record with the fields that read back, in their stored order (so an intact record reads back as it was);
 * undefined when it is not a record or lacks a required field.
 */
const record =
  (fields: Fields, required: readonly string[] = []): Read =>
  (value) => {
    if (!isRecord(value)) return undefined;
    const out: Record<string, unknown> = {};
    const keys = [...Object.keys(value).filter((key) => Object.hasOwn(fields, key)), ...Object.keys(fields)];
    for (const key of keys) {
      const field = Object.hasOwn(out, key) ? undefined : fields[key]!(value[key]);
      if (field !== undefined) out[key] = field;
    }
    return required.every((key) => out[key] !== undefined) ? out : undefined;
  };

const language = record({ code: text, name: text, note: text });

const tel: Read = (value) => (typeof value === 'string' && isDialable(value) ? value : undefined);

/** A phone shows the digits it dials: a stored number whose digits differ from its `tel` is shown as the `tel`. */
const phone: Read = (value) => {
  const saved = record({ number: visibleName, tel, extension: digits, kind: orElse(text, 'voice'), description: text, languages: listOf(language) }, ['number', 'tel'])(value);
  if (!isRecord(saved)) return undefined;
  const dialled = (saved.tel as string).replace('+', '');
  return (saved.number as string).replace(/\D/g, '') === dialled ? saved : { ...saved, number: saved.tel };
};

const address = record({ lines: listOf(text), city: text, region: text, postalCode: text, country: text }, ['lines']);

const location = record(
  {
    id: text,
    name: visibleName,
    description: text,
    address,
    latitude: number,
    longitude: number,
    virtual: orElse(boolean, false),
    url: webUrl,
    accessibility: listOf(text),
    transportation: text,
    distanceKm: number,
  },
  ['id'],
);

const schedule = record(
  {
    id: text,
    freq: oneOf('WEEKLY', 'MONTHLY'),
    interval: number,
    byDay: listOf(record({ day: oneOf('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'), ordinal: number }, ['day'])),
    byMonthDay: listOf(number),
    opensAt: text,
    closesAt: text,
    validFrom: text,
    validTo: text,
    dtstart: text,
    until: text,
    count: number,
    timeZone,
    utcOffsetMinutes: number,
    description: text,
    notes: text,
    attendingType: text,
    link: webUrl,
    exception: boolean,
    closed: boolean,
    level: oneOf('service_at_location', 'location', 'service'),
    locationId: text,
  },
  ['level'],
);

const listing = record(
  {
    id: text,
    name: visibleName,
    alternateName: visibleName,
    description: orElse(text, ''),
    summary: orElse(text, ''),
    status: orElse(oneOf('active', 'inactive', 'defunct', 'temporarily closed'), 'active'),
    alert: text,
    organization: record({ id: text, name: visibleName, description: text, url: webUrl, email: text, logo: webUrl }, ['id', 'name']),
    locations: listOf(location),
    phones: listOf(phone),
    url: webUrl,
    email: text,
    languages: listOf(language),
    categories: listOf(record({ id: text, code: text, name: text, taxonomy: text, parentId: text }, ['id', 'name'])),
    eligibility: text,
    minimumAge: number,
    maximumAge: number,
    fees: text,
    free: boolean,
    applicationProcess: text,
    interpretationServices: text,
    costOptions: optionalList(record({ option: text, amount: number, currency: text, amountDescription: text })),
    paymentsAccepted: optionalList(text),
    requiredDocuments: optionalList(record({ name: text, url: webUrl }, ['name'])),
    contacts: optionalList(record({ name: visibleName, title: text, department: text, email: text, phones: listOf(phone) })),
    links: optionalList(record({ label: text, url: webUrl }, ['url'])),
    schedules: listOf(schedule),
    serviceAreas: listOf(record({ name: text, description: text })),
    assuredDate: text,
    lastModified: text,
    distanceKm: number,
    source: record({ feed: text, id: text }, ['feed', 'id']),
  },
  ['id', 'name'],
);

/** A saved listing as the card can show it, or undefined when it cannot be shown at all. */
export function readSavedListing(value: unknown): Listing | undefined {
  const read = listing(value) as Listing | undefined;
  if (read && !read.source) read.source = { feed: '', id: read.id };
  return read;
}

/**
 * The stored list, healed: what cannot be shown is dropped with one console warning, and the healed list is
 * written back so the same bad entry is not met on every later visit.
 */
export function readSavedList(stored: string | null): Listing[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored ?? '[]');
  } catch {
    parsed = undefined; // not JSON at all
  }
  const entries = Array.isArray(parsed) ? parsed : [];
  const listings = entries.map(readSavedListing).filter((listing) => listing !== undefined);
  if (stored === null || JSON.stringify(listings) === JSON.stringify(parsed)) return listings;
  console.warn(
    Array.isArray(parsed)
      ? `<resource-directory>: repaired the saved list in localStorage ("${SAVED_KEY}"): ${entries.length - listings.length} of ${entries.length} listings could not be shown and were removed, and fields of the wrong type were dropped.`
      : `<resource-directory>: the saved list in localStorage ("${SAVED_KEY}") was not a list of listings; it was removed.`,
  );
  try {
    if (listings.length) localStorage.setItem(SAVED_KEY, JSON.stringify(listings));
    else localStorage.removeItem(SAVED_KEY);
  } catch {
    // Storage full or disabled: the healed list still works for this visit.
  }
  return listings;
}
