import { FeedFormatError, NotFoundError } from '../errors.js';
import type { Category, FeedIssue, Listing, SearchResult } from '../model.js';
import { categoryFromTerm } from '../normalize/category.js';
import { isServiceAtLocation, normalizeRecords, recordsOf } from '../normalize/feed.js';
import { isRecord } from '../normalize/parse-entity.js';
import { SearchIndex } from '../search/local-search.js';
import { isFeedFormatError, isHttpError } from '../type-guards.js';
import { mapWithConcurrency } from '../util/map-with-concurrency.js';
import { readPage } from './envelope.js';
import { MAX_RESULT_ISSUES, type Feed, type FeedContext, type FeedInfo, type FeedQuery, type Publisher } from './feed.js';

const API_MAX_BYTES = 5 * 1024 * 1024;
const TAXONOMY_PAGE_SIZE = 100;
const MAX_TAXONOMY_PAGES = 5;
/** A list item with none of these arrays is the one-to-one summary, not the full record. */
const NESTED_LISTS = ['service_at_locations', 'locations', 'phones', 'schedules', 'contacts', 'languages', 'attributes'];
const isShallow = (record: unknown): boolean => isRecord(record) && !NESTED_LISTS.some((key) => Array.isArray(record[key]));
const ignore = (): void => undefined;
const isUnsupported = (error: unknown): boolean => (isHttpError(error) && error.status >= 400 && error.status < 500) || isFeedFormatError(error);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim()) || undefined;

/** An HSDS API (3.0, 3.1, UK profile) or a legacy ORUK 1.0 API, searched through its own parameters. */
export class ApiFeed implements Feed {
  readonly #base: string;
  readonly #context: FeedContext;
  /** The `/` document; null when the API has none, undefined until asked. */
  #root: Record<string, unknown> | null | undefined;

  constructor(context: FeedContext, base: string, root?: Record<string, unknown> | null) {
    this.#context = context;
    this.#base = base;
    this.#root = root;
  }

  #url(path: string, params?: URLSearchParams): string {
    const base = new URL(this.#base);
    const url = new URL(path, base);
    base.searchParams.forEach((value, key) => url.searchParams.append(key, value)); // e.g. a proxy's own query
    params?.forEach((value, key) => url.searchParams.set(key, value));
    return url.href;
  }

