import { ResponseCache, type CacheOptions, type Cached } from '../cache.js';
import { NotFoundError } from '../errors.js';
import type { Category, Listing, SearchResult } from '../model.js';
import { wordsFoundNothing } from '../search/words-found-nothing.js';
import { isFeedDown } from '../type-guards.js';
import { FILE_MAX_BYTES } from './detect.js';
import type { Feed, FeedContext, FeedInfo, FeedQuery } from './feed.js';
import type { OpenFile } from './loaded-file.js';
import { canUseWorker, WorkerFile } from './worker-file.js';

/**
 * A static HSDS file (JSON, or tabular: a data package, a zip, CSV tables): fetched, normalized and
 * searched in a module Web Worker where one can run, else on the main thread in slices that let the page
 * breathe. The loaded file is kept for the cache's TTL, `cache: false` included (see ClientOptions.cache).
 */
export class FileFeed implements Feed {
  readonly #url: string;
  readonly #context: FeedContext;
  readonly #cache: ResponseCache;
  /** The body fetched while detecting the feed kind, used for the first load. */
  #body: unknown;
  /** The file the cache holds now, closed when a reload replaces it. */
  #current: OpenFile | undefined;

  constructor(context: FeedContext, url: string, body: unknown, cache: CacheOptions | false) {
    this.#context = context;
    this.#url = url;
    this.#body = body;
    // In memory only (a parsed file can be far too large for browser storage), and kept even without a
    // result cache: `cache: false` must not mean reading the whole file again for every search.
    this.#cache = new ResponseCache(cache === false ? {} : { ttlMs: cache.ttlMs, staleMs: cache.staleMs });
  }

  #load(signal?: AbortSignal): Promise<Cached<OpenFile>> {
    return this.#cache.get('file', (loadSignal) => this.#open(loadSignal), { signal, serveStaleOn: isFeedDown });
  }

  async #open(signal: AbortSignal): Promise<OpenFile> {
    const maxBytes = this.#context.maxBytes ?? FILE_MAX_BYTES;
    const body = this.#body;
    this.#body = undefined;
    const settings = this.#context.workerRequests;
    // A body already parsed here would cost as much to copy to a worker as to normalize in slices.
    const inWorker =
      body === undefined && settings && canUseWorker()
        ? await WorkerFile.open(
            { type: 'open', url: this.#url, feedUrl: this.#context.url, maxBytes, concurrency: this.#context.concurrency, settings },
            signal,
          )
        : undefined;
    const file =
      inWorker ??
      // Read here only where no worker can (or a body was already parsed): the normalizer loads with it.
      (await (await import('./loaded-file.js')).readFile(
        { url: this.#url, feedUrl: this.#context.url, request: this.#context.request, maxBytes, concurrency: this.#context.concurrency, body },
        signal,
      ));
    this.#current?.close();
    this.#current = file;
    return file;
  }

  async info(signal?: AbortSignal): Promise<FeedInfo> {
    const { value } = await this.#load(signal);
    return { kind: 'file', version: value.version };
  }

  async search(query: FeedQuery, signal?: AbortSignal): Promise<SearchResult> {
    const { near, page, pageSize } = query;
    const geocoded = near && 'postcode' in near ? await this.#context.geocode?.(near.postcode, { signal }) : undefined;
    const understood = query.text ? await this.#context.understand(query.text) : undefined;
    const { value: file, stale } = await this.#load(signal);
    const { items, total, issues, respelled } = await file.search(query, geocoded, understood);
    const result: SearchResult = { items, total, page, pageSize, totalPages: Math.ceil(total / pageSize), issues, ...(stale && { stale }) };
    if (understood && wordsFoundNothing(result)) {
      result.suggestions = (await import('../search/suggest.js')).suggest(understood, { respelled, knownWords: this.#context.knownWords(), categories: await file.categories() });
    }
    return result;
  }

  async get(id: string, signal?: AbortSignal): Promise<Listing> {
    const listing = await (await this.#load(signal)).value.get(id);
    if (!listing) throw new NotFoundError(id, this.#context.url);
    return listing;
  }

  async categories(signal?: AbortSignal): Promise<Category[]> {
    return (await this.#load(signal)).value.categories();
  }
}
