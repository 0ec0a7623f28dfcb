import { FeedFormatError, NotFoundError } from '../../errors.js';
import type { Coordinates } from '../../geo.js';
import type { Category, FeedIssue, Listing, SearchResult } from '../../model.js';
import { normalizeRecords } from '../../normalize/feed.js';
import { isRecord } from '../../normalize/parse-entity.js';
import { withDistances } from '../../search/local-search.js';
import { isHttpError } from '../../type-guards.js';
import { mapWithConcurrency } from '../../util/map-with-concurrency.js';
import { indexed, pageOfView } from '../pulled-view.js';
import { MAX_RESULT_ISSUES, type Feed, type FeedContext, type FeedInfo, type FeedQuery } from '../feed.js';
import { withSlash } from '../first-request.js';
import { ndpRecordId, ndpService, ndpUnreadFields } from './ndp-record.js';

type Row = Record<string, unknown>;

const NDP_MAX_BYTES = 5 * 1024 * 1024;
const PULL_PAGE_SIZE = 100;
const KM_PER_MILE = 1.609344;
/** Near a place without a radius: the distance asked for, in miles (the API measures in miles). */
const DEFAULT_DISTANCE_MILES = 25;
/** Records looked at for the categories to offer: one broad page. */
const CATEGORY_SAMPLE = 100;

/** The API's root (`…/resources/v2/`), from a feed URL that may name an endpoint under it. */
export function ndpBase(feed: string): string {
  const url = new URL(withSlash(feed));
  const root = /^(.*\/resources\/v2\/)/i.exec(url.pathname)?.[1];
  if (root) url.pathname = root;
  return url.href;
}

/** A request to Search v2: only `keywords` and `location` go in the query string, the rest are headers. */
interface NdpRequest {
  keywords: string;
  location?: string;
  headers: Record<string, string>;
}

/** What only the records in hand can answer: then a bounded set is pulled and searched here. */
const needsLocalSearch = (query: FeedQuery): boolean =>
  (query.categories?.length ?? 0) > 1 || Boolean(query.languages?.length) || Boolean(query.free) || query.openAt !== undefined || query.sort === 'name';

/**
 * The 211 National Data Platform, read through Search API v2 (keyword, taxonomy code, place, paging) and, for the
 * records on one page only, the Query API's details (phones, hours, languages, fees, temporary messages). Its
 * key never reaches this code: the feed URL is a proxy that adds it (resource-directory/proxy).
 */
export class NdpFeed implements Feed {
  readonly #context: FeedContext;
  readonly #base: string;
  readonly #now: () => Date;

  constructor(context: FeedContext, feed: string, now: () => Date = () => new Date()) {
    this.#context = context;
    this.#base = ndpBase(feed);
    this.#now = now;
  }

  info(): Promise<FeedInfo> {
    return Promise.resolve({ kind: 'ndp', version: 'NDP Search v2' });
  }

