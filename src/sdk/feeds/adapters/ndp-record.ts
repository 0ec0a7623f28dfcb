/**
 * A 211 National Data Platform record (a Search API v2 result, with its Query API details when fetched), written
 * as the HSDS 3 service the normalizer reads: its text, phones, URLs and hours then get the checks every feed's
 * get. Field names follow the NDP documentation (see README, "The 211 National Data Platform").
 */
import type { FeedIssue } from '../../model.js';
import { isRecord } from '../../normalize/parse-entity.js';
import { numberOf, textOf } from './foreign-values.js';
import { unreadFields } from './unread-fields.js';

type Row = Record<string, unknown>;

const SEARCH_FIELDS = [
  'idServiceAtLocation',
  'idService',
  'idOrganization',
  'idLocation',
  'nameOrganization',
  'nameService',
  'nameLocation',
  'nameServiceAtLocation',
  'alternateNamesOrganization',
  'alternateNamesService',
  'alternateNamesLocation',
  'alternateNamesServiceAtLocation',
  'descriptionService',
  'descriptionOrganization',
  'address',
  'serviceAreas',
  'taxonomy',
  // Facets for filtering, and which 2-1-1 owns the record: nothing a visitor reads on a card.
  'tagsService',
  'dataOwner',
  'dataOwnerDisplayName',
];
const DETAIL_FIELDS = ['phones', 'schedules', 'addresses', 'languages', 'fees', 'eligibility', 'meta'];
const KNOWN_SEARCH = new Set(SEARCH_FIELDS);
const KNOWN_DETAILS = new Set([...SEARCH_FIELDS, ...DETAIL_FIELDS]);

const DAYS: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const FEES: Record<string, string> = { no_fee: 'No fee', partial_fee: 'Partial fee', full_fee: 'Fee', sliding_fee: 'Sliding fee scale', sliding_scale: 'Sliding fee scale' };

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const records = (value: unknown): Row[] => list(value).filter(isRecord);
const texts = (value: unknown): string[] => list(value).map(textOf).filter((v): v is string => v !== undefined);
const firstName = (value: unknown): string | undefined => textOf(value) ?? texts(value)[0];

/** The id a listing gets: the service-at-location's, which the Query API looks details up by. */
export const ndpRecordId = (row: unknown): string | undefined =>
  isRecord(row) ? (textOf(row.idServiceAtLocation) ?? textOf(row.idService)) : undefined;

function searchAddress(address: Row): Row {
  return {
    address_1: textOf(address.streetAddress) ?? textOf(address.street),
    address_2: textOf(address.streetAddress2),
    city: textOf(address.city),
    state_province: textOf(address.stateProvince) ?? textOf(address.state),
    postal_code: textOf(address.postalCode),
    country: textOf(address.country) ?? 'US',
  };
}

function phoneKind(type: string | undefined): string {
  const lower = type?.toLowerCase() ?? '';
  if (lower.includes('fax')) return 'fax';
  if (/\b(?:tty|tdd|textphone)\b/.test(lower)) return 'textphone';
  if (/\b(?:text|sms)\b/.test(lower)) return 'text';
  return 'voice';
}

function phones(details: Row): Row[] {
  const found = records(details.phones).filter((phone) => textOf(phone.number));
  // The main number first: it becomes the card's Call button.
  found.sort((a, b) => Number(b.isMain === true) - Number(a.isMain === true));
  return found.map((phone) => {
    const type = textOf(phone.type);
    const label = [type && phoneKind(type) === 'voice' && !/^(?:voice|phone|main)$/i.test(type) ? type : undefined, textOf(phone.access)]
      .filter(Boolean)
      .join(': ');
    return { number: textOf(phone.number), type: phoneKind(type), description: label || undefined };
  });
}

