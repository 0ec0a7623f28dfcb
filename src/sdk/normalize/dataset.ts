// A whole dataset in one object: flat tables (`services`, `organizations`, `locations`,
// `service_at_locations`, `phones`, …) joined by *_id foreign keys, as in the HSDS tabular form
// (`tabular.json` keys carry a ".csv" suffix). We assemble the nested services an API would return.
import { isRecord } from './parse-entity.js';

type Row = Record<string, unknown>;
type Kind = 'service' | 'location' | 'service_at_location' | 'organization' | 'phone';

const TABLE_NAMES: Record<string, string> = {
  service_at_location: 'service_at_locations',
  services_at_location: 'service_at_locations',
  accessibility_for_disabilities: 'accessibility',
  taxonomy_term: 'taxonomy_terms',
  phone: 'phones',
  schedule: 'schedules',
  language: 'languages',
  address: 'addresses',
  attribute: 'attributes',
};

const foreignKey = (kind: Kind): string => `${kind}_id`;

/** Child tables: where they nest and which foreign keys point at a parent, most specific first. */
const CHILDREN: { table: string; key: string; kind?: Kind; parents: Kind[] }[] = [
  { table: 'phones', key: 'phones', kind: 'phone', parents: ['service_at_location', 'location', 'service', 'organization'] },
  { table: 'schedules', key: 'schedules', parents: ['service_at_location', 'location', 'service'] },
  { table: 'languages', key: 'languages', parents: ['phone', 'location', 'service'] },
  { table: 'addresses', key: 'addresses', parents: ['location'] },
  { table: 'accessibility', key: 'accessibility', parents: ['location'] },
  { table: 'service_areas', key: 'service_areas', parents: ['service_at_location', 'service'] },
  { table: 'cost_options', key: 'cost_options', parents: ['service'] },
  { table: 'contacts', key: 'contacts', parents: ['service_at_location', 'location', 'service', 'organization'] },
  { table: 'service_at_locations', key: 'service_at_locations', kind: 'service_at_location', parents: ['service'] },
];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const tableKey = (key: string): string => {
  const name = key.replace(/\.(?:csv|json)$/i, '').toLowerCase();
  return TABLE_NAMES[name] ?? name;
};

/** True for an object holding a `services` table (and not a single service). */
export const isDataset = (json: unknown): json is Row =>
  isRecord(json) && Object.keys(json).some((key) => tableKey(key) === 'services' && Array.isArray(json[key]));

export function assembleDataset(json: Row): unknown[] {
  const tables = new Map<string, Row[]>();
  for (const [key, value] of Object.entries(json)) {
    if (Array.isArray(value)) for (const row of value) if (isRecord(row)) push(tables, tableKey(key), row);
  }
  const rows = (table: string): Row[] => tables.get(table) ?? [];
  const byId = (table: string) => new Map(rows(table).map((row) => [String(row.id), row]));

  // Each child row hangs under its most specific parent only, so nothing is counted twice.
  const children = new Map<string, Row[]>();
  for (const { table, parents } of CHILDREN) {
    for (const row of rows(table)) {
      const parent = parents.find((kind) => row[foreignKey(kind)] != null && row[foreignKey(kind)] !== '');
      if (!parent) continue;
      push(children, `${table}|${parent}|${String(row[foreignKey(parent)])}`, row);
    }
  }
  const terms = byId('taxonomy_terms');
  const taxonomies = byId('taxonomies');
  const attributes = new Map<string, Row[]>();
  for (const row of rows('attributes')) {
    const term = terms.get(String(row.taxonomy_term_id));
    if (row.link_id == null || (!term && row.taxonomy_term == null)) continue;
    const taxonomy = term && taxonomies.get(String(term.taxonomy_id));
    const linked = term ? { ...row, taxonomy_term: taxonomy && term.taxonomy_detail == null ? { ...term, taxonomy_detail: taxonomy } : term } : row;
    push(attributes, String(row.link_id), linked);
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
    if (out.attributes == null && attributes.has(id)) out.attributes = attributes.get(id);
    if (kind === 'service_at_location' && out.location == null) {
      const location = locations.get(String(row.location_id));
      if (location) out.location = nest(location, 'location');
    }
    if (kind === 'service' && out.organization == null) {
      const organization = organizations.get(String(row.organization_id));
      if (organization) out.organization = nest(organization, 'organization');
    }
    return out;
  };
  return rows('services').map((service) => nest(service, 'service'));
}
