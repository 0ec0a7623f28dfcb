// What kind of document or record a feed sent, told without normalizing it: feed detection needs these
// before (and without loading) the normalizer.
import { isRecord } from './parse-entity.js';

type Row = Record<string, unknown>;

const TABLE_NAMES: Record<string, string> = {
  service: 'services',
  organization: 'organizations',
  organisation: 'organizations',
  organisations: 'organizations',
  location: 'locations',
  contact: 'contacts',
  service_area: 'service_areas',
  cost_option: 'cost_options',
  service_at_location: 'service_at_locations',
  services_at_location: 'service_at_locations',
  accessibility_for_disabilities: 'accessibility',
  taxonomy_term: 'taxonomy_terms',
  phone: 'phones',
  schedule: 'schedules',
  holiday_schedule: 'holiday_schedules',
  language: 'languages',
  address: 'addresses',
  attribute: 'attributes',
  required_document: 'required_documents',
  payment_accepted: 'payments_accepted',
};

/** A key, file or resource name without its folders and its extension ("data/Service.csv" → "Service"). */
const fileStem = (key: string): string => key.replace(/^.*\//, '').replace(/\.(?:csv|json|tsv|txt)$/i, '');

/** The table a key, file or resource name stands for ("services.csv", "data/Service.csv", "service"). */
export const tableKey = (key: string): string => {
  const name = fileStem(key).trim().toLowerCase();
  return TABLE_NAMES[name] ?? name;
};

/** True for an object holding a `services` table (and not a single service). */
export const isDataset = (json: unknown): json is Row =>
  isRecord(json) && Object.keys(json).some((key) => tableKey(key) === 'services' && Array.isArray(json[key]));

/** True for a dataset with HSDS 1.x/2.x tables (by their names), which legacy-tables.ts rewrites first. */
export const hasLegacyTables = (json: Row): boolean =>
  Object.keys(json).some((key) =>
    /^(?:physical_address|postal_address|regular_schedule|holiday_schedule|services?_taxonom|eligibilit|taxonomy$|services_at_location|accessibility_for|(?:service|other)_attribute)/.test(
      fileStem(key).toLowerCase(),
    ),
  );

export const isServiceAtLocation = (item: unknown): item is Row & { service: Row } =>
  isRecord(item) && isRecord(item.service) && !('name' in item);
