import { ResponseCache, type CacheOptions, type Cached } from '../cache.js';
import { FeedFormatError, NotFoundError } from '../errors.js';
import type { Coordinates } from '../geo.js';
import type { Category, FeedIssue, Listing, SearchResult } from '../model.js';
import { isServiceAtLocation } from '../normalize/record-kinds.js';
import { isRecord } from '../normalize/parse-entity.js';
import type { LocalQuery } from '../search/local-search.js';
import { searchWords } from '../search/search-words.js';
import { wordsFoundNothing } from '../search/words-found-nothing.js';
import type { NeedQuery, UnderstoodText } from '../search/understood-text.js';
import { isFeedDown, isFeedFormatError, isHttpError } from '../type-guards.js';
import { fold } from '../util/fold.js';
import { mapWithConcurrency } from '../util/map-with-concurrency.js';
import { pullAll } from './api-pull.js';
import { readPage, type PageEnvelope } from '../normalize/envelope.js';
import { idOf, isShallow, serviceOf } from './list-items.js';
import type { indexed, PulledView } from './pulled-view.js';
import { MAX_RESULT_ISSUES, type Feed, type FeedContext, type FeedInfo, type FeedQuery, type Publisher } from './feed.js';
import { apiUrl, listUrl } from './first-request.js';
import type { PostcodeSources } from './postcode-placement.js';

/**
 * The normalizer (validation with zod, the listing model), a chunk fetched beside a page's request rather
 * than before it: the request does not wait for it to arrive.
 */
const normalizer = () => import('../normalize/feed.js');

/** The pulled views, with the index (and its text search): a chunk loaded with the first pull. */
const pulledViews = () => import('./pulled-view.js');
/** Pulled records, normalized and indexed. */
const indexedLater = async (...args: Parameters<typeof indexed>): Promise<PulledView> => (await pulledViews()).indexed(...args);

const API_MAX_BYTES = 5 * 1024 * 1024;
/** Asked for when pulling a whole selection; servers answer with their own maximum when it is lower. */
const API_PAGE_SIZE = 100;
/** Selections whose served ids are remembered, so a repeat on a later page is dropped. */
const MAX_SERVED_SELECTIONS = 20;
const TAXONOMY_PAGE_SIZE = 100;
/** A need's taxonomy terms asked for, and all selections for a text's needs together. */
const TERMS_PER_NEED = 3;
const MAX_NEED_SELECTIONS = 12;
const MAX_MERGED_VIEWS = 5;
const MAX_TAXONOMY_PAGES = 5;
const ignore = (): void => undefined;
const isUnsupported = (error: unknown): boolean => (isHttpError(error) && error.status >= 400 && error.status < 500) || isFeedFormatError(error);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim()) || undefined;
/** What the server is asked: an endpoint and its selecting parameters (no paging). */
interface Selection {
  endpoint: string;
  params: URLSearchParams;
  /** ORUK 1.0: no `full` parameter. */
  legacy: boolean;
}

/** The filters applied here to a pulled selection. */
type LocalFilters = Required<Pick<LocalQuery, 'categories'>> & Pick<LocalQuery, 'languages' | 'free' | 'openAt'>;

/** Whether any filter must be applied here, on nested data the server cannot select by. */
const filtersLocally = (local: LocalFilters): boolean =>
  local.categories.length > 0 || Boolean(local.languages?.length) || Boolean(local.free) || local.openAt !== undefined;

/** An HSDS API (3.0, 3.1, UK profile) or a legacy ORUK 1.0 API, searched through its own parameters. */
export class ApiFeed implements Feed {
  readonly #base: string;
  readonly #context: FeedContext;
  /** The `/` document; null when the API has none, undefined until asked. */
  #root: Record<string, unknown> | null | undefined;
  /** Pulled selections, in memory only (they can be far too large for browser storage). */
  readonly #pulls: ResponseCache;
  /** Recently merged selections (a text naming needs), most recent first. */
  readonly #mergedViews: { sources: PulledView[]; view: PulledView }[] = [];
  /** Categories typed otherwise than the feed spells them, and its spelling. */
  readonly #spellings = new Map<string, string>();
  /** Per selection served on the one-request path: the page each listing was first served on. */
  readonly #served = new Map<string, { pageOf: Map<string, number>; repeats: Set<string> }>();

