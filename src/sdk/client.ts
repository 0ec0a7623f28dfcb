import { ResponseCache, type CacheOptions } from './cache.js';
import type { CoverageReport } from './coverage.js';
import type { CoverageOptions } from './coverage-sample.js';
import { FeedFormatError } from './errors.js';
import { detectFeed } from './feeds/detect.js';
import { adapterKind, likelyFeedKind, pageSizeOf, wholeNumber } from './feeds/first-request.js';
import type { Feed, FeedContext, FeedInfo, FeedKind, FeedQuery, Geocoder, SearchNear } from './feeds/feed.js';
import { isPlausibleCoordinate } from './geo.js';
import { fetchJson } from './http/fetch-json.js';
import type { Category, Listing, SearchResult } from './model.js';
import type { SearchSort } from './search/local-search.js';
import { searchWords } from './search/search-words.js';
import { literally } from './search/understood-text.js';
import type { LoadedVocabulary } from './search/vocabulary/index.js';
import type { Vocabulary } from './search/vocabulary/vocabulary.js';
import { isAbortError, isFeedDown, isResourceDirectoryError } from './type-guards.js';

// Each reader is a chunk of its own: an API never loads the file reader (and its worker), nor a file the API's.
const apiFeedModule = () => import('./feeds/api-feed.js');
const fileFeedModule = () => import('./feeds/file-feed.js');

export interface ClientOptions {
  /** Base URL of an HSDS API, or URL of a static HSDS JSON file. */
  feed: string;
  /**
   * Skips detection: `api` for an HSDS API, `file` for a static document, `ndp` for the 211 National Data
   * Platform (through a proxy that adds the key), `findtreatment` for FindTreatment.gov. Detected from the URL
   * for the last two.
   */
  kind?: FeedKind;
  /** A fetch implementation (a proxying fetch, or a test double); defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /** Per attempt, including reading the body. Default 10 000. */
  timeoutMs?: number;
  /** Further attempts after a network error or a 429/500/502/503/504 (not when `Retry-After` asks for over 5 s). Default 2. */
  retries?: number;
  /**
   * Largest accepted response body. Default 100 MB for a static file (a 10,000-service file is about 65 MB),
   * 5 MB for an API page. A larger one fails with ResponseTooLargeError.
   */
  maxBytes?: number;
  /** Sent with every request, e.g. a key for a proxy. */
  headers?: Record<string, string>;
  /**
   * Result cache: TTL, stale-while-revalidate window and optional persistence; `false` turns it off. A static
   * file, once read, is kept in memory for the same TTL and window (defaults with `false`: 5 minutes fresh,
   * then refreshed in the background for an hour); `{ ttlMs: 0, staleMs: 0 }` reads it again for every call.
   */
  cache?: CacheOptions | false;
  /** How many `GET /services/{id}` run at once when list items must be completed. Default 4. */
  concurrency?: number;
  /** Places a postcode; otherwise the centre of the feed's own addresses with it is used, on an API too. */
  geocode?: Geocoder;
  /**
   * Most records pulled from an API, a page of up to 100 at a time, when a query needs what the API cannot
   * select or order (several categories, languages, free, open now, a point or a postcode without a radius,
   * sort by name or distance).
   * Beyond it, results say `totalIsLowerBound`. Default 2000.
   */
  maxRecords?: number;
  /** Most `GET /services/{id}` per pulled set when its list items lack what a filter needs. Default 200. */
  maxDetailRequests?: number;
  /**
   * Everyday words for needs, added to ours ("food stamps", "comida", "住房" find food and housing services);
   * `false` searches the words literally (word forms and typos still allowed). See README, "What search understands".
   */
  vocabulary?: Vocabulary | false;
}

export interface SearchOptions {
  /**
   * Free text, in the visitor's words: every word must match (accents, case, word forms and typos aside),
   * and words naming a need also find the services filed under it (see ClientOptions.vocabulary).
   */
  text?: string;
  /** Category ids or codes, in any case; a listing must have all of them. */
  categories?: string[];
  /** From a point, or from a postcode/ZIP. */
  near?: SearchNear;
  /** Only with `near`: how far to look. */
  radiusKm?: number;
  /** Language codes or names ("es", "spa", "Spanish"); a listing must offer one of them. */
  languages?: string[];
  /** `true`: only services known to be free. */
  free?: boolean;
  /**
   * Only services open at that moment, by their schedules (see `openingStatus`). HSDS has no open-now
   * query, so an API's matching records are pulled and filtered here, as a static file is.
   */
  openAt?: Date;
  /** Default: `distance` when searching near a place, else `relevance`. Applied to all results before paging. */
  sort?: SearchSort;
  /** 1-based. Default 1. */
  page?: number;
  /** Default 10, at most 100. */
  pageSize?: number;
  signal?: AbortSignal;
}

export interface GetOptions {
  signal?: AbortSignal;
}

