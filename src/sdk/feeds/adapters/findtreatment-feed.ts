import { FeedFormatError, NotFoundError } from '../../errors.js';
import type { Category, Listing, SearchResult } from '../../model.js';
import { normalizeRecords } from '../../normalize/feed.js';
import { isRecord } from '../../normalize/parse-entity.js';
import { isHttpError } from '../../type-guards.js';
import { indexed, pageOfView, type PulledView } from '../pulled-view.js';
import type { Feed, FeedContext, FeedInfo, FeedQuery, SearchNear } from '../feed.js';
import { withSlash } from '../first-request.js';
import { findTreatmentService, findTreatmentUnread } from './findtreatment-record.js';

type Row = Record<string, unknown>;

const FT_MAX_BYTES = 5 * 1024 * 1024;
const PAGE_SIZE = 100;
/** Pages pulled per place and radius, nearest first: 500 facilities, more than any visitor scrolls. */
const MAX_PAGES = 5;
/** Without a radius: 25 miles, in the metres the locator takes. */
const DEFAULT_RADIUS_M = 40_234;
const KEPT_PULLS = 5;

/** The site's root, from a feed URL that may name the locator endpoint under it. */
export function findTreatmentBase(feed: string): string {
  const url = new URL(withSlash(feed));
  const root = /^(.*\/)locator\//i.exec(url.pathname)?.[1];
  if (root) url.pathname = root;
  url.search = '';
  return url.href;
}

const placeOf = (near: SearchNear): string => ('postcode' in near ? near.postcode : `"${near.latitude},${near.longitude}"`);

/**
 * FindTreatment.gov (SAMHSA's locator of mental-health and substance-use treatment), read through its public
 * `exportsAsJson` rows: it searches by place and radius only, so a place's nearest facilities are pulled (a few
 * pages) and words, categories, languages and "free" are searched among them here, as in a file.
 */
export class FindTreatmentFeed implements Feed {
  readonly #context: FeedContext;
  readonly #endpoint: string;
  /** Recent pulls by place and radius, most recent last. */
  readonly #pulls = new Map<string, Promise<PulledView>>();
  /** Settles at the first search: categories asked before it (a directory asks both at once) wait for it. */
  #markSearched!: () => void;
  readonly #searched = new Promise<void>((resolve) => (this.#markSearched = resolve));

  constructor(context: FeedContext, feed: string) {
    this.#context = context;
    this.#endpoint = new URL('locator/exportsAsJson/v2', findTreatmentBase(feed)).href;
  }

  info(): Promise<FeedInfo> {
    return Promise.resolve({ kind: 'findtreatment', version: 'exportsAsJson v2' });
  }

  async #page(near: SearchNear, radiusM: number, page: number, signal?: AbortSignal): Promise<{ rows: Row[]; totalPages: number }> {
    const url = new URL(this.#endpoint);
    const params = { sAddr: placeOf(near), limitType: '2', limitValue: String(Math.round(radiusM)), pageSize: String(PAGE_SIZE), page: String(page), sort: '0' };
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    let body: unknown;
    try {
      body = await this.#context.request(url.href, { signal, maxBytes: this.#context.maxBytes ?? FT_MAX_BYTES, noContent: true });
    } catch (error) {
      if (isHttpError(error) && error.status === 404) return { rows: [], totalPages: 0 }; // nothing there
      throw error;
    }
    if (body === undefined) return { rows: [], totalPages: 0 };
    if (!isRecord(body) || !Array.isArray(body.rows)) throw new FeedFormatError(url.href, 'expected FindTreatment rows ({ page, totalPages, rows })');
    const totalPages = typeof body.totalPages === 'number' && body.totalPages >= 0 ? body.totalPages : page;
    return { rows: body.rows.filter(isRecord), totalPages };
  }

  #pull(near: SearchNear, radiusM: number, signal?: AbortSignal): Promise<PulledView> {
    const key = JSON.stringify([near, radiusM]);
    const known = this.#pulls.get(key);
    if (known) {
      this.#pulls.delete(key);
      this.#pulls.set(key, known);
      return known;
    }
    const pulled = (async () => {
      const rows: Row[] = [];
      let totalPages = 1;
      for (let page = 1; page <= Math.min(totalPages, MAX_PAGES); page++) {
        const answer = await this.#page(near, radiusM, page, signal);
        rows.push(...answer.rows);
        totalPages = answer.totalPages;
        if (!answer.rows.length) break;
      }
      return indexed(rows.map(findTreatmentService), totalPages <= MAX_PAGES, this.#context.url, findTreatmentUnread(rows));
    })();
    pulled.catch(() => this.#pulls.delete(key));
    this.#pulls.set(key, pulled);
    if (this.#pulls.size > KEPT_PULLS) this.#pulls.delete(this.#pulls.keys().next().value!);
    return pulled;
  }

  async search(query: FeedQuery, signal?: AbortSignal): Promise<SearchResult> {
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize, totalPages: 0 };
    if (!query.near) {
      this.#markSearched();
      return { ...empty, issues: [{ path: 'near', message: 'FindTreatment.gov searches around a place: give a ZIP code or a position (the `near` attribute)' }] };
    }
    const pulled = this.#pull(query.near, query.radiusKm ? query.radiusKm * 1000 : DEFAULT_RADIUS_M, signal);
    this.#markSearched();
    const view = await pulled;
    const point = 'postcode' in query.near ? undefined : query.near;
    const understood = query.text ? await this.#context.understand(query.text) : undefined;
    // The locator applied the radius around the place it geocoded; around a point it is applied here too, so a
    // facility the locator measured differently is never shown outside the radius the visitor chose.
    return pageOfView(view, query, { point, understood });
  }

  /** The locator looks nothing up by id: a listing is found among the places searched so far. */
  async get(id: string, signal?: AbortSignal): Promise<Listing> {
    for (const pull of [...this.#pulls.values()].reverse()) {
      signal?.throwIfAborted();
      const records = (await pull.catch(() => undefined))?.recordsById.get(id);
      const [listing] = records ? normalizeRecords(records, this.#context.url).listings : [];
      if (listing) return listing;
    }
    throw new NotFoundError(id, this.#context.url);
  }

  /**
   * The categories of the facilities around the last place searched, most used first: the locator lists none of
   * its own. Asked before the first search, they wait for it (none when it had no place).
   */
  async categories(): Promise<Category[]> {
    await this.#searched;
    const last = [...this.#pulls.values()].at(-1);
    const view = await last?.catch(() => undefined);
    return view?.index.categories() ?? [];
  }
}
