import type { Listing } from '../../sdk/model.js';
import { wellFormed, withoutDeceptiveCharacters } from '../../sdk/normalize/clean-text.js';
import { phoneNumber } from '../../sdk/normalize/phone.js';

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
const webUrl: Read = (value) => (typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value) ? value : undefined);
const oneOf = (...allowed: string[]): Read => (value) => (allowed.includes(value as string) ? value : undefined);
const orElse = (read: Read, fallback: unknown): Read => (value) => read(value) ?? fallback;
const listOf = (read: Read): Read => (value) => (Array.isArray(value) ? value.map(read).filter((item) => item !== undefined) : []);
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

/** The number is read again from its text, so what the card shows and what it dials are one sequence. */
const phone: Read = (value) => {
  const saved = record({ number: text, tel: text, extension: digits, kind: orElse(text, 'voice'), description: text, languages: listOf(language) }, ['number'])(value);
  if (!isRecord(saved)) return undefined;
  const { number: shown, tel, extension } = phoneNumber(saved.number as string);
  if (!tel) return undefined;
  const kept: Record<string, unknown> = { ...saved, number: shown, tel };
  if (!saved.extension && extension) kept.extension = extension;
  return kept;
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
