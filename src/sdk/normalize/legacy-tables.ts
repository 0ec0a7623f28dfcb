// HSDS 1.x/2.x tables rewritten as the 3.x tables dataset.ts joins: `physical_addresses` → `addresses`,
// `regular_schedules` → `schedules`, `services_taxonomy` + `taxonomy` → `attributes` + `taxonomy_terms`,
// `eligibility` rows → the service's eligibility fields, `languages.language` and `phones.language` →
// language rows. Loaded lazily with the data-package reader: only such feeds need it.
import { tableKey } from './record-kinds.js';

type Row = Record<string, unknown>;
type Tables = Record<string, Row[]>;

/** 1.x/2.x table and resource names (singular ones come from data-package resource names). */
const LEGACY_NAMES: Record<string, string> = {
  physical_address: 'physical_addresses',
  postal_address: 'postal_addresses',
  regular_schedule: 'regular_schedules',
  service_taxonomy: 'services_taxonomy',
  service_taxonomies: 'services_taxonomy',
  services_taxonomies: 'services_taxonomy',
  service_attribute: 'service_attributes',
  other_attribute: 'other_attributes',
  eligibilities: 'eligibility',
  eligibilitys: 'eligibility',
};

/** The table a name stands for, 1.x names included. */
export const legacyTableKey = (name: string): string => {
  const key = tableKey(name);
  return LEGACY_NAMES[key] ?? key;
};

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const present = (value: unknown): boolean => value != null && value !== '';
const text = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined);

/** "en, es" or "English; Spanish" → language fields (a 2–3 letter token is a code, anything else a name). */
function languages(value: unknown): Row[] {
  return (text(value) ?? '')
    .split(/[,;/]/)
    .map((token) => token.trim())
    .filter(Boolean)
    .map((token) => (/^[a-z]{2,3}(?:-[a-z\d]+)?$/i.test(token) ? { code: token } : { name: token }));
}

/** A CSV's "true", "1", "yes" (or "false", "0", "no") as a boolean; anything else as it was. */
function flag(value: unknown): unknown {
  const word = text(value)?.toLowerCase();
  if (word === 'true' || word === '1' || word === 'yes' || word === 'y') return true;
  return word === 'false' || word === '0' || word === 'no' || word === 'n' ? false : value;
}

/** 1.x `weekday`: 1–7 from Monday (as a number or numeric text; 0 is Sunday too) or a day's name. */
function byday(weekday: unknown): unknown {
  const day = text(weekday);
  return day !== undefined && /^\d$/.test(day) ? WEEKDAYS[Number(day)] : weekday;
}

const tablesOf = (json: Row): Tables => {
  const tables: Tables = {};
  for (const [key, value] of Object.entries(json)) {
    if (!Array.isArray(value)) continue;
    const rows = value.filter((row): row is Row => typeof row === 'object' && row !== null && !Array.isArray(row));
    const table = legacyTableKey(key);
    tables[table] = tables[table] ? tables[table].concat(rows) : rows; // concat, not push(...): tables can be huge
  }
  return tables;
};

/** Ages and eligibility text from 1.x `eligibility` rows, for the services that do not state their own. */
function withEligibility(services: Row[], rows: Row[]): Row[] {
  const byService = new Map<string, Row[]>();
  for (const row of rows) if (present(row.service_id)) byService.set(String(row.service_id), [...(byService.get(String(row.service_id)) ?? []), row]);
  return services.map((service) => {
    const found = byService.get(String(service.id));
    if (!found) return service;
    const out: Row = { ...service };
    const texts = [...new Set(found.map((row) => text(row.eligibility ?? row.eligibility_description)).filter((t) => t !== undefined))];
    const ages = (key: string) => found.filter((row) => present(row[key])).map((row) => Number(row[key])).filter(Number.isFinite);
    if (!present(out.eligibility_description) && texts.length) out.eligibility_description = texts.join('; ');
    if (!present(out.minimum_age) && ages('minimum_age').length) out.minimum_age = Math.min(...ages('minimum_age'));
    if (!present(out.maximum_age) && ages('maximum_age').length) out.maximum_age = Math.max(...ages('maximum_age'));
    return out;
  });
}

