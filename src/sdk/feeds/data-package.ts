// HSDS tabular data (1.x, 2.x and 3.x): a `datapackage.json` and the tables it lists, a zip of such a
// package (or of bare CSVs), or one CSV table with its siblings beside it. The tables become one dataset
// object (dataset.ts joins it). This module and its CSV/zip parsers are loaded only when such a feed is used.
import { FeedFormatError } from '../errors.js';
import { isRawFile, RawFile } from '../http/raw-file.js';
import type { FeedIssue } from '../model.js';
import { decodeText, parseCsv } from '../normalize/csv.js';
import { isDataset } from '../normalize/record-kinds.js';
import { legacyTableKey, upgradeLegacyTables } from '../normalize/legacy-tables.js';
import { isRecord } from '../normalize/parse-entity.js';
import { isFeedFormatError, isHttpError, isResponseTooLargeError } from '../type-guards.js';
import { mapWithConcurrency } from '../util/map-with-concurrency.js';
import { isDataPackage } from './data-package-descriptor.js';
import { unzipEntries } from './data-package-zip.js';
import { readPage } from '../normalize/envelope.js';

type Row = Record<string, unknown>;

export interface TableSet {
  /** Table name → rows, the shape dataset.ts assembles. */
  dataset: Record<string, Row[]>;
  /** Tables that could not be read, resources that point nowhere. */
  issues: FeedIssue[];
  /** "1.x" when the tables are HSDS 1.x/2.x ones; otherwise the records tell (file-feed.ts). */
  version?: string;
}

export interface TableSource {
  /** GETs a URL: JSON, or a RawFile for a CSV or zip body. */
  fetch(url: string): Promise<unknown>;
  concurrency: number;
  /** Cap on a zip's inflated entries, together. */
  maxInflatedBytes: number;
}

/** Reads a file from the package: its body, or undefined when it is not there. */
type ReadFile = (path: string) => Promise<unknown>;

/** Table files looked for beside a lone CSV (1.x/2.x names, then the 3.x ones). */
const SIBLING_TABLES = [
  'services',
  'organizations',
  'locations',
  'services_at_location',
  'service_at_location',
  'phones',
  'physical_addresses',
  'postal_addresses',
  'addresses',
  'regular_schedules',
  'holiday_schedules',
  'schedules',
  'languages',
  'services_taxonomy',
  'taxonomy',
  'taxonomy_terms',
  'taxonomies',
  'attributes',
  'service_attributes',
  'other_attributes',
  'eligibility',
  'service_areas',
  'contacts',
  'accessibility_for_disabilities',
  'accessibility',
  'payments_accepted',
  'required_documents',
  'cost_options',
];
const LEGACY_TABLES = ['regular_schedules', 'holiday_schedules', 'physical_addresses', 'services_taxonomy', 'eligibility', 'service_attributes', 'other_attributes'];
/** The tables a listing draws on; others (funding, metadata, programs, …) are not fetched. */
const KNOWN_TABLES = new Set(SIBLING_TABLES.map(legacyTableKey));
const isKnownTable = (name: string): boolean => KNOWN_TABLES.has(legacyTableKey(name));