export interface ResourceDirectoryClient {
  readonly feed: string;
  /** What the feed is: API or file, HSDS version, profile, publisher. */
  info(options?: GetOptions): Promise<FeedInfo>;
  /** One page of listings; `stale: true` when they are the last good ones because the feed is down. */
  search(options?: SearchOptions): Promise<SearchResult>;
  /** One listing in full detail; rejects with NotFoundError when there is none with that id. */
  get(id: string, options?: GetOptions): Promise<Listing>;
  /** The categories to offer as filters. */
  categories(options?: GetOptions): Promise<Category[]>;
  /** How complete the feed is and what reading it lost: a whole static file, or an API's first pages. */
  coverage(options?: CoverageOptions): Promise<CoverageReport>;
}

const uniqueStrings = (values: readonly string[] | undefined): string[] | undefined => {
  const unique = [...new Set((values ?? []).map((v) => String(v).trim()).filter(Boolean))];
  return unique.length ? unique : undefined;
};

/** Validates a search and fills in defaults; the result is also the cache key's query part. */
function toFeedQuery(options: SearchOptions): FeedQuery {
  const query: FeedQuery = {
    page: wholeNumber(options.page, 1),
    pageSize: pageSizeOf(options.pageSize),
  };
  const text = options.text?.trim().replace(/\s+/g, ' ');
  if (text) query.text = text;
  const categories = uniqueStrings(options.categories);
  if (categories) query.categories = categories;
  const languages = uniqueStrings(options.languages)?.sort();
  if (languages) query.languages = languages;
  if (options.free === true) query.free = true;
  if (options.openAt && !Number.isNaN(options.openAt.getTime())) query.openAt = Math.floor(options.openAt.getTime() / 60000) * 60000;
  const near = options.near;
  if (near && 'postcode' in near) {
    const postcode = String(near.postcode).trim().toUpperCase();
    if (postcode) query.near = { postcode };
  } else if (near) {
    if (!isPlausibleCoordinate(near.latitude, near.longitude)) throw new RangeError(`near: impossible coordinates (${near.latitude}, ${near.longitude})`);
    query.near = { latitude: near.latitude, longitude: near.longitude };
  }
  if (query.near && options.radiusKm !== undefined) {
    if (!(options.radiusKm > 0)) throw new RangeError(`radiusKm must be a positive number, got ${options.radiusKm}`);
    query.radiusKm = options.radiusKm;
  }
  if (options.sort === 'relevance' || options.sort === 'name' || options.sort === 'distance') query.sort = options.sort;
  return query;
}

class Client implements ResourceDirectoryClient {
  readonly feed: string;
  readonly #options: ClientOptions;
  readonly #context: FeedContext;
  readonly #results: ResponseCache | undefined;
  /** The detected feed, shared by all calls and kept for the client's life; a failed detection is retried. */
  readonly #detection = new ResponseCache({ ttlMs: Infinity });
  readonly #hostErrors = new WeakSet<object>();