  #get(url: string, signal?: AbortSignal): Promise<unknown> {
    return this.#context.request(url, { signal, maxBytes: this.#context.maxBytes ?? API_MAX_BYTES });
  }

  async #rootDocument(signal?: AbortSignal): Promise<Record<string, unknown> | null> {
    if (this.#root === undefined) {
      try {
        const json = await this.#get(this.#url(''), signal);
        this.#root = isRecord(json) ? json : null;
      } catch (error) {
        if (signal?.aborted || !isUnsupported(error)) throw error;
        this.#root = null;
      }
    }
    return this.#root;
  }

  async info(signal?: AbortSignal): Promise<FeedInfo> {
    const root = await this.#rootDocument(signal);
    const info: FeedInfo = { kind: 'api', version: text(root?.version) ?? 'ORUK-1.0' };
    const profile = text(root?.profile);
    if (profile) info.profile = profile;
    const publisher = root?.publisher;
    if (isRecord(publisher)) {
      const fields: Publisher = {};
      for (const key of ['name', 'identifier', 'email', 'website'] as const) {
        const value = text(publisher[key]);
        if (value) fields[key] = value;
      }
      info.publisher = fields;
    } else if (text(publisher)) info.publisher = { name: text(publisher)! };
    return info;
  }

  async #isLegacy(signal?: AbortSignal): Promise<boolean> {
    return !/^(?:HSDS-UK-)?V?3\b/i.test((await this.info(signal)).version);
  }

  async search(query: FeedQuery, signal?: AbortSignal): Promise<SearchResult> {
    const legacy = await this.#isLegacy(signal);
    const params = new URLSearchParams();
    if (query.text) params.set(legacy ? 'text' : 'search', query.text);
    // The API takes one taxonomy term; any further ones are applied to the results here.
    const [firstCategory, ...otherCategories] = query.categories ?? [];
    if (firstCategory) params.set(legacy ? 'taxonomy_id' : 'taxonomy_term_id', firstCategory);
    const near = query.near;
    const postcode = near && 'postcode' in near ? near.postcode : undefined;
    if (postcode) {
      params.set('postcode', postcode);
      if (query.radiusKm !== undefined) params.set('proximity', String(Math.round(query.radiusKm * 1000)));
    }
    params.set('page', String(query.page));
    params.set('per_page', String(query.pageSize));
    if (!legacy) params.set('full', 'true');
    // Location search is /service_at_locations in HSDS 3; legacy APIs take the postcode on /services.
    const url = this.#url(postcode && !legacy ? 'service_at_locations' : 'services', params);
    const page = readPage(await this.#get(url, signal));
    if (!page) throw new FeedFormatError(url, 'expected a page of results');

    const issues: FeedIssue[] = [];
    const normalized = normalizeRecords(await this.#complete(page.items, issues, signal), this.#context.url);
    issues.push(...normalized.issues);
    // HSDS has no coordinate search: a point filters and sorts this page here. A geocoded postcode only
    // adds distances (the server applied the radius).
    const point = near && 'latitude' in near ? near : postcode ? await this.#context.geocode?.(postcode, { signal }) : undefined;
    let listings = normalized.listings;
    if (otherCategories.length || query.languages?.length || query.free || query.openAt || point) {
      const localRadius = near && 'latitude' in near ? query.radiusKm : undefined;
      listings = new SearchIndex(listings).search({
        categories: otherCategories,
        languages: query.languages,
        free: query.free,
        openAt: query.openAt,
        point,
        radiusKm: localRadius,
        page: 1,
        pageSize: Math.max(1, listings.length),
      }).items;
    }
    const serverTotal = page.total ?? (query.page - 1) * query.pageSize + page.items.length;
    return {
      items: listings,
      total: Math.max(0, serverTotal - (normalized.listings.length - listings.length)),
      page: query.page,
      pageSize: query.pageSize,
      totalPages: page.totalPages ?? Math.ceil(serverTotal / query.pageSize),
      issues: issues.slice(0, MAX_RESULT_ISSUES),
    };
  }

  /**
   * List items are often one-to-one summaries (no phones, hours or places) even after `full=true`, which
   * many servers ignore. Those are replaced by `GET /services/{id}`, a few at a time.
   */
  async #complete(items: unknown[], issues: FeedIssue[], signal?: AbortSignal): Promise<unknown[]> {
    const serviceOf = (item: unknown): unknown => (isServiceAtLocation(item) ? item.service : item);
    const ids = new Set<string>();
    for (const item of items) {
      const service = serviceOf(item);
      if (isShallow(service) && isRecord(service) && service.id != null) ids.add(String(service.id));
    }
    if (!ids.size) return items;
    const full = new Map<string, Record<string, unknown>>();
    await mapWithConcurrency([...ids], this.#context.concurrency, async (id) => {
      try {
        const json = await this.#get(this.#url(`services/${encodeURIComponent(id)}`), signal);
        if (isRecord(json) && String(json.id) === id) full.set(id, json);
        else issues.push({ recordId: id, path: '', message: 'GET /services/{id} did not return this service; list entry used' });
      } catch (error) {
        if (signal?.aborted) throw error;
        issues.push({ recordId: id, path: '', message: `full record not loaded (${(error as Error).message}); list entry used` });
      }
    });
    return items.map((item) => {
      const service = serviceOf(item);
      const replacement = isRecord(service) ? full.get(String(service.id)) : undefined;
      if (!replacement) return item;
      return isServiceAtLocation(item) ? { ...item, service: replacement } : replacement;
    });
  }

  async get(id: string, signal?: AbortSignal): Promise<Listing> {
    const url = this.#url(`services/${encodeURIComponent(id)}`);
    let json: unknown;
    try {
      json = await this.#get(url, signal);
    } catch (error) {
      if (isHttpError(error) && (error.status === 404 || error.status === 410)) throw new NotFoundError(id, this.#context.url, { cause: error });
      throw error;
    }
    const { listings, issues } = normalizeRecords(recordsOf(json, url), this.#context.url);
    const listing = listings.find((l) => l.id === id) ?? (listings.length === 1 ? listings[0] : undefined);
    if (listing) return listing;
    throw new FeedFormatError(url, issues[0] ? `unusable record: ${issues[0].path} ${issues[0].message}` : 'no service in the response');
  }

  /** Terms from /taxonomy_terms, else /taxonomies (UK: terms nested; legacy: terms), else those in use. */
  async categories(signal?: AbortSignal): Promise<Category[]> {
    for (const endpoint of ['taxonomy_terms', 'taxonomies']) {
      const found = await this.#categoriesFrom(endpoint, signal);
      if (found.length) return found;
    }
    const { items } = await this.search({ page: 1, pageSize: 50 }, signal);
    return dedupe(items.flatMap((listing) => listing.categories));
  }

  async #categoriesFrom(endpoint: string, signal?: AbortSignal): Promise<Category[]> {
    const categories: Category[] = [];
    for (let pageNumber = 1; pageNumber <= MAX_TAXONOMY_PAGES; pageNumber++) {
      const params = new URLSearchParams({ page: String(pageNumber), per_page: String(TAXONOMY_PAGE_SIZE) });
      let page;
      try {
        page = readPage(await this.#get(this.#url(endpoint, params), signal));
      } catch (error) {
        if (signal?.aborted || !isUnsupported(error)) throw error;
        break;
      }
      if (!page) break;
      for (const item of page.items) {
        if (isRecord(item) && Array.isArray(item.taxonomy_terms)) {
          const taxonomy = text(item.name);
          for (const term of item.taxonomy_terms) categories.push(...optional(categoryFromTerm(term, '', ignore, { taxonomy })));
        } else if (endpoint === 'taxonomy_terms' || (isRecord(item) && 'vocabulary' in item)) {
          categories.push(...optional(categoryFromTerm(item, '', ignore)));
        }
      }
      if (page.items.length < TAXONOMY_PAGE_SIZE || (page.totalPages !== undefined && pageNumber >= page.totalPages)) break;
    }
    return dedupe(categories);
  }
}

const optional = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value]);

function dedupe(categories: Category[]): Category[] {
  const seen = new Set<string>();
  return categories.filter((c) => !seen.has(c.id) && seen.add(c.id));
}
