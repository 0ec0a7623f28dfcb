import { haversineKm, type Coordinates } from '../geo.js';
import type { Category, Listing } from '../model.js';
import { openingStatus } from '../hours/opening-status.js';
import { languageKey } from '../normalize/languages.js';
import { fold } from '../util/fold.js';
import { filedUnder } from './need-match.js';
import { postcodeArea, postcodeKey } from './postcode-area.js';
import { searchWords, UNSPACED } from './search-words.js';
import { closestWord } from './spelling.js';
import { allOf, FIELD_BOOSTS, NAMING_FIELDS, TextIndex } from './text-index.js';
import { literally, type NeedQuery, type TextClause, type UnderstoodText } from './understood-text.js';

/**
 * How results are ordered: `relevance` (text matches in the name first, then feed order), `name`, or
 * `distance` from the search point (unknown distances last). Default: `distance` with a point, else `relevance`.
 */
export type SearchSort = 'relevance' | 'name' | 'distance';

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export interface LocalQuery {
  /** Taken word by word, unless `understood` says more. */
  text?: string;
  /** The text as the vocabulary understood it. */
  understood?: UnderstoodText;
  /** Ids of listings a server's own search found for the text: they match it, if last among equals. */
  textMatched?: ReadonlySet<string>;
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
  points: Coordinates[];
  /** The folded name: equals in relevance go by it, cheaply and alike in every index of the same listings. */
  sortName: string;
}