  constructor(context: FeedContext, base: string, root?: Record<string, unknown> | null, cache: CacheOptions | false = {}) {
    this.#context = context;
    this.#base = base;
    this.#root = root;
    this.#pulls = new ResponseCache(cache === false ? { ttlMs: 0, staleMs: 0 } : { ttlMs: cache.ttlMs, staleMs: cache.staleMs });
  }

  #url(path: string, params?: URLSearchParams): string {
    return apiUrl(this.#base, path, params);
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
    const understood = query.text ? await this.#context.understand(query.text) : undefined;
    const needs = uniqueNeeds(understood);
    const params = new URLSearchParams();
    const near = query.near;
    // A postcode is placed here, as a file places it: a server measures from a centre of its own. With a
    // radius, the server is asked for the services within reach of both centres, and the radius applied here.
    let point = near && 'latitude' in near ? near : undefined;
    if (near && 'postcode' in near) {
      const { placePostcode, nowhere } = await import('./postcode-placement.js');
      const placed = await placePostcode(near.postcode, query.radiusKm, this.#postcodeSources(near.postcode, legacy, signal), signal);
      if (!placed.point && !placed.proximityM) return nowhere(near.postcode, query, placed);
      point = placed.point;
      if (placed.proximityM) {
        params.set('postcode', near.postcode);
        params.set('proximity', String(placed.proximityM));
      }
    }
    const endpoint = params.has('postcode') ? postcodeEndpoint(legacy) : 'services';
    const place = (extra: Record<string, string>): Selection => {
      const selected = new URLSearchParams(params);
      for (const [key, value] of Object.entries(extra)) selected.set(key, value);
      return { endpoint, params: selected, legacy };
    };
    const textParam = legacy ? 'text' : 'search';
    const termParam = legacy ? 'taxonomy_id' : 'taxonomy_term_id';
    // The API takes one taxonomy term, `serverCategory`; any further ones are applied here, and all of them
    // when the text names needs, whose own terms then take the parameter.
    const searchWith = async (serverCategory: string | undefined): Promise<SearchResult> => {
      const selection = place({ ...(query.text && { [textParam]: query.text }), ...(serverCategory && { [termParam]: serverCategory }) });
      const otherCategories = (query.categories ?? []).slice(serverCategory ? 1 : 0);
      const local: LocalFilters = { categories: otherCategories, languages: query.languages, free: query.free, openAt: query.openAt };
      if (needs.length) {
        // Words naming a need: the server's own text search, plus the need's terms in the API's taxonomy and its
        // English name as text, pulled together and matched here as a file would match them.
        const needSelections = await this.#needSelections(needs, (extra) => place(extra), { textParam, termParam }, signal);
        return this.#searchPulled([selection, ...needSelections], local, query, { point, understood }, signal);
      }
      if (filtersLocally(local) || near || query.sort === 'name') {
        // A place is always measured here (HSDS has no coordinate search; /service_at_locations counts sites,
        // not services), and only a pull of the whole selection can be filtered, ordered and counted like a file.
        return this.#searchPulled([selection], local, query, { point, understood }, signal);
      }
      return this.#searchPage(selection, query, signal);
    };
    const typedCategory = needs.length ? undefined : query.categories?.[0];
    let result = await searchWith(typedCategory && (this.#spellings.get(typedCategory) ?? typedCategory));
    if (typedCategory && !this.#spellings.has(typedCategory) && result.total === 0) {
      // Categories match whatever their case, as in a file (and as the others are matched here), but a server
      // may hold ids to theirs: one that found nothing as typed is asked again as the feed spells it.
      const spelled = await this.#feedSpelling(typedCategory, signal);
      if (spelled !== undefined && spelled !== typedCategory) {
        this.#spellings.set(typedCategory, spelled);
        result = await searchWith(spelled);
      }
    }
    if (understood && result.page === 1 && wordsFoundNothing(result)) {
      const categories = await this.categories(signal).catch(() => []);
      const categoryWords = categories.flatMap((category) => searchWords(category.name));
      result.suggestions = (await import('../search/suggest.js')).suggest(understood, { knownWords: [...categoryWords, ...this.#context.knownWords()], categories });
    }
    return result;
  }

  /** The id of the feed's category that a text names by id or code, whatever its case (accents aside). */
  async #feedSpelling(typed: string, signal?: AbortSignal): Promise<string | undefined> {
    const key = fold(typed);
    const categories = await this.categories(signal).catch(() => []);
    return categories.find((category) => fold(category.id) === key || (category.code !== undefined && fold(category.code) === key))?.id;
  }

  /**
   * Selections for needs a text named: per need, the API's taxonomy terms filed under it (a few) and the
   * names feeds give it as text (the API's terms are skipped when they cannot be read).
   */
  async #needSelections(
    needs: readonly NeedQuery[],
    place: (extra: Record<string, string>) => Selection,
    { textParam, termParam }: { textParam: string; termParam: string },
    signal?: AbortSignal,
  ): Promise<Selection[]> {
    let categories: Category[] = [];
    try {
      categories = await this.categories(signal);
    } catch (error) {
      if (signal?.aborted) throw error;
    }
    const { filedUnder } = await import('../search/need-match.js');
    const selections = needs.flatMap((need) => [
      ...categories
        .filter((category) => filedUnder(category, need))
        .slice(0, TERMS_PER_NEED)
        .map((category) => place({ [termParam]: category.id })),
      ...need.categories.map((name) => place({ [textParam]: name })),
    ]);
    const unique = new Map(selections.map((selection) => [selection.params.toString(), selection]));
    return [...unique.values()].slice(0, MAX_NEED_SELECTIONS);
  }

  /** A query the server answers itself: one request for the page (plus completions of shallow items). */
  async #searchPage(selection: Selection, query: FeedQuery, signal?: AbortSignal): Promise<SearchResult> {
    const { endpoint, params } = selection;
    const url = this.#listUrl(selection, query.page, query.pageSize);
    const [json, { normalizeRecords }] = await Promise.all([this.#get(url, signal), normalizer()]);
    const page = readPage(json);
    if (!page) throw new FeedFormatError(url, 'expected a page of results');
    const issues: FeedIssue[] = [];
    const normalized = normalizeRecords(await this.#complete(page.items, issues, signal), this.#context.url);
    issues.push(...normalized.issues);
    const { items, repeats } = this.#servedOnce(JSON.stringify([endpoint, [...params], query.pageSize]), query.page, normalized.listings);
    const server = page.total === undefined ? totalFromPaging(page, query) : { total: page.total, atLeast: false };
    // Repeats on this page, or of earlier pages, are not further results; past the last page nothing is left.
    let total = Math.max(0, server.total - (page.items.length - normalized.listings.length) - repeats);
    if (!items.length) total = Math.min(total, (query.page - 1) * query.pageSize);
    return {
      items,
      total,
      page: query.page,
      pageSize: query.pageSize,
      totalPages: total === server.total && page.totalPages !== undefined ? page.totalPages : Math.ceil(total / query.pageSize),
      issues: issues.slice(0, MAX_RESULT_ISSUES),
      ...(server.atLeast && items.length > 0 && { totalIsLowerBound: true }),
    };
  }

  /**
   * Drops listings already served on an earlier page of the same selection (a server whose list shifted, or
   * that repeats items), so the visitor never sees one twice. Returns how many repeats the selection has had.
   */
  #servedOnce(key: string, pageNumber: number, listings: Listing[]): { items: Listing[]; repeats: number } {
    const served = this.#served.get(key) ?? { pageOf: new Map<string, number>(), repeats: new Set<string>() };
    this.#served.delete(key);
    this.#served.set(key, served);
    if (this.#served.size > MAX_SERVED_SELECTIONS) this.#served.delete(this.#served.keys().next().value!);
    const items = listings.filter((listing) => {
      const first = served.pageOf.get(listing.id);
      if (first === undefined || first >= pageNumber) {
        served.pageOf.set(listing.id, pageNumber);
        return true;
      }
      served.repeats.add(`${listing.id}@${pageNumber}`);
      return false;
    });
    return { items, repeats: served.repeats.size };
  }

  /**
   * A query the server cannot answer: its server-side selection is pulled whole (bounded, cached), then
   * filtered, sorted and paged by the same SearchIndex as a static file, so both give the same answers.
   */
  async #searchPulled(
    selections: Selection[],
    local: LocalFilters,
    query: FeedQuery,
    { point, understood }: { point?: Coordinates; understood?: UnderstoodText },
    signal?: AbortSignal,
  ): Promise<SearchResult> {
    const [selection] = selections as [Selection, ...Selection[]];
    const serverPlaced = selection.params.has('postcode');
    // Categories, languages, fees, hours and places are nested: shallow list items cannot be judged on them
    // (those the server placed near a postcode carry their location).
    const needsDetails = filtersLocally(local) || (Boolean(point) && !serverPlaced) || selections.length > 1;
    const views = await Promise.all(selections.map((s) => this.#view(s, needsDetails, signal)));
    const view = views.length === 1 ? views[0]!.value : await this.#merged(views.map((v) => v.value));
    const stale = views.some((v) => v.stale);
    // What the server's own text search selected matches the text, whatever words it matched on.
    const textMatched = understood ? new Set(views[0]!.value.recordsById.keys()) : undefined;
    // When `maxRecords` stopped the pull, nearest-first is nearest among the records pulled (in the server's
    // order, not by distance): nearer services may lie beyond the bound, which the lower bound admits.
    const found = view.index.search({
      ...local,
      understood,
      textMatched,
      point,
      radiusKm: point ? query.radiusKm : undefined,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    });
    const issues = [...found.items.flatMap((item) => view.issuesByRecord.get(item.id) ?? []), ...view.skipped];
    // Shallow items that no filter needed in full are completed for this page only.
    const items = view.shallow && !needsDetails ? await this.#completePage(found.items, view, issues, point, signal) : found.items;
    return {
      items,
      total: found.total,
      page: query.page,
      pageSize: query.pageSize,
      totalPages: Math.ceil(found.total / query.pageSize),
      issues: issues.slice(0, MAX_RESULT_ISSUES),
      ...(!view.complete && { totalIsLowerBound: true }),
      ...(stale && { stale }),
    };
  }

  /**
   * What can place a postcode: the geocoder; the server's services at it, no other filter (pulled whole and
   * kept like any selection; none when the server refuses the postcode with a 4xx: it has no address there,
   * or cannot search by it); the whole feed.
   */
  #postcodeSources(postcode: string, legacy: boolean, signal?: AbortSignal): PostcodeSources {
    return {
      geocode: this.#context.geocode,
      atPostcode: async () => {
        try {
          return (await this.#view({ endpoint: postcodeEndpoint(legacy), params: new URLSearchParams({ postcode }), legacy }, legacy, signal)).value;
        } catch (error) {
          if (signal?.aborted || !isUnsupported(error)) throw error;
          return undefined;
        }
      },
      everything: () => this.#view({ endpoint: 'services', params: new URLSearchParams(), legacy }, true, signal),
    };
  }

  /** Several pulled selections as one, each record once (remembered while the same selections are in use). */
  async #merged(views: PulledView[]): Promise<PulledView> {
    const known = this.#mergedViews.find((merged) => merged.sources.length === views.length && merged.sources.every((v, i) => v === views[i]));
    if (known) return known.view;
    const records = new Map<string, unknown>();
    for (const record of views.flatMap((v) => v.records)) {
      const key = JSON.stringify([idOf(serviceOf(record)), isServiceAtLocation(record) && isRecord(record) ? record.id : null]);
      if (!records.has(key)) records.set(key, record);
    }
    const issues = views.flatMap((v) => [...v.skipped, ...[...v.issuesByRecord.values()].flat()]);
    const view = await indexedLater([...records.values()], views.every((v) => v.complete), this.#context.url, dedupeIssues(issues));
    this.#mergedViews.unshift({ sources: views, view });
    this.#mergedViews.length = Math.min(this.#mergedViews.length, MAX_MERGED_VIEWS);
    return view;
  }

  /** The pulled selection, indexed; with `detailed`, its shallow items completed first (within a budget). */
  #view(selection: Selection, detailed: boolean, signal?: AbortSignal): Promise<Cached<PulledView>> {
    const key = JSON.stringify([selection.endpoint, [...selection.params], selection.legacy]);
    const pulled = (s?: AbortSignal) => this.#pulls.get(`${key}:records`, (pullSignal) => this.#pull(selection, pullSignal), { signal: s, serveStaleOn: isFeedDown });
    const view = async (pullSignal: AbortSignal): Promise<PulledView> => {
      const { value } = await pulled(pullSignal);
      if (!detailed || !value.shallow) return value;
      return this.#detailed(value, pullSignal);
    };
    if (!detailed) return pulled(signal);
    return this.#pulls.get(`${key}:detailed`, view, { signal, serveStaleOn: isFeedDown });
  }

  #listUrl({ endpoint, params, legacy }: Selection, pageNumber: number, perPage: number): string {
    return listUrl(this.#base, endpoint, params, pageNumber, perPage, legacy);
  }

  async #pull(selection: Selection, signal: AbortSignal): Promise<PulledView> {
    const fetchPage = async (pageNumber: number) => {
      const url = this.#listUrl(selection, pageNumber, API_PAGE_SIZE);
      const page = readPage(await this.#get(url, signal));
      if (!page) throw new FeedFormatError(url, 'expected a page of results');
      return page;
    };
    const { records, complete } = await pullAll({ fetchPage, maxRecords: this.#context.maxRecords, concurrency: this.#context.concurrency });
    return indexedLater(records, complete, this.#context.url);
  }

  /**
   * Completes the shallow records of a pulled set, at most `maxDetailRequests` of them; the rest cannot be
   * judged, so they are left out and the total becomes a lower bound.
   */
  async #detailed(pulled: PulledView, signal: AbortSignal): Promise<PulledView> {
    const shallowIds = [...new Set(pulled.records.filter((r) => isShallow(serviceOf(r))).map((r) => idOf(serviceOf(r))))];
    const affordable = new Set(shallowIds.slice(0, this.#context.maxDetailRequests));
    const kept = pulled.records.filter((r) => !isShallow(serviceOf(r)) || affordable.has(idOf(serviceOf(r))));
    const issues: FeedIssue[] = [];
    const records = await this.#complete(kept, issues, signal);
    return indexedLater(records, pulled.complete && shallowIds.length <= affordable.size, this.#context.url, issues);
  }

  /** Replaces this page's shallow listings by their full records. */
  async #completePage(listings: Listing[], view: PulledView, issues: FeedIssue[], point: Coordinates | undefined, signal?: AbortSignal): Promise<Listing[]> {
    const records = listings.flatMap((listing) => view.recordsById.get(listing.id) ?? []);
    const [full, { replacedByFull }] = await Promise.all([this.#complete(records, issues, signal), pulledViews()]);
    const completed = replacedByFull(listings, full, this.#context.url, point);
    issues.push(...completed.issues);
    return completed.listings;
  }

  /**
   * List items are often one-to-one summaries (no phones, hours or places) even after `full=true`, which
   * many servers ignore. Those are replaced by `GET /services/{id}`, a few at a time.
   */
  async #complete(items: unknown[], issues: FeedIssue[], signal?: AbortSignal): Promise<unknown[]> {
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
    const { normalizeRecords, recordsOf } = await normalizer();
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
      const { categoryFromTerm } = await import('../normalize/category.js');
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

/**
 * What a page without a total tells of it (HSDS 3 requires none of the Page fields): exactly how many on the
 * last page (those before were full); on any other, at least one more than so far, or than the pages before
 * the last when their number is known, so that a next page is offered.
 */
function totalFromPaging(page: PageEnvelope, { page: pageNumber, pageSize }: FeedQuery): { total: number; atLeast: boolean } {
  const soFar = (pageNumber - 1) * pageSize + page.items.length;
  const isLast = page.lastPage ?? (page.totalPages === undefined ? page.items.length < pageSize : pageNumber >= page.totalPages);
  if (isLast) return { total: soFar, atLeast: false };
  return { total: Math.max(soFar + 1, ((page.totalPages ?? 0) - 1) * pageSize + 1), atLeast: true };
}

/** Location search is /service_at_locations in HSDS 3; legacy APIs take the postcode on /services. */
const postcodeEndpoint = (legacy: boolean): string => (legacy ? 'services' : 'service_at_locations');

/** The needs a text named, each once. */
function uniqueNeeds(understood: UnderstoodText | undefined): NeedQuery[] {
  const needs = new Map((understood?.clauses ?? []).flatMap((clause) => clause.needs.map((need) => [need.id, need] as const)));
  return [...needs.values()];
}

function dedupeIssues(issues: FeedIssue[]): FeedIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify(issue);
    return !seen.has(key) && seen.add(key);
  });
}

function dedupe(categories: Category[]): Category[] {
  const seen = new Set<string>();
  return categories.filter((c) => !seen.has(c.id) && seen.add(c.id));
}
