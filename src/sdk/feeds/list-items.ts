// What an API's list item is about, read without normalizing it (the pulled view's index is loaded only
// for searches the server cannot answer).
import { isRecord } from '../normalize/parse-entity.js';
import { isServiceAtLocation } from '../normalize/record-kinds.js';

/** A list item with none of these arrays is the one-to-one summary, not the full record. */
const NESTED_LISTS = ['service_at_locations', 'locations', 'phones', 'schedules', 'contacts', 'languages', 'attributes'];
export const isShallow = (record: unknown): boolean => isRecord(record) && !NESTED_LISTS.some((key) => Array.isArray(record[key]));
/** The service a list item is about: itself, or the service of a service_at_location. */
export const serviceOf = (item: unknown): unknown => (isServiceAtLocation(item) ? item.service : item);
export const idOf = (service: unknown): string => (isRecord(service) ? String(service.id) : '');
