import { ResponseCache, type CacheOptions, type Cached } from '../cache.js';
import { NotFoundError } from '../errors.js';
import type { Category, FeedIssue, Listing, SearchResult } from '../model.js';
import { normalizeRecords, recordsOf } from '../normalize/feed.js';
import { isRecord } from '../normalize/parse-entity.js';
import { SearchIndex } from '../search/local-search.js';
import { isFeedDown } from '../type-guards.js';
import { needsTableReader } from './data-package-descriptor.js';
import { FILE_MAX_BYTES } from './detect.js';
import { MAX_RESULT_ISSUES, unknownPostcodeIssue, type Feed, type FeedContext, type FeedInfo, type FeedQuery } from './feed.js';

interface LoadedFile {
  version: string;
  index: SearchIndex;
  byId: Map<string, Listing>;
  issuesByRecord: Map<string, FeedIssue[]>;
  /** Issues of records that did not become listings (no id or name): shown with every result. */
  skipped: FeedIssue[];
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

function load(json: unknown, feedUrl: string, notes: TableNotes = { issues: [] }): LoadedFile {
  // The same steps as normalizeFeed(), keeping the records to infer the version from.
  const records = recordsOf(json, feedUrl);
  const { listings, issues } = normalizeRecords(records, feedUrl);
  const byId = new Map(listings.map((listing) => [listing.id, listing]));
  const issuesByRecord = new Map<string, FeedIssue[]>();
  const skipped: FeedIssue[] = [...notes.issues];
  for (const issue of issues) {
    if (issue.recordId === undefined || !byId.has(issue.recordId)) skipped.push(issue);
    else if (issuesByRecord.has(issue.recordId)) issuesByRecord.get(issue.recordId)!.push(issue);
    else issuesByRecord.set(issue.recordId, [issue]);
  }
  return {
    version: notes.version ?? inferVersion(json, records),
    index: new SearchIndex(listings),
    byId,
    issuesByRecord,
    skipped,
  };
}

/**
 * A static HSDS file (JSON, or tabular: a data package, a zip, CSV tables): fetched once (then cached),
 * normalized, and searched in memory.
 */
export class FileFeed implements Feed {
  readonly #url: string;
  readonly #context: FeedContext;
  readonly #cache: ResponseCache;
  /** The body fetched while detecting the feed kind, used for the first load. */
  #body: unknown;

  constructor(context: FeedContext, url: string, body: unknown, cache: CacheOptions | false) {
    this.#context = context;
    this.#url = url;
    this.#body = body;
    // The parsed file stays in memory only; it can be far too large for browser storage.
    this.#cache = new ResponseCache(cache === false ? { ttlMs: 0, staleMs: 0 } : { ttlMs: cache.ttlMs, staleMs: cache.staleMs });
  }

  #load(signal?: AbortSignal): Promise<Cached<LoadedFile>> {
    return this.#cache.get(
      'file',
      async (loadSignal) => {
        const maxBytes = this.#context.maxBytes ?? FILE_MAX_BYTES;
        const body = this.#body ?? (await this.#context.request(this.#url, { signal: loadSignal, maxBytes }));
        this.#body = undefined;
        if (!needsTableReader(body)) return load(body, this.#context.url);
        // CSV and zip parsing live in a lazy chunk: JSON feeds never download them.
        const { readTables } = await import('./data-package.js');
        const tables = await readTables(body, this.#url, {
          fetch: (url) => this.#context.request(url, { signal: loadSignal, maxBytes }),
          concurrency: this.#context.concurrency,
          maxInflatedBytes: maxBytes * INFLATE_RATIO,
        });
        return load(tables.dataset, this.#context.url, tables);
      },
      { signal, serveStaleOn: isFeedDown },
    );
  }

  async info(signal?: AbortSignal): Promise<FeedInfo> {
    const { value } = await this.#load(signal);
    return { kind: 'file', version: value.version };
  }

  async search(query: FeedQuery, signal?: AbortSignal): Promise<SearchResult> {
    const { value: file, stale } = await this.#load(signal);
    const { near, page, pageSize } = query;
    const result = (items: Listing[], total: number, issues: FeedIssue[]): SearchResult => ({
      items,
      total,
      page,
      pageSize,
      totalPages: Math.ceil(total / pageSize),
      issues: issues.slice(0, MAX_RESULT_ISSUES),
      ...(stale && { stale }),
    });
    let point = near && 'latitude' in near ? near : undefined;
    if (near && 'postcode' in near) {
      point = (await this.#context.geocode?.(near.postcode, { signal })) ?? file.index.postcodePoint(near.postcode);
      if (!point) {
        return result([], 0, [unknownPostcodeIssue(near.postcode)]);
      }
    }
    const { items, total } = file.index.search({ ...query, point });
    return result(items, total, [...items.flatMap((item) => file.issuesByRecord.get(item.id) ?? []), ...file.skipped]);
  }

  async get(id: string, signal?: AbortSignal): Promise<Listing> {
    const listing = (await this.#load(signal)).value.byId.get(id);
    if (!listing) throw new NotFoundError(id, this.#context.url);
    return listing;
  }

  async categories(signal?: AbortSignal): Promise<Category[]> {
    return (await this.#load(signal)).value.index.categories();
  }
}