const baseName = (path: string): string => path.replace(/[?#].*$/, '').replace(/^.*\//, '');
const hasTableExtension = (path: string): boolean => /\.(?:csv|tsv|txt|json)$/i.test(baseName(path));

/** Rows from a fetched body: a CSV file, a JSON array of objects, or an envelope around one. */
function rowsOf(body: unknown): Row[] | undefined {
  if (isRawFile(body)) return body.type === 'csv' ? parseCsv(decodeText(body.bytes)) : undefined;
  const items = readPage(body)?.items ?? (isRecord(body) && Array.isArray(body.data) ? body.data : undefined);
  return items && inlineRows(items);
}

/** An inline `data` array: objects, or arrays whose first row is the header. */
function inlineRows(items: unknown[]): Row[] {
  if (!items.every(Array.isArray)) return items.filter(isRecord);
  const [header, ...lines] = items as unknown[][];
  const names = (header ?? []).map((name) => String(name).trim().toLowerCase());
  return lines.map((line) => Object.fromEntries(names.flatMap((name, i) => (line[i] == null || line[i] === '' ? [] : [[name, line[i]]]))));
}

function addRows(dataset: Record<string, Row[]>, table: string, rows: Row[]): void {
  dataset[table] = dataset[table] ? dataset[table].concat(rows) : rows; // concat, not push(...): tables can be huge
}

/** The resources of a descriptor, each read (inline data, the declared paths, or the conventional ones). */
async function readDescriptor(descriptor: { resources: unknown[] }, readFile: ReadFile, source: TableSource, issues: FeedIssue[]): Promise<Record<string, Row[]>> {
  const dataset: Record<string, Row[]> = {};
  const resources = descriptor.resources.filter(isRecord);
  await mapWithConcurrency(resources, source.concurrency, async (resource, index) => {
    const path = `resources.${index}`;
    const name = typeof resource.name === 'string' ? resource.name : '';
    const paths = (Array.isArray(resource.path) ? resource.path : [resource.path]).filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    const fromPath = paths[0] === undefined ? undefined : legacyTableKey(baseName(paths[0]));
    const table = fromPath && isKnownTable(fromPath) ? fromPath : legacyTableKey(name);
    if (!isKnownTable(table)) return; // funding, metadata, …: nothing a listing shows
    if (Array.isArray(resource.data)) {
      addRows(dataset, table, inlineRows(resource.data));
      return;
    }
    // Many packages were published from the unedited template: its paths may not match where the files are.
    const fileNames = [...paths.map(baseName).filter(hasTableExtension), ...(name ? [`${name}.csv`, `${table}.csv`] : [])];
    const fallbacks = [...new Set(fileNames.flatMap((file) => [`data/${file}`, file]))].filter((p) => !paths.includes(p));
    let found = false;
    for (const part of paths) {
      const rows = rowsOf(await readFile(part));
      if (rows) {
        addRows(dataset, table, rows);
        found = true;
      }
    }
    for (const fallback of found ? [] : fallbacks) {
      const rows = rowsOf(await readFile(fallback));
      if (!rows) continue;
      addRows(dataset, table, rows);
      found = true;
      break;
    }
    if (!found) issues.push({ path, message: `table "${name || table}" not found at ${JSON.stringify(paths[0] ?? '')}; left out` });
  });
  return dataset;
}

function resolves(path: string, base: string): string | undefined {
  try {
    return new URL(path, base).href;
  } catch {
    return undefined;
  }
}

/** Reads files over HTTP relative to `base`; a 404/410, an HTML page or a path that is not http(s) is "not there". */
function httpFiles(base: string, source: TableSource, issues: FeedIssue[]): ReadFile {
  return async (path) => {
    const href = resolves(path, base);
    if (href === undefined || !/^https?:/.test(href)) return undefined;
    const url = new URL(href);
    try {
      return await source.fetch(url.href);
    } catch (error) {
      if (isHttpError(error) && (error.status === 404 || error.status === 410)) return undefined;
      // Hosts that answer every unknown path with their home page (200, HTML) do not have the file either.
      if (isFeedFormatError(error)) return undefined;
      if (isHttpError(error) && error.status < 500) {
        issues.push({ path: baseName(url.pathname), message: `${url.href} answered ${error.status}; table left out` });
        return undefined;
      }
      throw error;
    }
  };
}

function readZip(file: RawFile, source: TableSource, issues: FeedIssue[]): Promise<Record<string, Row[]>> {
  const wanted = (name: string) => /(?:^|\/)datapackage\.json$/i.test(name) || hasTableExtension(name);
  let entries: Map<string, Uint8Array>;
  try {
    entries = unzipEntries(file.bytes, wanted, source.maxInflatedBytes, file.url);
  } catch (error) {
    if (isResponseTooLargeError(error)) throw error;
    throw new FeedFormatError(file.url, 'the zip file cannot be read', { cause: error });
  }
  const names = [...entries.keys()].filter((name) => !/(?:^|\/)(?:__MACOSX|\.)/.test(name));
  const descriptorName = names.filter((name) => /(?:^|\/)datapackage\.json$/i.test(name)).sort((a, b) => a.length - b.length)[0];
  const entryBody = (name: string): unknown => {
    const bytes = entries.get(name)!;
    if (!/\.json$/i.test(name)) return new RawFile('csv', bytes, `${file.url}#${name}`);
    try {
      return JSON.parse(decodeText(bytes).replace(/^\uFEFF/, ''));
    } catch {
      issues.push({ path: name, message: 'not valid JSON; left out' });
      return undefined;
    }
  };
  if (descriptorName) {
    const descriptor = entryBody(descriptorName);
    if (isDataPackage(descriptor)) {
      const dir = descriptorName.slice(0, descriptorName.lastIndexOf('/') + 1);
      const readFile: ReadFile = async (path) => {
        const inDir = `${dir}${path.replace(/^\.?\//, '')}`;
        // A path that does not resolve inside the zip may still name a file somewhere in it.
        const name = names.includes(inDir) ? inDir : names.find((n) => baseName(n).toLowerCase() === baseName(path).toLowerCase());
        return name === undefined ? undefined : entryBody(name);
      };
      return readDescriptor(descriptor, readFile, source, issues);
    }
  }
  // No descriptor: every table file in the zip, by its name.
  const dataset: Record<string, Row[]> = {};
  for (const name of names) {
    const table = legacyTableKey(baseName(name));
    const rows = isKnownTable(table) ? rowsOf(entryBody(name)) : undefined;
    if (rows) addRows(dataset, table, rows);
  }
  return Promise.resolve(dataset);
}

/** A lone CSV: the package's descriptor beside it if there is one, otherwise the conventional sibling tables. */
async function readCsvSet(file: RawFile, source: TableSource, issues: FeedIssue[]): Promise<Record<string, Row[]>> {
  const readFile = httpFiles(file.url, source, issues);
  const own = legacyTableKey(baseName(new URL(file.url).pathname));
  // A table file named otherwise ("export.csv") is taken to be the services table.
  const ownTable = isKnownTable(own) ? own : 'services';
  const withOwn: ReadFile = (path) => (resolves(path, file.url) === file.url ? Promise.resolve(file) : readFile(path));
  const descriptor = await readFile('datapackage.json').catch(() => undefined);
  if (isDataPackage(descriptor)) return readDescriptor(descriptor, withOwn, source, issues);
  const dataset: Record<string, Row[]> = { [ownTable]: parseCsv(decodeText(file.bytes)) };
  const siblings = SIBLING_TABLES.filter((table) => legacyTableKey(table) !== ownTable);
  await mapWithConcurrency(siblings, source.concurrency, async (table) => {
    const rows = rowsOf(await readFile(`${table}.csv`));
    if (rows) addRows(dataset, legacyTableKey(table), rows);
  });
  return dataset;
}

/**
 * The tables of a data package, a zip, a CSV table (with its siblings) or a JSON object of 1.x tables, as
 * one dataset object of 3.x tables.
 * Optional tables that are missing are left out; a missing services table is a FeedFormatError.
 */
export async function readTables(body: unknown, url: string, source: TableSource): Promise<TableSet> {
  const issues: FeedIssue[] = [];
  let dataset: Record<string, Row[]>;
  if (isRawFile(body)) dataset = await (body.type === 'zip' ? readZip(body, source, issues) : readCsvSet(body, source, issues));
  else if (isDataPackage(body)) dataset = await readDescriptor(body, httpFiles(url, source, issues), source, issues);
  else if (isDataset(body)) dataset = body as Record<string, Row[]>;
  else throw new FeedFormatError(url, 'not a data package');
  if (!isDataset(dataset)) throw new FeedFormatError(url, 'the data package has no services table');
  const legacy = Object.keys(dataset).some((key) => LEGACY_TABLES.includes(legacyTableKey(key)));
  dataset = upgradeLegacyTables(dataset);
  return legacy ? { dataset, issues, version: '1.x' } : { dataset, issues };
}
