/**
 * A FindTreatment.gov (SAMHSA) locator row, written as the HSDS 3 service the normalizer reads. Rows carry their
 * facts as coded groups (`services: [{ f1: name, f2: code, f3: "value; value" }]`): type of care, setting and
 * special programs become categories, languages languages, payment the fees, ages and groups served the
 * eligibility; every group is also a line of the description, so nothing a row says is lost.
 */
import type { FeedIssue } from '../../model.js';
import { isRecord } from '../../normalize/parse-entity.js';
import { numberOf, textOf } from './foreign-values.js';
import { unreadFields } from './unread-fields.js';

type Row = Record<string, unknown>;

const KNOWN = new Set([
  'frid',
  'name1',
  'name2',
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'phone',
  'intake1',
  'hotline1',
  'website',
  'latitude',
  'longitude',
  'miles',
  'type_facility',
  'services',
  // Where the row sits in the search: nothing of the service.
  'county',
  'recordCount',
]);
/** Groups a visitor filters by: categories, under the group's name. */
const CATEGORY_GROUPS = new Set(['TC', 'SET', 'SN']);
const LANGUAGE_GROUPS = new Set(['SL', 'OL']);
const PAYMENT_GROUP = new Set(['PAY']);
/** Payment assistance: a sliding fee scale, help with costs; what the visitor pays, so the fees. */
const ASSISTANCE_GROUP = new Set(['PYAS']);
const ELIGIBILITY_GROUPS = new Set(['SG', 'AGE']);
const FACILITY_TYPES: Record<string, string> = {
  SA: 'Substance use treatment',
  MH: 'Mental health treatment',
  BUPREN: 'Buprenorphine practitioner',
  OTP: 'Opioid treatment program',
  HRSA: 'Health center',
  VA: 'Veterans Affairs facility',
};
/** Payment values that mean the visitor pays nothing. */
const FREE_PAYMENT = /^(?:no payment accepted|free of charge|free)\b/i;
const MILE_M = 1609.344;

/** FNV-1a: a short, stable id for rows without `frid`, from what identifies a facility. */
function hashId(parts: (string | undefined)[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|').toLowerCase()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `ft-${hash.toString(36)}`;
}

export const findTreatmentRecordId = (row: Row): string =>
  textOf(row.frid) ?? hashId([textOf(row.name1), textOf(row.street1), textOf(row.zip)]);

interface Group {
  name: string;
  code: string;
  values: string[];
}

function groups(row: Row): Group[] {
  return (Array.isArray(row.services) ? row.services : []).filter(isRecord).flatMap((group) => {
    const code = textOf(group.f2)?.toUpperCase();
    const values = (textOf(group.f3) ?? '').split(';').map((value) => value.trim()).filter(Boolean);
    return code && values.length ? [{ name: textOf(group.f1) ?? code, code, values }] : [];
  });
}

const valuesOf = (all: Group[], codes: ReadonlySet<string>): string[] => all.filter((group) => codes.has(group.code)).flatMap((group) => group.values);

/** One locator row as an HSDS 3 service. */
export function findTreatmentService(row: Row): Row {
  const id = findTreatmentRecordId(row);
  const all = groups(row);
  const payments = valuesOf(all, PAYMENT_GROUP);
  const free = payments.some((value) => FREE_PAYMENT.test(value));
  const facilityType = textOf(row.type_facility)?.toUpperCase();
  const miles = numberOf(row.miles);
  const phone = (number: unknown, description?: string) => (textOf(number) ? [{ number: textOf(number), description }] : []);
  return {
    id,
    name: textOf(row.name1),
    alternate_name: textOf(row.name2),
    description: all.map((group) => `${group.name}: ${group.values.join(', ')}.`).join('\n\n'),
    url: textOf(row.website),
    fees_description: [free ? 'Free: no payment accepted.' : undefined, ...valuesOf(all, ASSISTANCE_GROUP)].filter(Boolean).join('\n') || undefined,
    payments_accepted: payments.filter((value) => !FREE_PAYMENT.test(value)).map((payment) => ({ payment })),
    eligibility_description: valuesOf(all, ELIGIBILITY_GROUPS).join(', ') || undefined,
    languages: valuesOf(all, LANGUAGE_GROUPS).map((name) => ({ name })),
    phones: [...phone(row.phone), ...phone(row.intake1, 'Intake'), ...phone(row.hotline1, 'Hotline')],
    attributes: [
      ...(facilityType && FACILITY_TYPES[facilityType]
        ? [{ taxonomy_term: { id: `type:${facilityType}`, code: facilityType, name: FACILITY_TYPES[facilityType], taxonomy: 'Facility type' } }]
        : []),
      ...all
        .filter((group) => CATEGORY_GROUPS.has(group.code))
        .flatMap((group) => group.values.map((value) => ({ taxonomy_term: { id: `${group.code}:${value}`, name: value, taxonomy: group.name } }))),
    ],
    service_at_locations: [
      {
        id,
        distance: miles !== undefined && miles >= 0 ? miles * MILE_M : undefined,
        location: {
          id: `${id}:location`,
          latitude: numberOf(row.latitude),
          longitude: numberOf(row.longitude),
          addresses: [
            { address_1: textOf(row.street1), address_2: textOf(row.street2), city: textOf(row.city), state_province: textOf(row.state), postal_code: textOf(row.zip), country: 'US' },
          ],
        },
      },
    ],
  };
}

/** Fields no card shows and facility types it cannot name, once per page each. */
export function findTreatmentUnread(rows: readonly Row[]): FeedIssue[] {
  const issues = unreadFields(
    rows.map((row) => ({ id: findTreatmentRecordId(row), row })),
    KNOWN,
  );
  const types = new Set<string>();
  for (const row of rows) {
    const type = textOf(row.type_facility)?.toUpperCase();
    if (!type || FACILITY_TYPES[type] || types.has(type)) continue;
    types.add(type);
    issues.push({ recordId: findTreatmentRecordId(row), path: 'type_facility', message: `facility type "${type}" has no name here; ignored` });
  }
  return issues;
}
