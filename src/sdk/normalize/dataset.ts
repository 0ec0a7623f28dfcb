// A whole dataset in one object: flat tables (`services`, `organizations`, `locations`,
// `service_at_locations`, `phones`, …) joined by *_id foreign keys, as in the HSDS tabular form
// (`tabular.json` keys carry a ".csv" suffix) and in HSDS 1.x/2.x data packages (`services_at_location`,
// `physical_addresses`, `regular_schedules`, `services_taxonomy`, …). We assemble the nested services an
// API would return; legacy.ts then reads the 1.x field names the rows keep.
import { isRecord } from './parse-entity.js';

type Row = Record<string, unknown>;
type Kind = 'service' | 'location' | 'service_at_location' | 'organization' | 'phone' | 'contact';

/** Table names (file names, data-package resource names, 1.x and 3.x) → the one name used below. */
const TABLE_NAMES: Record<string, string> = {
  service: 'services',
  organization: 'organizations',
  organisation: 'organizations',
  organisations: 'organizations',
  location: 'locations',
  service_at_location: 'service_at_locations',
  services_at_location: 'service_at_locations',
  services_at_locations: 'service_at_locations',
  accessibility_for_disabilities: 'accessibility',
  taxonomy_term: 'taxonomy_terms',
  phone: 'phones',
  schedule: 'schedules',
  language: 'languages',
  address: 'addresses',
  attribute: 'attributes',
  contact: 'contacts',
  service_area: 'service_areas',
  cost_option: 'cost_options',
  physical_address: 'physical_addresses',
  postal_address: 'postal_addresses',
  regular_schedule: 'regular_schedules',
  holiday_schedule: 'holiday_schedules',
  service_taxonomy: 'services_taxonomy',
  service_taxonomies: 'services_taxonomy',
  services_taxonomies: 'services_taxonomy',
  eligibilities: 'eligibility',
  eligibilitys: 'eligibility',
  required_document: 'required_documents',
  payment_accepted: 'payments_accepted',
  payments: 'payments_accepted',
};

const foreignKey = (kind: Kind): string => `${kind}_id`;

/** Schedules name the service and the location they apply to; together those mean that service at that place. */
const SCHEDULE_PARENTS: Kind[] = ['service_at_location', 'location', 'service'];

/** Child tables: where they nest and which foreign keys point at a parent, most specific first. */
const CHILDREN: { table: string; key: string; kind?: Kind; parents: Kind[] }[] = [
  // A phone that names only a contact is that contact's (1.x); the normalizer reads contacts' phones.
  { table: 'phones', key: 'phones', kind: 'phone', parents: ['service_at_location', 'location', 'service', 'organization', 'contact'] },
  { table: 'schedules', key: 'schedules', parents: SCHEDULE_PARENTS },
  { table: 'regular_schedules', key: 'regular_schedules', parents: SCHEDULE_PARENTS },
  { table: 'holiday_schedules', key: 'holiday_schedules', parents: SCHEDULE_PARENTS },
  { table: 'languages', key: 'languages', parents: ['phone', 'location', 'service'] },
  { table: 'addresses', key: 'addresses', parents: ['location'] },
  { table: 'physical_addresses', key: 'physical_addresses', parents: ['location'] },
  { table: 'postal_addresses', key: 'postal_addresses', parents: ['location'] },
  { table: 'accessibility', key: 'accessibility', parents: ['location'] },
  { table: 'service_areas', key: 'service_areas', parents: ['service_at_location', 'service'] },
  { table: 'cost_options', key: 'cost_options', parents: ['service'] },
  { table: 'required_documents', key: 'required_documents', parents: ['service'] },
  { table: 'payments_accepted', key: 'payments_accepted', parents: ['service'] },
  // The normalizer reads a service's contacts, so a contact naming its service hangs there first.
  { table: 'contacts', key: 'contacts', kind: 'contact', parents: ['service', 'service_at_location', 'location', 'organization'] },
  { table: 'service_at_locations', key: 'service_at_locations', kind: 'service_at_location', parents: ['service'] },
];