/** Adds `index` to the posting list of `key` (indexes arrive in ascending order). */
function post(postings: Map<string, number[]>, key: string, index: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

const freeze = (postings: Map<string, number[]>): Map<string, Int32Array> =>
  new Map([...postings].map(([key, list]) => [key, Int32Array.from(list)]));

/** Services that speak of a need in their own words count for less than those that use the visitor's. */
const NEED_WORDS_WEIGHT = 0.5;
/** What being filed under a need adds to a listing's score: a category match. */
const FILED_UNDER_SCORE = FIELD_BOOSTS.categories;
/** Clauses' scores kept for the next pages of the same search. */
const REMEMBERED_CLAUSES = 16;

/** What an index folds and collects from its listings. */
interface Collected {
  entries: Entry[];
  text: TextIndex;
  categories: Map<string, number[]>;
  categoryById: Map<string, Category>;
  languages: Map<string, number[]>;
}

/** Folds and collects each listing in turn, pausing after each, so the work can be sliced. */
function* collect(listings: readonly Listing[]): Generator<void, Collected> {
  const collected: Collected = {
    entries: [],
    text: new TextIndex(),
    categories: new Map(),
    categoryById: new Map(),
    languages: new Map(),
  };
  const { categories, categoryById, languages } = collected;
  for (const [index, listing] of listings.entries()) {
    for (const c of listing.categories) {
      post(categories, fold(c.id), index);
      if (c.code) post(categories, fold(c.code), index);
      if (!categoryById.has(c.id)) categoryById.set(c.id, c);
    }
    for (const l of listing.languages) {
      if (l.code) post(languages, languageKey(l.code), index);
      if (l.name) post(languages, languageKey(l.name), index);
    }
    collected.text.add(index, {
      name: `${listing.name} ${listing.alternateName ?? ''}`,
      categories: listing.categories.map((c) => c.name).join(' '),
      organization: listing.organization?.name ?? '',
      description: listing.description,
    });
    collected.entries.push({
      listing,
      sortName: fold(listing.name),
      points: listing.locations.flatMap((l) =>
        l.latitude === undefined || l.longitude === undefined ? [] : [{ latitude: l.latitude, longitude: l.longitude }],
      ),
    });
    yield;
  }
  collected.text.freeze();
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
  readonly #text: TextIndex;
  /** Listings by folded category id and code, and by language key. */
  readonly #byCategory: Map<string, Int32Array>;
  readonly #categoryById: Map<string, Category>;
  readonly #byLanguage: Map<string, Int32Array>;
  readonly #clauseScores = new Map<string, Float64Array>();

  constructor(listings: readonly Listing[], collected: Collected = drain(collect(listings))) {
    this.#entries = collected.entries;
    this.#text = collected.text;
    this.#byCategory = freeze(collected.categories);
    this.#categoryById = collected.categoryById;
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

  /** Listings filed under a need, by the feed's categories that match it. */
  #filedUnder(need: NeedQuery): Int32Array[] {
    const lists: Int32Array[] = [];
    for (const category of this.#categoryById.values()) {
      if (filedUnder(category, need)) lists.push(this.#byCategory.get(fold(category.id))!);
    }
    return lists;
  }

  /**
   * Each listing's text score, 0 where some clause does not match; undefined when the text has no clauses.
   */
  #textScores(text: UnderstoodText): Float64Array | undefined {
    const { clauses } = text;
    if (!clauses.length) return undefined;
    const scores = clauses.map((clause, c) => this.#scoreClause(clause, c === clauses.length - 1));
    return allOf(scores, this.#entries.length);
  }

  /**
   * A clause matches by its words (word forms, typos, the last word typed as a prefix) or by any of its
   * needs: filed under one, or naming one in its own words. Needs read from typos are set aside when the
   * listings hold one of those words whole ("feeling" is not "feeding"). Remembered for the next pages.
   */
  #scoreClause(clause: TextClause, typing: boolean): Float64Array {
    const key = JSON.stringify([clause, typing]);
    const remembered = this.#clauseScores.get(key);
    if (remembered) return remembered;
    const count = this.#entries.length;
    const words = clause.words.map((word, w) => this.#text.matchWord(word, { typing: typing && w === clause.words.length - 1, known: clause.known }));
    const scores = allOf(words, count);
    const needs = clause.typos?.some((word) => this.#text.holds(word)) ? [] : clause.needs;
    for (const need of needs) {
      for (const list of this.#filedUnder(need)) for (const i of list) scores[i] += FILED_UNDER_SCORE;
      const spoken = this.#needWords(need.terms);
      for (let i = 0; i < count; i++) scores[i] += NEED_WORDS_WEIGHT * spoken[i]!;
    }
    if (this.#clauseScores.size >= REMEMBERED_CLAUSES) this.#clauseScores.delete(this.#clauseScores.keys().next().value!);
    this.#clauseScores.set(key, scores);
    return scores;
  }

  /** Scores with the listings a server's own search found counted in, last among matches. */
  #withServerMatches(scores: Float64Array | undefined, textMatched: ReadonlySet<string> | undefined): Float64Array | undefined {
    if (!scores || !textMatched) return scores;
    const counted = scores.slice(); // the clauses' own scores are remembered for later pages
    this.#entries.forEach((entry, i) => {
      if (!counted[i] && textMatched.has(entry.listing.id)) counted[i] = Number.MIN_VALUE;
    });
    return counted;
  }

  #byName: { ranks: Int32Array; indexes: Int32Array } | undefined;

  /**
   * Listings equal in the order asked go by id: alike in every index of the same listings, which their place
   * in this one is not (an API's pulled selection comes in the server's order, not the file's).
   */
  #byId(a: number, b: number): number {
    const first = this.#entries[a]!.listing.id;
    const second = this.#entries[b]!.listing.id;
    return first < second ? -1 : first > second ? 1 : a - b;
  }

  /** Each listing's place in the order of folded names (ties by id), and who is at each place: worked out once. */
  #nameOrder(): { ranks: Int32Array; indexes: Int32Array } {
    if (!this.#byName) {
      const entries = this.#entries;
      const indexes = Int32Array.from(entries.keys()).sort((a, b) => (entries[a]!.sortName < entries[b]!.sortName ? -1 : entries[a]!.sortName > entries[b]!.sortName ? 1 : this.#byId(a, b)));
      const ranks = new Int32Array(entries.length);
      indexes.forEach((index, rank) => (ranks[index] = rank));
      this.#byName = { ranks, indexes };
    }
    return this.#byName;
  }

  /**
   * Sorts listing indexes by score, best first, then by name: as one number per listing (scores are
   * multiples of a quarter), sorted natively, which is many times faster than a comparator on 10,000 matches.
   */
  #orderByRelevance(order: Int32Array, scores: Float64Array): void {
    const { ranks, indexes: byRank } = this.#nameOrder();
    const slots = 2 ** Math.ceil(Math.log2(ranks.length + 1));
    let best = 0;
    for (const index of order) best = Math.max(best, scores[index]!);
    const keys = Float64Array.from(order, (index) => (Math.round(best * 4) - Math.round(scores[index]! * 4)) * slots + ranks[index]!);
    keys.sort();
    keys.forEach((key, i) => (order[i] = byRank[key % slots]!));
  }

  readonly #needScores = new Map<string, Float64Array>();

  /** Listings naming a need in its own words (name, categories, organization): the best entry's score. Remembered. */
  #needWords(terms: readonly string[]): Float64Array {
    const key = terms.join('\n');
    const known = this.#needScores.get(key);
    if (known) return known;
    const best = new Float64Array(this.#entries.length);
    for (const term of terms) {
      const prefix = term.endsWith('*');
      const words = searchWords(prefix ? term.slice(0, -1) : term);
      if (!words.length) continue;
      const scores = allOf(words.map((word, i) => this.#text.matchExactly(word, prefix && i === words.length - 1, NAMING_FIELDS)), best.length);
      for (let i = 0; i < best.length; i++) if (scores[i]! > best[i]!) best[i] = scores[i]!;
    }
    if (this.#needScores.size >= REMEMBERED_CLAUSES) this.#needScores.delete(this.#needScores.keys().next().value!);
    this.#needScores.set(key, best);
    return best;
  }

  search(query: LocalQuery): { items: Listing[]; total: number } {
    const text = query.understood ?? (query.text ? literally(searchWords(query.text)) : undefined);
    const categories = (query.categories ?? []).map(fold);
    const languages = (query.languages ?? []).map(languageKey);
    const { point, radiusKm } = query;
    const openAt = query.openAt === undefined ? undefined : new Date(query.openAt);
    const scores = text && this.#withServerMatches(this.#textScores(text), query.textMatched);
    // Every category must match (each narrows the set); any one language will do.
    let candidates: Uint8Array | undefined;
    for (const category of categories) candidates = this.#mark([this.#byCategory.get(category)], candidates);
    if (languages.length) candidates = this.#mark(languages.map((l) => this.#byLanguage.get(l)), candidates);
    const count = this.#entries.length;
    // Parallel typed arrays rather than an object per match: a query may match every listing.
    const matched = new Int32Array(count);
    const distances = new Float64Array(count).fill(Infinity);
    let total = 0;
    for (let i = 0; i < count; i++) {
      if ((candidates && !candidates[i]) || (scores && !scores[i])) continue;
      const entry = this.#entries[i]!;
      if (query.free && entry.listing.free !== true) continue;
      if (openAt && openingStatus(entry.listing, openAt).state !== 'open') continue;
      if (point) {
        for (const p of entry.points) distances[i] = Math.min(distances[i]!, haversineKm(point, p));
        if (radiusKm !== undefined && !(distances[i]! <= radiusKm)) continue;
      }
      matched[total++] = i;
    }
    const order = matched.subarray(0, total);
    const sort = query.sort ?? (point ? 'distance' : 'relevance');
    // Best text matches first, equals by name (an API's pulled selection is in the server's order, not the
    // file's); without a text, feed order is kept.
    const nameRanks = scores && this.#nameOrder().ranks;
    const byRelevance = (a: number, b: number): number => (scores ? scores[b]! - scores[a]! || nameRanks![a]! - nameRanks![b]! : a - b);
    if (sort === 'relevance' || (sort === 'distance' && !point)) {
      if (scores) this.#orderByRelevance(order, scores);
    } else if (sort === 'name') order.sort((a, b) => byName.compare(this.#entries[a]!.listing.name, this.#entries[b]!.listing.name) || this.#byId(a, b));
    // Infinity - Infinity is NaN, which falls through to relevance: unknown distances stay last, in order.
    else order.sort((a, b) => distances[a]! - distances[b]! || byRelevance(a, b));
    const start = (query.page - 1) * query.pageSize;
    const items = Array.from(order.subarray(start, start + query.pageSize), (i) => {
      const listing = this.#entries[i]!.listing;
      return point && Number.isFinite(distances[i]) ? withDistances(listing, point, distances[i]) : listing;
    });
    return { items, total };
  }

  /**
   * The listings' own word closest to each word of a text that found nothing ("outpatent" → "outpatient"): a
   * word they hold is its own, not a typo of another.
   */
  respell(text: UnderstoodText): Record<string, string> {
    const respelled: Record<string, string> = {};
    for (const word of text.clauses.flatMap((clause) => clause.words)) {
      if (UNSPACED.test(word)) continue;
      if (this.#text.holds(word)) {
        respelled[word] = word;
        continue;
      }
      const closest = closestWord(word, this.#text.wordOfStem.values());
      if (closest) respelled[word] = closest;
    }
    return respelled;
  }

  /** The categories in use, most used first, each with its number of services, for filter chips and tiles. */
  categories(): Category[] {
    const counts = new Map<string, { category: Category; count: number }>();
    for (const { listing } of this.#entries) {
      for (const category of listing.categories) {
        const seen = counts.get(category.id);
        if (seen) seen.count++;
        else counts.set(category.id, { category, count: 1 });
      }
    }
    return [...counts.values()]
      .sort((a, b) => b.count - a.count || a.category.name.localeCompare(b.category.name))
      .map(({ category, count }) => ({ ...category, services: count }));
  }

  /** Where a postcode is, judged from the feed's own addresses: the centre of its postcodePoints. */
  postcodePoint(postcode: string): Coordinates | undefined {
    const points = this.postcodePoints(postcode);
    if (!points.length) return undefined;
    return {
      latitude: points.reduce((sum, p) => sum + p.latitude, 0) / points.length,
      longitude: points.reduce((sum, p) => sum + p.longitude, 0) / points.length,
    };
  }

  /** The feed's own addresses that place a postcode: those with that postcode, else those in its area. */
  postcodePoints(postcode: string): Coordinates[] {
    const key = postcodeKey(postcode);
    if (!key) return [];
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
    return exact.length ? exact : area;
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
