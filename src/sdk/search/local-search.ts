import { haversineKm, type Coordinates } from '../geo.js';
import type { Category, Listing } from '../model.js';
import { openingStatus } from '../hours/opening-status.js';
import { languageKey } from '../normalize/languages.js';
import { fold, wordsOf } from './fold.js';

/**
 * How results are ordered: `relevance` (text matches in the name first, then feed order), `name`, or
 * `distance` from the search point (unknown distances last). Default: `distance` with a point, else `relevance`.
 */
export type SearchSort = 'relevance' | 'name' | 'distance';

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export interface LocalQuery {
  text?: string;
  /** Every one must match a category id or code. */
  categories?: readonly string[];
  /** Any one must match a language code or name ("es", "spa" and "Spanish" are the same). */
  languages?: readonly string[];
  /** Only listings known to be free. */
  free?: boolean;
  /** Only listings open at this instant (epoch milliseconds). */
  openAt?: number;
  point?: Coordinates;
  radiusKm?: number;
  sort?: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
}

interface Entry {
  listing: Listing;
  nameText: string;
  points: Coordinates[];
}

/** Adds `index` to the posting list of `key` (indexes arrive in ascending order). */
function post(postings: Map<string, number[]>, key: string, index: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

const freeze = (postings: Map<string, number[]>): Map<string, Int32Array> =>
  new Map([...postings].map(([key, list]) => [key, Int32Array.from(list)]));

/** The first index in a sorted array whose value is not less than `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const postcodeKey = (postcode: string): string => postcode.toUpperCase().replace(/[^A-Z\d]/g, '');
// UK outward code ("AB1 2CD" → "AB1") or US ZIP5 ("12345-6789" → "12345"): the area around a postcode.
const postcodeArea = (key: string): string => (/^\d{5}/.test(key) ? key.slice(0, 5) : key.length > 4 ? key.slice(0, -3) : key);

/** What an index folds and collects from its listings. */
interface Collected {
  entries: Entry[];
  words: Map<string, number[]>;
  categories: Map<string, number[]>;
  languages: Map<string, number[]>;
}

/** Folds and collects each listing in turn, pausing after each, so the work can be sliced. */
function* collect(listings: readonly Listing[]): Generator<void, Collected> {
  const collected: Collected = { entries: [], words: new Map(), categories: new Map(), languages: new Map() };
  const { words, categories, languages } = collected;
  for (const [index, listing] of listings.entries()) {
    for (const c of listing.categories) {
      post(categories, fold(c.id), index);
      if (c.code) post(categories, fold(c.code), index);
    }
    for (const l of listing.languages) {
      if (l.code) post(languages, languageKey(l.code), index);
      if (l.name) post(languages, languageKey(l.name), index);
    }
    const nameText = fold(`${listing.name} ${listing.alternateName ?? ''} ${listing.organization?.name ?? ''}`);
    const text = `${nameText} ${fold(listing.categories.map((c) => c.name).join(' '))} ${fold(listing.description)}`;
    for (const word of wordsOf(text)) post(words, word, index);
    collected.entries.push({
      listing,
      nameText,
      points: listing.locations.flatMap((l) =>
        l.latitude === undefined || l.longitude === undefined ? [] : [{ latitude: l.latitude, longitude: l.longitude }],
      ),
    });
    yield;
  }
  return collected;
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Client-side search over a static feed; everything a query needs is folded and collected once. */
export class SearchIndex {
  readonly #entries: Entry[];
  /** Every distinct word of the listings' texts, sorted, so the words starting with a prefix are adjacent. */
  readonly #words: string[];
  /** For each word in #words, the listings whose text holds it, in ascending order. */
  readonly #postings: Int32Array[];
  /** Listings by folded category id and code, and by language key. */
  readonly #byCategory: Map<string, Int32Array>;
  readonly #byLanguage: Map<string, Int32Array>;

  constructor(listings: readonly Listing[], collected: Collected = drain(collect(listings))) {
    this.#entries = collected.entries;
    this.#words = [...collected.words.keys()].sort();
    this.#postings = this.#words.map((word) => Int32Array.from(collected.words.get(word)!));
    this.#byCategory = freeze(collected.categories);
    this.#byLanguage = freeze(collected.languages);
  }

  /**
   * The same index, built a listing at a time: `pause()` returns a promise when the caller wants to yield
   * to the event loop (a large file indexed on the main thread), undefined to go on.
   */
  static async inSlices(listings: readonly Listing[], pause: () => Promise<void> | undefined): Promise<SearchIndex> {
    const steps = collect(listings);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return new SearchIndex(listings, step.value);
      await pause();
    }
  }

  /** Marks the listings in any of the posting lists, keeping only those already marked in `within`. */
  #mark(lists: readonly (Int32Array | undefined)[], within: Uint8Array | undefined): Uint8Array {
    const found = new Uint8Array(this.#entries.length);
    for (const list of lists) if (list) for (const entry of list) if (!within || within[entry]) found[entry] = 1;
    return found;
  }

  /**
   * Which listings have, for every query word, a word starting with it (1 = yes); undefined when the query
   * has no words. Prefixes make "pantr" find "pantry" while typing.
   */
  #textMatches(queryWords: readonly string[]): Uint8Array | undefined {
    let matches: Uint8Array | undefined;
    for (const prefix of queryWords) {
      const lists: Int32Array[] = [];
      for (let i = lowerBound(this.#words, prefix); i < this.#words.length && this.#words[i]!.startsWith(prefix); i++) {
        lists.push(this.#postings[i]!);
      }
      matches = this.#mark(lists, matches);
    }
    return matches;
  }

  search(query: LocalQuery): { items: Listing[]; total: number } {
    const words = query.text ? wordsOf(fold(query.text)) : [];
    const categories = (query.categories ?? []).map(fold);
    const languages = (query.languages ?? []).map(languageKey);
    const { point, radiusKm } = query;
    const openAt = query.openAt === undefined ? undefined : new Date(query.openAt);
    // Every category must match (each narrows the set); any one language will do.
    let candidates = this.#textMatches(words);
    for (const category of categories) candidates = this.#mark([this.#byCategory.get(category)], candidates);
    if (languages.length) candidates = this.#mark(languages.map((l) => this.#byLanguage.get(l)), candidates);
    const count = this.#entries.length;
    // Parallel typed arrays rather than an object per match: a query may match every listing.
    const matched = new Int32Array(count);
    const distances = new Float64Array(count).fill(Infinity);
    const ranks = new Uint8Array(count);
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (candidates && !candidates[i]) continue;
      const entry = this.#entries[i]!;
      if (query.free && entry.listing.free !== true) continue;
      if (openAt && openingStatus(entry.listing, openAt).state !== 'open') continue;
      if (point) {
        for (const p of entry.points) distances[i] = Math.min(distances[i]!, haversineKm(point, p));
        if (radiusKm !== undefined && !(distances[i]! <= radiusKm)) continue;
      }
      // Listings whose name holds more of the words come first; otherwise feed order is kept.
      for (const word of words) if (entry.nameText.includes(word)) ranks[i]++;
      matched[total++] = i;
    }
    const order = matched.subarray(0, total);
    const sort = query.sort ?? (point ? 'distance' : 'relevance');
    const byRelevance = (a: number, b: number): number => ranks[b]! - ranks[a]! || a - b;
    if (sort === 'name') order.sort((a, b) => byName.compare(this.#entries[a]!.listing.name, this.#entries[b]!.listing.name) || a - b);
    // Infinity - Infinity is NaN, which falls through to relevance: unknown distances stay last, in order.
    else if (sort === 'distance' && point) order.sort((a, b) => distances[a]! - distances[b]! || byRelevance(a, b));
    else if (words.length) order.sort(byRelevance);
    const start = (query.page - 1) * query.pageSize;
    const items = Array.from(order.subarray(start, start + query.pageSize), (i) => {
      const listing = this.#entries[i]!.listing;
      return point && Number.isFinite(distances[i]) ? withDistances(listing, point, distances[i]) : listing;
    });
    return { items, total };
  }

  /** The categories in use, most used first, for filter chips. */
  categories(): Category[] {
    const counts = new Map<string, { category: Category; count: number }>();
    for (const { listing } of this.#entries) {
      for (const category of listing.categories) {
        const seen = counts.get(category.id);
        if (seen) seen.count++;
        else counts.set(category.id, { category, count: 1 });
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.category.name.localeCompare(b.category.name)).map((c) => c.category);
  }

  /** Where a postcode is, judged from the feed's own addresses: those with that postcode, else its area. */
  postcodePoint(postcode: string): Coordinates | undefined {
    const key = postcodeKey(postcode);
    if (!key) return undefined;
    const exact: Coordinates[] = [];
    const area: Coordinates[] = [];
    for (const { listing } of this.#entries) {
      for (const l of listing.locations) {
        if (l.latitude === undefined || l.longitude === undefined || !l.address?.postalCode) continue;
        const other = postcodeKey(l.address.postalCode);
        if (other === key) exact.push({ latitude: l.latitude, longitude: l.longitude });
        else if (postcodeArea(other) === postcodeArea(key)) area.push({ latitude: l.latitude, longitude: l.longitude });
      }
    }
    const points = exact.length ? exact : area;
    if (!points.length) return undefined;
    return {
      latitude: points.reduce((sum, p) => sum + p.latitude, 0) / points.length,
      longitude: points.reduce((sum, p) => sum + p.longitude, 0) / points.length,
    };
  }
}

/** A copy of the listing with distances filled in (cached listings are never changed). */
export function withDistances(listing: Listing, point: Coordinates, distanceKm?: number): Listing {
  const locations = listing.locations.map((l) =>
    l.latitude === undefined || l.longitude === undefined ? l : { ...l, distanceKm: haversineKm(point, { latitude: l.latitude, longitude: l.longitude }) },
  );
  const nearest = distanceKm ?? Math.min(...locations.map((l) => l.distanceKm ?? Infinity));
  return Number.isFinite(nearest) ? { ...listing, locations, distanceKm: nearest } : { ...listing, locations };
}