const KNOWN_TABLES = new Set([
  'services',
  'organizations',
  'locations',
  'taxonomy_terms',
  'taxonomies',
  'taxonomy',
  'attributes',
  'services_taxonomy',
  'eligibility',
  ...CHILDREN.map((child) => child.table),
]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The table a key, file name or resource name stands for ("Services.csv", "service", "physical_address"). */
export const tableKey = (key: string): string => {
  const name = key.replace(/^.*[\\/]/, '').replace(/\.(?:csv|json|tsv|txt)$/i, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
  return TABLE_NAMES[name] ?? name;
};

/** True for a table the assembly reads; other tables (funding, metadata, …) need not be fetched. */
export const isKnownTable = (name: string): boolean => KNOWN_TABLES.has(tableKey(name));

/** True for an object holding a `services` table (and not a single service). */
export const isDataset = (json: unknown): json is Row =>
  isRecord(json) && Object.keys(json).some((key) => tableKey(key) === 'services' && Array.isArray(json[key]));

const present = (value: unknown): boolean => value != null && value !== '';
const idOf = (value: unknown): string => String(value).trim();

const KINDS: readonly string[] = ['service', 'location', 'service_at_location', 'organization', 'phone', 'contact'];

/** An attribute's `link_entity` ("service", "Services", "organisation") as a kind; '' when it names none. */
function linkedKind(value: unknown): string {
  const kind = typeof value === 'string' ? tableKey(value).replace(/s$/, '') : '';
  return KINDS.includes(kind) ? kind : '';
}

/** "en, es" or "English; Spanish" → language objects (a 2–3 letter token is a code, anything else a name). */
function languageList(value: unknown): Row[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/[,;/]/)
    .map((token) => token.trim())
    .filter(Boolean)
    .map((token) => (/^[a-z]{2,3}(?:-[a-z\d]+)?$/i.test(token) ? { code: token } : { name: token }));
}

/** 1.x language rows hold `language` (sometimes a list) where 3.x has `name`/`code`. */
const languageRows = (row: Row): Row[] =>
  row.name == null && row.code == null && typeof row.language === 'string'
    ? languageList(row.language).map((language) => ({ ...row, ...language }))
    : [row];

export function assembleDataset(json: Row): unknown[] {
  const tables = new Map<string, Row[]>();
  for (const [key, value] of Object.entries(json)) {
    if (!Array.isArray(value)) continue;
    const table = tableKey(key);
    for (const row of value) {
      if (!isRecord(row)) continue;
      if (table === 'languages') for (const language of languageRows(row)) push(tables, table, language);
      else push(tables, table, row);
    }
  }
  const rows = (table: string): Row[] => tables.get(table) ?? [];
  const byId = (...names: string[]) => new Map(names.flatMap((table) => rows(table).map((row) => [idOf(row.id), row] as const)));

  // A row naming a service and a location (1.x schedules, phones) belongs to that service at that place.
  const salOf = new Map<string, string>();
  for (const sal of rows('service_at_locations')) {
    if (present(sal.service_id) && present(sal.location_id)) salOf.set(`${idOf(sal.service_id)}|${idOf(sal.location_id)}`, idOf(sal.id));
  }
  const parentOf = (row: Row, parents: Kind[]): [Kind, string] | undefined => {
    if (present(row.service_id) && present(row.location_id) && !present(row.service_at_location_id) && parents.includes('service')) {
      const sal = salOf.get(`${idOf(row.service_id)}|${idOf(row.location_id)}`);
      return sal && parents.includes('service_at_location') ? ['service_at_location', sal] : ['service', idOf(row.service_id)];
    }
    const kind = parents.find((parent) => present(row[foreignKey(parent)]));
    return kind && [kind, idOf(row[foreignKey(kind)])];
  };

  // Each child row hangs under its most specific parent only, so nothing is counted twice.
  const children = new Map<string, Row[]>();
  for (const { table, parents } of CHILDREN) {
    for (const row of rows(table)) {
      const parent = parentOf(row, parents);
      if (parent) push(children, `${table}|${parent[0]}|${parent[1]}`, row);
    }
  }
  // 1.x `taxonomy` holds terms (with `vocabulary`); in a 3.x dataset a singular key may hold taxonomies.
  const terms = byId('taxonomy_terms', 'taxonomy');
  const taxonomies = byId('taxonomies', 'taxonomy');
  /** Attributes by `entity|id` (entity empty when the row does not say which kind of record it links). */
  const attributes = new Map<string, Row[]>();
  const linkTerm = (key: string, row: Row, termId: unknown): void => {
    const term = terms.get(idOf(termId));
    if (!term && row.taxonomy_term == null) return;
    const taxonomy = term && taxonomies.get(idOf(term.taxonomy_id));
    const linked = term ? { ...row, taxonomy_term: taxonomy && term.taxonomy_detail == null ? { ...term, taxonomy_detail: taxonomy } : term } : row;
    push(attributes, key, linked);
  };
  for (const row of rows('attributes')) {
    if (row.link_id == null) continue;
    linkTerm(`${linkedKind(row.link_entity)}|${idOf(row.link_id)}`, row, row.taxonomy_term_id);
  }
  for (const row of rows('services_taxonomy')) {
    if (!present(row.service_id) || !present(row.taxonomy_id)) continue;
    const key = `service|${idOf(row.service_id)}`;
    if (terms.has(idOf(row.taxonomy_id))) linkTerm(key, {}, row.taxonomy_id);
    // Without the taxonomy table, the link's own detail text is the best name there is.
    else if (typeof row.taxonomy_detail === 'string') push(attributes, key, { taxonomy_term: { id: row.taxonomy_id, name: row.taxonomy_detail } });
  }
  for (const service of rows('services')) {
    // 1.x services.csv may list its terms inline: "id1,id2".
    if (typeof service.taxonomy_ids !== 'string') continue;
    for (const termId of service.taxonomy_ids.split(/[,;\s]+/).filter(Boolean)) linkTerm(`service|${idOf(service.id)}`, {}, termId);
  }
  const eligibility = new Map<string, Row[]>();
  for (const row of rows('eligibility')) if (present(row.service_id)) push(eligibility, idOf(row.service_id), row);

  const locations = byId('locations');
  const organizations = byId('organizations');
  const nested = new Map<Row, Row>();
  const nest = (row: Row, kind: Kind): Row => {
    const cached = nested.get(row);
    if (cached) return cached;
    const out: Row = { ...row };
    nested.set(row, out);
    const id = idOf(row.id);
    for (const child of CHILDREN) {
      const found = child.parents.includes(kind) && out[child.key] == null ? children.get(`${child.table}|${kind}|${id}`) : undefined;
      if (found) out[child.key] = child.kind ? found.map((r) => nest(r, child.kind!)) : found;
    }
    if (kind === 'phone' && out.languages == null && out.language != null) out.languages = languageList(out.language);
    const linked = [...(attributes.get(`${kind}|${id}`) ?? []), ...(attributes.get(`|${id}`) ?? [])];
    if (out.attributes == null && linked.length) out.attributes = linked;
    if (kind === 'service') Object.assign(out, eligibilityOf(out, eligibility.get(id) ?? []));
    if (kind === 'service_at_location' && out.location == null) {
      const location = locations.get(idOf(row.location_id));
      if (location) out.location = nest(location, 'location');
    }
    if (kind === 'service' && out.organization == null) {
      const organization = organizations.get(idOf(row.organization_id));
      if (organization) out.organization = nest(organization, 'organization');
    }
    return out;
  };
  return rows('services').map((service) => nest(service, 'service'));
}

/** 1.x eligibility rows → the service's `eligibility_description` and age range, unless it states its own. */
function eligibilityOf(service: Row, rows: Row[]): Row {
  const texts = [...new Set(rows.map((row) => row.eligibility ?? row.eligibility_description).filter((t): t is string => typeof t === 'string' && t.trim() !== ''))];
  const ages = (key: string) => rows.filter((row) => present(row[key])).map((row) => Number(row[key])).filter(Number.isFinite);
  const minimums = ages('minimum_age');
  const maximums = ages('maximum_age');
  const out: Row = {};
  if (!present(service.eligibility_description) && texts.length) out.eligibility_description = texts.join('; ');
  if (!present(service.minimum_age) && minimums.length) out.minimum_age = Math.min(...minimums);
  if (!present(service.maximum_age) && maximums.length) out.maximum_age = Math.max(...maximums);
  return out;
}
