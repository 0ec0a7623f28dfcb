// Recognising a data package without loading its (lazy) reader.
import { isRawFile } from '../http/raw-file.js';
import { hasLegacyTables, isDataset } from '../normalize/record-kinds.js';
import { isRecord } from '../normalize/parse-entity.js';

/** A Frictionless data package descriptor (`datapackage.json`): a `resources` list, no service table itself. */
export const isDataPackage = (json: unknown): json is { resources: unknown[] } =>
  isRecord(json) && Array.isArray(json.resources) && !Array.isArray(json.services);

/** True when the body needs the table reader: a descriptor, a CSV table, a zip, or HSDS 1.x tables in JSON. */
export const needsTableReader = (body: unknown): boolean =>
  isRawFile(body) || isDataPackage(body) || (isDataset(body) && hasLegacyTables(body));
