// A whole dataset in one object: flat tables (`services`, `organizations`, `locations`,
// `service_at_locations`, `phones`, …) joined by *_id foreign keys, as in the HSDS tabular form
// (`tabular.json` keys carry a ".csv" suffix). We assemble the nested services an API would return.
// HSDS 1.x/2.x tables are first rewritten as these (legacy-tables.ts, loaded with the data-package reader).
import { isRecord } from './parse-entity.js';
import { tableKey } from './record-kinds.js';

type Row = Record<string, unknown>;
type Kind = 'service' | 'location' | 'service_at_location' | 'organization' | 'phone' | 'contact';

const foreignKey = (kind: Kind): string => `${kind}_id`;

/** Child tables: where they nest and which foreign keys point at a parent, most specific first. */
const CHILDREN: { table: string; key: string; kind?: Kind; parents: Kind[] }[] = [
  // A phone that names only a contact is that contact's; the normalizer reads contacts' phones.
  { table: 'phones', key: 'phones', kind: 'phone', parents: ['service_at_location', 'location', 'service', 'organization', 'contact'] },
  { table: 'schedules', key: 'schedules', parents: ['service_at_location', 'location', 'service'] },
  // Kept as 1.x holiday rows: the hours engine reads them as exceptions.
  { table: 'holiday_schedules', key: 'holiday_schedules', parents: ['service_at_location', 'location', 'service'] },
  { table: 'languages', key: 'languages', parents: ['phone', 'location', 'service'] },
  { table: 'addresses', key: 'addresses', parents: ['location'] },
  { table: 'accessibility', key: 'accessibility', parents: ['location'] },
  { table: 'service_areas', key: 'service_areas', parents: ['service_at_location', 'service'] },
  { table: 'cost_options', key: 'cost_options', parents: ['service'] },
  { table: 'required_documents', key: 'required_documents', parents: ['service'] },
  { table: 'payments_accepted', key: 'payments_accepted', parents: ['service'] },
  // The normalizer reads a service's contacts, so a contact naming its service hangs there first.
  { table: 'contacts', key: 'contacts', kind: 'contact', parents: ['service', 'service_at_location', 'location', 'organization'] },
  { table: 'service_at_locations', key: 'service_at_locations', kind: 'service_at_location', parents: ['service'] },
];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const present = (value: unknown): boolean => value != null && value !== '';

/** The table each kind of parent lives in. */
const KIND_TABLES: Record<Kind, string> = {
  service: 'services',
  location: 'locations',
  service_at_location: 'service_at_locations',
  organization: 'organizations',
  phone: 'phones',
  contact: 'contacts',
};
const KINDS = Object.keys(KIND_TABLES) as Kind[];

/** An attribute's `link_entity` ("service", "Services", "organisation") as a kind; '' when it names none. */
const linkedKind = (value: unknown): string => {
  const kind = typeof value === 'string' ? tableKey(value).replace(/s$/, '') : '';
  return (KINDS as string[]).includes(kind) ? kind : '';
};

export function assembleDataset(json: Row): unknown[] {
  const tables = new Map<string, Row[]>();
  for (const [key, value] of Object.entries(json)) {
    if (Array.isArray(value)) for (const row of value) if (isRecord(row)) push(tables, tableKey(key), row);
  }
  const rows = (table: string): Row[] => tables.get(table) ?? [];
  const byId = (table: string) => new Map(rows(table).map((row) => [String(row.id), row]));

  // A row naming both a service and a location (no SAL) is about that service at that place.
  const salIds = new Map(rows('service_at_locations').map((sal) => [`${String(sal.service_id)}|${String(sal.location_id)}`, String(sal.id)]));
  const ids = new Map(KINDS.map((kind) => [kind, new Set(rows(KIND_TABLES[kind]).map((row) => String(row.id)))]));
  // A foreign key to a row that is not there (a broken export) passes the row on to its next parent.
  const exists = (kind: Kind, id: unknown): boolean => present(id) && ids.get(kind)!.has(String(id));
  const parentOf = (row: Row, parents: Kind[]): [Kind, string] | undefined => {
    if (present(row.service_id) && present(row.location_id) && !present(row.service_at_location_id) && parents.includes('service')) {
      const sal = parents.includes('service_at_location') ? salIds.get(`${String(row.service_id)}|${String(row.location_id)}`) : undefined;
      return sal ? ['service_at_location', sal] : ['service', String(row.service_id)];
    }
    const kind = parents.find((parent) => exists(parent, row[foreignKey(parent)]));
    return kind && [kind, String(row[foreignKey(kind)])];
  };

  // Each child row hangs under its most specific parent only, so nothing is counted twice.
  const children = new Map<string, Row[]>();
  for (const { table, parents } of CHILDREN) {
    for (const row of rows(table)) {
      const parent = parentOf(row, parents);
      if (parent) push(children, `${table}|${parent[0]}|${parent[1]}`, row);
    }
  }
  const terms = byId('taxonomy_terms');
  const taxonomies = byId('taxonomies');
  // Keyed by kind and id (kind '' when the row does not say), as numeric ids repeat across tables.
  const attributes = new Map<string, Row[]>();
  for (const row of rows('attributes')) {
    const term = terms.get(String(row.taxonomy_term_id));
    if (row.link_id == null || (!term && row.taxonomy_term == null)) continue;
    const taxonomy = term && taxonomies.get(String(term.taxonomy_id));
    const linked = term ? { ...row, taxonomy_term: taxonomy && term.taxonomy_detail == null ? { ...term, taxonomy_detail: taxonomy } : term } : row;
    push(attributes, `${linkedKind(row.link_entity)}|${String(row.link_id)}`, linked);
  }

  const locations = byId('locations');
  const organizations = byId('organizations');
  const nested = new Map<Row, Row>();
  const nest = (row: Row, kind: Kind): Row => {
    const cached = nested.get(row);
    if (cached) return cached;
    const out: Row = { ...row };
    nested.set(row, out);
    const id = String(row.id);
    for (const child of CHILDREN) {
      const found = child.parents.includes(kind) && out[child.key] == null ? children.get(`${child.table}|${kind}|${id}`) : undefined;
      if (found) out[child.key] = child.kind ? found.map((r) => nest(r, child.kind!)) : found;
    }
    const linked = [...(attributes.get(`${kind}|${id}`) ?? []), ...(attributes.get(`|${id}`) ?? [])];
    if (out.attributes == null && linked.length) out.attributes = linked;
    if (kind === 'service_at_location' && out.location == null) {
      const location = locations.get(String(row.location_id));
      if (location) out.location = nest(location, 'location');
    }
    if (kind === 'service' && out.organization == null) {
      const organization = organizations.get(String(row.organization_id ?? row.organisation_id));
      if (organization) out.organization = nest(organization, 'organization');
    }
    return out;
  };
  return rows('services').map((service) => nest(service, 'service'));
}