/**
 * The 1.x/2.x taxonomy links: `services_taxonomy` rows, the `taxonomy_ids` list some services.csv carry, and
 * 2.x `service_attributes` / `other_attributes` (which name a taxonomy_terms row).
 */
function attributes(tables: Tables): Row[] {
  const terms = new Set((tables.taxonomy ?? []).map((term) => String(term.id)));
  const links = [
    ...(tables.services_taxonomy ?? []),
    ...(tables.services ?? []).flatMap((service) =>
      (text(service.taxonomy_ids) ?? '').split(/[,;\s]+/).filter(Boolean).map((id): Row => ({ service_id: service.id, taxonomy_id: id })),
    ),
  ].filter((link) => present(link.service_id) && present(link.taxonomy_id));
  const fromLinks = links.map((link) => {
    const attribute: Row = { link_id: link.service_id, link_entity: 'service', taxonomy_term_id: link.taxonomy_id };
    // Without its row in the taxonomy table, the link's own detail text is the best name there is.
    if (!terms.has(String(link.taxonomy_id)) && text(link.taxonomy_detail)) attribute.taxonomy_term = { id: link.taxonomy_id, name: link.taxonomy_detail };
    return attribute;
  });
  return [
    ...fromLinks,
    ...(tables.service_attributes ?? []).map((row) => ({ link_id: row.service_id, link_entity: 'service', taxonomy_term_id: row.taxonomy_term_id })),
    ...(tables.other_attributes ?? []).map((row) => ({ link_id: row.link_id, link_entity: row.link_type, taxonomy_term_id: row.taxonomy_term_id })),
  ];
}

/** Some exports give a service its one place as `services.location_id`, with no services_at_location row. */
function impliedSals(tables: Tables): Row[] {
  const linked = new Set((tables.service_at_locations ?? []).map((sal) => `${String(sal.service_id)}|${String(sal.location_id)}`));
  return (tables.services ?? [])
    .filter((service) => present(service.location_id) && !linked.has(`${String(service.id)}|${String(service.location_id)}`))
    .map((service) => ({ id: `${String(service.id)}@${String(service.location_id)}`, service_id: service.id, location_id: service.location_id }));
}

/** The dataset with its 1.x/2.x tables rewritten as 3.x ones; 3.x tables pass through. */
export function upgradeLegacyTables(json: Row): Tables {
  const tables = tablesOf(json);
  const out: Tables = { ...tables };
  const typed = (rows: Row[] | undefined, type: string) => (rows ?? []).map((row) => ({ address_type: type, ...row }));
  out.addresses = [...(tables.addresses ?? []), ...typed(tables.physical_addresses, 'physical'), ...typed(tables.postal_addresses, 'postal')];
  const regular = (tables.regular_schedules ?? []).map((row) => (row.byday == null && row.weekday != null ? { freq: 'WEEKLY', ...row, byday: byday(row.weekday) } : row));
  out.schedules = [...(tables.schedules ?? []), ...regular];
  const languageRows = (tables.languages ?? []).flatMap((row) =>
    row.name == null && row.code == null && row.language != null ? languages(row.language).map((language) => ({ ...row, ...language })) : [row],
  );
  const phoneLanguages = (tables.phones ?? []).flatMap((phone) => (present(phone.language) ? languages(phone.language).map((language) => ({ phone_id: phone.id, ...language })) : []));
  out.languages = [...languageRows, ...phoneLanguages];
  // 1.x `taxonomy` holds terms (their `vocabulary` is read as the taxonomy's name).
  out.taxonomy_terms = [...(tables.taxonomy_terms ?? []), ...(tables.taxonomy ?? [])];
  out.attributes = [...(tables.attributes ?? []), ...attributes(tables)];
  out.services = withEligibility(tables.services ?? [], tables.eligibility ?? []);
  out.service_at_locations = [...(tables.service_at_locations ?? []), ...impliedSals(tables)];
  if (tables.holiday_schedules) out.holiday_schedules = tables.holiday_schedules.map((row) => ({ ...row, closed: flag(row.closed) }));
  for (const legacy of ['physical_addresses', 'postal_addresses', 'regular_schedules', 'taxonomy', 'services_taxonomy', 'eligibility', 'service_attributes', 'other_attributes']) {
    delete out[legacy];
  }
  return out;
}