function schedules(details: Row): Row[] {
  return records(details.schedules).flatMap((schedule) =>
    records(schedule.open).flatMap((open) => {
      const day = DAYS[textOf(open.day)?.slice(0, 3).toLowerCase() ?? ''];
      return day ? [{ freq: 'WEEKLY', byday: day, opens_at: textOf(open.opensAt), closes_at: textOf(open.closesAt), notes: textOf(schedule.notes) }] : [];
    }),
  );
}

/** A temporary message is shown while it is valid (dates as given; none means now). */
function currentMessage(meta: Row, now: Date): string | undefined {
  const message = isRecord(meta.temporaryMessage) ? meta.temporaryMessage : undefined;
  if (!message) return undefined;
  const day = now.toISOString().slice(0, 10);
  const from = textOf(message.validFrom)?.slice(0, 10);
  const to = textOf(message.validTo)?.slice(0, 10);
  if ((from && day < from) || (to && day > to)) return undefined;
  return textOf(message.message);
}

const languageName = (code: string): string => code.charAt(0).toUpperCase() + code.slice(1).toLowerCase();

/** One NDP record as an HSDS 3 service. */
export function ndpService(row: Row, details: Row | undefined, now: Date): Row {
  const id = ndpRecordId(row) ?? '';
  const address = isRecord(row.address) ? row.address : undefined;
  const physical = records(details?.addresses).find((a) => !a.type || String(a.type).toLowerCase() === 'physical');
  const location: Row = {
    id: textOf(row.idLocation) ?? `${id}:location`,
    name: firstName(row.nameLocation),
    latitude: numberOf(address?.latitude),
    longitude: numberOf(address?.longitude),
    addresses: physical ? [searchAddress(physical)] : address ? [searchAddress(address)] : [],
  };
  const meta = isRecord(details?.meta) ? details.meta : {};
  const fees = isRecord(details?.fees) ? details.fees : undefined;
  const feeType = textOf(fees?.type)?.toLowerCase();
  const eligibility = isRecord(details?.eligibility) ? details.eligibility : undefined;
  const languages = isRecord(details?.languages) ? details.languages : undefined;
  return {
    id,
    name: firstName(row.nameService) ?? firstName(row.nameServiceAtLocation),
    alternate_name: texts(row.alternateNamesService)[0],
    description: textOf(row.descriptionService),
    status: textOf(meta.status)?.toLowerCase(),
    alert: currentMessage(meta, now),
    assured_date: textOf(meta.lastVerified)?.slice(0, 10),
    fees_description: [feeType && FEES[feeType], textOf(fees?.description)].filter(Boolean).join('. ') || undefined,
    eligibility_description: [...texts(eligibility?.types), textOf(eligibility?.description)].filter(Boolean).join(', ') || undefined,
    interpretation_services: textOf(languages?.description),
    languages: texts(languages?.codes).map((code) => ({ name: languageName(code) })),
    organization: { id: textOf(row.idOrganization) ?? `${id}:organization`, name: firstName(row.nameOrganization), description: textOf(row.descriptionOrganization) },
    service_at_locations: [{ id, location, phones: details ? phones(details) : [], schedules: details ? schedules(details) : [] }],
    attributes: records(row.taxonomy).flatMap((term) => {
      const code = textOf(term.taxonomyCode) ?? textOf(term.code);
      const name = textOf(term.taxonomyTerm) ?? textOf(term.term) ?? code;
      return name ? [{ taxonomy_term: { id: code ?? name, code, name, taxonomy: '211HSIS' } }] : [];
    }),
    service_areas: list(row.serviceAreas).flatMap((area) => {
      const name = isRecord(area) ? textOf(area.value) : textOf(area);
      return name ? [{ name }] : [];
    }),
  };
}

/** The fields a page's records had that no card shows, once each. */
export const ndpUnreadFields = (page: readonly { row: Row; details?: Row }[]): FeedIssue[] =>
  unreadFields(
    page.map(({ row, details }) => ({ id: ndpRecordId(row) ?? '', row: { ...row, ...details } })),
    page.some(({ details }) => details) ? KNOWN_DETAILS : KNOWN_SEARCH,
  );