  #request(query: FeedQuery): NdpRequest {
    const [category] = query.categories ?? [];
    const rollUp = (code: string) => (code.endsWith('*') ? code : `${code}*`);
    const headers: Record<string, string> = { searchMode: 'All' };
    let keywords = query.text ?? '*';
    if (category && !query.text) {
      keywords = rollUp(category);
      headers.keywordIsTaxonomyCode = 'true';
    } else if (category) headers.taxonomyCodes = rollUp(category);
    const near = query.near;
    let location: string | undefined;
    if (near) {
      location = 'postcode' in near ? near.postcode : `lon:${near.longitude}_lat:${near.latitude}`;
      headers.locationMode = 'Near';
      headers.distance = String(Math.ceil(query.radiusKm ? query.radiusKm / KM_PER_MILE : DEFAULT_DISTANCE_MILES));
      if (query.sort !== 'relevance') headers.orderByDistance = 'true';
    }
    return { keywords, location, headers };
  }

  async #searchPage(request: NdpRequest, skip: number, size: number, signal?: AbortSignal): Promise<{ rows: Row[]; count: number }> {
    const url = new URL('search/keyword', this.#base);
    url.searchParams.set('keywords', request.keywords);
    if (request.location) url.searchParams.set('location', request.location);
    const headers = { ...request.headers, skip: String(skip), size: String(size) };
    const body = await this.#context.request(url.href, { signal, maxBytes: this.#context.maxBytes ?? NDP_MAX_BYTES, headers, noContent: true });
    if (body === undefined) return { rows: [], count: 0 }; // 204: nothing found
    if (!isRecord(body) || !Array.isArray(body.results)) throw new FeedFormatError(url.href, 'expected an NDP search response ({ count, results })');
    const rows = body.results.filter(isRecord);
    const count = typeof body.count === 'number' && body.count >= rows.length ? body.count : skip + rows.length;
    return { rows, count };
  }

  async #details(id: string, signal?: AbortSignal): Promise<Row> {
    const url = new URL(`query/service-at-location-details/${encodeURIComponent(id)}`, this.#base);
    const body = await this.#context.request(url.href, { signal, maxBytes: this.#context.maxBytes ?? NDP_MAX_BYTES });
    if (!isRecord(body)) throw new FeedFormatError(url.href, 'expected the details of one service at a location');
    return body;
  }

  /** The rows with their details (those that fail are shown from the search fields, with an issue each). */
  async #withDetails(rows: Row[], signal?: AbortSignal): Promise<{ entries: { row: Row; details?: Row }[]; issues: FeedIssue[] }> {
    const issues: FeedIssue[] = [];
    const entries = await mapWithConcurrency(rows, this.#context.concurrency, async (row) => {
      const id = ndpRecordId(row);
      if (!id) return { row };
      try {
        return { row, details: await this.#details(id, signal) };
      } catch (error) {
        if (signal?.aborted) throw error;
        const why = isHttpError(error) ? `HTTP ${error.status}` : error instanceof Error ? error.message : 'unreadable';
        issues.push({ recordId: id, path: 'details', message: `details could not be read (${why}); phones and hours not shown, ignored` });
        return { row };
      }
    });
    return { entries, issues };
  }

  /** NDP records as listings, with distances from the searched point when it is one. */
  #listings(entries: { row: Row; details?: Row }[], point: Coordinates | undefined): { listings: Listing[]; issues: FeedIssue[] } {
    const now = this.#now();
    const { listings, issues } = normalizeRecords(entries.map(({ row, details }) => ndpService(row, details, now)), this.#context.url);
    return { listings: point ? listings.map((listing) => withDistances(listing, point)) : listings, issues: [...issues, ...ndpUnreadFields(entries)] };
  }

  async search(query: FeedQuery, signal?: AbortSignal): Promise<SearchResult> {
    const request = this.#request(query);
    const point = query.near && !('postcode' in query.near) ? query.near : undefined;
    if (needsLocalSearch(query)) return this.#searchPulled(query, request, point, signal);
    const { rows, count } = await this.#searchPage(request, (query.page - 1) * query.pageSize, query.pageSize, signal);
    const { entries, issues: detailIssues } = await this.#withDetails(rows, signal);
    const { listings, issues } = this.#listings(entries, point);
    // Records skipped on this page are not results (no "Showing 3 of 4" with nothing more to show); past the
    // last page nothing is left.
    let total = Math.max(0, count - (rows.length - listings.length));
    if (!listings.length) total = Math.min(total, (query.page - 1) * query.pageSize);
    return {
      items: listings,
      total,
      page: query.page,
      pageSize: query.pageSize,
      totalPages: Math.ceil(total / query.pageSize),
      issues: [...detailIssues, ...issues].slice(0, MAX_RESULT_ISSUES),
    };
  }

  /** Filters NDP cannot apply (languages, free, open now, several categories, by name): on a bounded pull. */
  async #searchPulled(query: FeedQuery, request: NdpRequest, point: Coordinates | undefined, signal?: AbortSignal): Promise<SearchResult> {
    const limit = Math.min(this.#context.maxRecords, this.#context.maxDetailRequests);
    const rows: Row[] = [];
    let count: number;
    do {
      const page = await this.#searchPage(request, rows.length, Math.min(PULL_PAGE_SIZE, limit - rows.length), signal);
      rows.push(...page.rows);
      count = page.count;
      if (!page.rows.length) break;
    } while (rows.length < Math.min(count, limit));
    const { entries, issues: detailIssues } = await this.#withDetails(rows, signal);
    const services = entries.map(({ row, details }) => ndpService(row, details, this.#now()));
    const view = indexed(services, rows.length >= count, this.#context.url, [...detailIssues, ...ndpUnreadFields(entries)]);
    return pageOfView(view, query, { point });
  }

  async get(id: string, signal?: AbortSignal): Promise<Listing> {
    let details: Row;
    try {
      details = await this.#details(id, signal);
    } catch (error) {
      if (isHttpError(error) && error.status === 404) throw new NotFoundError(id, this.#context.url, { cause: error });
      throw error;
    }
    const [listing] = this.#listings([{ row: { idServiceAtLocation: id, ...details }, details }], undefined).listings;
    if (!listing) throw new NotFoundError(id, this.#context.url);
    return listing;
  }

  /**
   * The taxonomy terms of one broad page of records, most used there first: the Search API lists no categories
   * of its own. No counts: a sample's would mislead. (The client keeps them, as it keeps every feed's.)
   */
  async categories(signal?: AbortSignal): Promise<Category[]> {
    const { rows } = await this.#searchPage({ keywords: '*', headers: { searchMode: 'All' } }, 0, CATEGORY_SAMPLE, signal);
    const uses = new Map<string, { category: Category; count: number }>();
    for (const listing of this.#listings(rows.map((row) => ({ row })), undefined).listings) {
      for (const category of listing.categories) {
        const known = uses.get(category.id);
        uses.set(category.id, { category: known?.category ?? category, count: (known?.count ?? 0) + 1 });
      }
    }
    return [...uses.values()].sort((a, b) => b.count - a.count).map(({ category }) => category);
  }
}