  constructor(options: ClientOptions) {
    this.feed = new URL(options.feed).href;
    this.#options = options;
    // The reader the URL suggests loads now, while the feed's first request is on its way.
    const likely = options.kind ?? likelyFeedKind(this.feed);
    if (likely === 'api' || likely === 'file') (likely === 'api' ? apiFeedModule() : fileFeedModule()).catch(() => undefined);
    const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#context = {
      url: this.feed,
      request: (url, { signal, maxBytes, parse, headers, noContent }) =>
        fetchJson(url, {
          fetch,
          headers: headers ? { ...options.headers, ...headers } : options.headers,
          noContent,
          timeoutMs: options.timeoutMs ?? 10_000,
          retries: options.retries ?? 2,
          maxBytes,
          signal,
          parse,
          claimEarly: !options.fetch && !options.headers && !headers,
        }),
      ...(!options.fetch && {
        workerRequests: { headers: options.headers, timeoutMs: options.timeoutMs ?? 10_000, retries: options.retries ?? 2 },
      }),
      maxBytes: options.maxBytes,
      concurrency: wholeNumber(options.concurrency, 4),
      geocode: options.geocode && this.#passThrough(options.geocode),
      maxRecords: wholeNumber(options.maxRecords, 2000),
      maxDetailRequests: wholeNumber(options.maxDetailRequests, 200),
      understand: async (text) => {
        const vocabulary = await this.#vocabulary();
        return vocabulary ? vocabulary.understand(text) : literally(searchWords(text));
      },
      knownWords: () => this.#vocabularyLoaded?.words() ?? [],
    };
    this.#results = options.cache === false ? undefined : new ResponseCache(options.cache);
  }

  #loadingVocabulary: Promise<LoadedVocabulary | undefined> | undefined;
  #vocabularyLoaded: LoadedVocabulary | undefined;

  /** The vocabulary chunk, loaded on the first text search; undefined when turned off or unloadable. */
  #vocabulary(): Promise<LoadedVocabulary | undefined> {
    const extra = this.#options.vocabulary;
    if (extra === false) return Promise.resolve(undefined);
    this.#loadingVocabulary ??= import('./search/vocabulary/index.js').then(
      ({ loadVocabulary }) => (this.#vocabularyLoaded = loadVocabulary(extra)),
      () => {
        this.#loadingVocabulary = undefined; // try again next time: the chunk may load once back online
        return undefined;
      },
    );
    return this.#loadingVocabulary;
  }

  async #feed(signal?: AbortSignal): Promise<Feed> {
    const detect = async (detectSignal: AbortSignal): Promise<Feed> => {
      const kind = this.#options.kind ?? adapterKind(this.feed);
      // The national sources' adapters are chunks of their own: an HSDS feed never loads them.
      if (kind === 'ndp') return new (await import('./feeds/adapters/ndp-feed.js')).NdpFeed(this.#context, this.feed);
      if (kind === 'findtreatment') return new (await import('./feeds/adapters/findtreatment-feed.js')).FindTreatmentFeed(this.#context, this.feed);
      const detected = await detectFeed(this.#context, kind, detectSignal);
      return detected.kind === 'api'
        ? new (await apiFeedModule()).ApiFeed(this.#context, detected.base, detected.root ?? (this.#options.kind === 'api' ? undefined : null), this.#options.cache ?? {})
        : new (await fileFeedModule()).FileFeed(this.#context, detected.url, detected.body, this.#options.cache ?? {});
    };
    return (await this.#detection.get('feed', detect, { signal })).value;
  }

  /** The page's own geocoder, whose errors are the page's to read: passed through, never wrapped. */
  #passThrough(geocode: Geocoder): Geocoder {
    return async (postcode, options) => {
      try {
        return await geocode(postcode, options);
      } catch (error) {
        if (typeof error === 'object' && error !== null) this.#hostErrors.add(error);
        throw error;
      }
    };
  }

  /** Through the result cache (keyed by feed URL and the normalized request), or straight through. */
  async #cached<T>(key: unknown[], load: (signal?: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<{ value: T; stale: boolean }> {
    try {
      if (!this.#results) return { value: await load(signal), stale: false };
      return await this.#results.get(JSON.stringify([this.feed, ...key]), load, { signal, serveStaleOn: isFeedDown });
    } catch (error) {
      throw this.#typed(error, signal);
    }
  }

  /**
   * Our typed error for anything feed data still managed to raise (a RangeError, a TypeError): the caller
   * only ever sees the SDK's errors, a cancellation, or its own geocoder's error.
   */
  #typed(error: unknown, signal?: AbortSignal): unknown {
    const ours = isResourceDirectoryError(error) || isAbortError(error) || signal?.aborted;
    if (ours || (typeof error === 'object' && error !== null && this.#hostErrors.has(error))) return error;
    const name = error instanceof Error ? error.name : typeof error;
    return new FeedFormatError(this.feed, `unreadable data: ${name}`, { cause: error });
  }

  async info({ signal }: GetOptions = {}): Promise<FeedInfo> {
    return (await this.#cached(['info'], async (s) => (await this.#feed(s)).info(s), signal)).value;
  }

  async search({ signal, ...options }: SearchOptions = {}): Promise<SearchResult> {
    const query = toFeedQuery(options);
    const { value, stale } = await this.#cached(['search', query], async (s) => (await this.#feed(s)).search(query, s), signal);
    return stale ? { ...value, stale } : value;
  }

  async get(id: string, { signal }: GetOptions = {}): Promise<Listing> {
    return (await this.#cached(['get', String(id)], async (s) => (await this.#feed(s)).get(String(id), s), signal)).value;
  }

  async categories({ signal }: GetOptions = {}): Promise<Category[]> {
    const categories = async (s?: AbortSignal) => {
      const needs = import('./search/category-need.js');
      needs.catch(() => undefined); // unused when the feed has no categories
      const found = await (await this.#feed(s)).categories(s);
      // A feed without categories says so at once: the directory stops holding the tiles' place.
      return found.length ? (await needs).withNeeds(found) : found;
    };
    return (await this.#cached(['categories'], categories, signal)).value;
  }

  async coverage(options: CoverageOptions = {}): Promise<CoverageReport> {
    const { signal } = options;
    try {
      const [feed, { kind }] = await Promise.all([this.#feed(signal), this.info({ signal })]);
      // A file's many pages come straight from the feed: in the result cache they would push visitors' searches out.
      // An API's are asked as <resource-directory> asks its first page (in relevance order, its order without a
      // place), so the page it has just shown comes from the cache instead of the API again.
      const searchPage = (page: number, pageSize: number) =>
        kind === 'file' ? feed.search(toFeedQuery({ page, pageSize }), signal) : this.search({ page, pageSize, sort: 'relevance', signal });
      return await (await import('./coverage-sample.js')).sampleCoverage(searchPage, kind, options);
    } catch (error) {
      throw this.#typed(error, signal);
    }
  }
}

/**
 * A client for one HSDS feed, API or static file (found out on first use). Results are normalized
 * listings; failures are typed errors (errors.ts); a cancelled call rejects with its signal's reason.
 */
export function createClient(options: ClientOptions): ResourceDirectoryClient {
  return new Client(options);
}
