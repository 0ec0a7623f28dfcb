import type { Coordinates } from '../geo.js';
import type { Category, FeedIssue, Listing } from '../model.js';
import { recordsOf } from '../normalize/feed.js';
import { isRecord } from '../normalize/parse-entity.js';
import { SearchIndex } from '../search/local-search.js';
import { searchWords } from '../search/search-words.js';
import { literally, type UnderstoodText } from '../search/understood-text.js';
import { needsTableReader } from './data-package-descriptor.js';
import { parseJsonInSlices } from '../util/sliced-json.js';
import { MAX_RESULT_ISSUES, unknownPostcodeIssue, type FeedQuery, type RequestOptions } from './feed.js';
import { normalizeInSlices, slicer, type SliceOptions } from './sliced-normalize.js';

/** One page of matches from a loaded file, with the issues to show beside it. */
export interface FileMatches {
  items: Listing[];
  total: number;
  issues: FeedIssue[];
  /** When a text found nothing: the file's own words closest to the words that matched nothing. */
  respelled?: Record<string, string>;
}

/** A loaded file as FileFeed uses it: in memory here, or in a worker (worker-file.ts). */
export interface OpenFile {
  readonly version: string;
  /**
   * `geocoded`: where the query's postcode is, when a geocoder knew; otherwise the file's addresses tell.
   * `understood`: the query's text as the vocabulary read it.
   */
  search(query: FeedQuery, geocoded?: Coordinates, understood?: UnderstoodText): FileMatches | Promise<FileMatches>;
  get(id: string): Listing | undefined | Promise<Listing | undefined>;
  categories(): Category[] | Promise<Category[]>;
  /** Frees what the file holds once no call is waiting on it; the cache has a newer copy. */
  close(): void;
}

/** Where a file comes from: the same for the main thread and a worker. */
export interface FileSource {
  url: string;
  /** The feed URL the client was made with: listings' source and issue messages name it. */
  feedUrl: string;
  request(url: string, options: RequestOptions): Promise<unknown>;
  maxBytes: number;
  concurrency: number;
  /** The body fetched while detecting the feed kind, if any. */
  body?: unknown;
}

const LEGACY_MARKERS = ['service_taxonomys', 'regular_schedules', 'eligibilitys'];
const V31_MARKERS = ['additional_urls', 'capacities'];

/** A static file states no version; we infer it from the envelope and from fields only one version has. */
function inferVersion(json: unknown, records: readonly unknown[]): string {
  if (isRecord(json) && typeof json.version === 'string') return json.version;
  if (isRecord(json) && Array.isArray(json.content)) return 'ORUK-1.0';
  const sample = records.slice(0, 50).filter(isRecord);
  if (sample.some((r) => LEGACY_MARKERS.some((key) => key in r))) return 'ORUK-1.0';
  return sample.some((r) => V31_MARKERS.some((key) => key in r)) ? '3.1' : '3.0';
}

/** How far a zipped package may inflate, as a multiple of the download cap (CSV compresses about 5–10×). */
const INFLATE_RATIO = 5;

/** What the table reader found beside the dataset: its version and the tables it had to leave out. */
interface TableNotes {
  version?: string;
  issues: FeedIssue[];
}

/** A normalized, indexed file in memory. */
export class LoadedFile implements OpenFile {
  readonly version: string;
  readonly #index: SearchIndex;
  readonly #byId: Map<string, Listing>;
  readonly #issuesByRecord = new Map<string, FeedIssue[]>();
  /** Issues of records that did not become listings (no id or name): shown with every result. */
  readonly #skipped: FeedIssue[];

  constructor(version: string, index: SearchIndex, listings: Listing[], issues: readonly FeedIssue[], skipped: FeedIssue[]) {
    this.version = version;
    this.#index = index;
    this.#byId = new Map(listings.map((listing) => [listing.id, listing]));
    this.#skipped = skipped;
    for (const issue of issues) {
      if (issue.recordId === undefined || !this.#byId.has(issue.recordId)) skipped.push(issue);
      else if (this.#issuesByRecord.has(issue.recordId)) this.#issuesByRecord.get(issue.recordId)!.push(issue);
      else this.#issuesByRecord.set(issue.recordId, [issue]);
    }
  }

  search(query: FeedQuery, geocoded?: Coordinates, understood?: UnderstoodText): FileMatches {
    const { near } = query;
    let point = near && 'latitude' in near ? near : geocoded;
    if (near && 'postcode' in near) {
      point ??= this.#index.postcodePoint(near.postcode);
      if (!point) return { items: [], total: 0, issues: [unknownPostcodeIssue(near.postcode)] };
    }
    const { items, total } = this.#index.search({ ...query, point, understood });
    const issues = [...items.flatMap((item) => this.#issuesByRecord.get(item.id) ?? []), ...this.#skipped].slice(0, MAX_RESULT_ISSUES);
    if (total || !query.text) return { items, total, issues };
    return { items, total, issues, respelled: this.#index.respell(understood ?? literally(searchWords(query.text))) };
  }

  get(id: string): Listing | undefined {
    return this.#byId.get(id);
  }

  categories(): Category[] {
    return this.#index.categories();
  }

  close(): void {
    // Memory goes with the last reference.
  }
}

async function load(json: unknown, feedUrl: string, notes: TableNotes, slices?: SliceOptions): Promise<LoadedFile> {
  // The same steps as normalizeFeed(), keeping the records to infer the version from.
  const records = recordsOf(json, feedUrl);
  const { listings, issues } = await normalizeInSlices(records, feedUrl, slices);
  const index = await SearchIndex.inSlices(listings, slicer(slices));
  return new LoadedFile(notes.version ?? inferVersion(json, records), index, listings, issues, [...notes.issues]);
}

/** Fetches (unless detection already did), reads tables if need be, normalizes and indexes a static file. */
export async function readFile(source: FileSource, signal?: AbortSignal, slices?: SliceOptions): Promise<LoadedFile> {
  const { maxBytes } = source;
  // On the main thread (finite slices) even JSON.parse of the body goes in slices; a worker parses it whole.
  const parse = slices?.sliceMs === Infinity ? undefined : (text: string) => parseJsonInSlices(text, slicer(slices));
  const body = source.body ?? (await source.request(source.url, { signal, maxBytes, parse }));
  if (!needsTableReader(body)) return load(body, source.feedUrl, { issues: [] }, slices);
  // CSV and zip parsing live in a lazy chunk: JSON feeds never download them.
  const { readTables } = await import('./data-package.js');
  const tables = await readTables(body, source.url, {
    fetch: (url) => source.request(url, { signal, maxBytes }),
    concurrency: source.concurrency,
    maxInflatedBytes: maxBytes * INFLATE_RATIO,
  });
  return load(tables.dataset, source.feedUrl, tables, slices);
}
