import { haversineKm, type Coordinates } from '../geo.js';
import type { Category, Listing } from '../model.js';
import { languageKey } from '../normalize/languages.js';
import { fold, wordsOf } from './fold.js';

export interface LocalQuery {
  text?: string;
  /** Every one must match a category id or code. */
  categories?: readonly string[];
  /** Any one must match a language code or name ("es", "spa" and "Spanish" are the same). */
  languages?: readonly string[];
  /** Only listings known to be free. */
  free?: boolean;
  point?: Coordinates;
  radiusKm?: number;
  /** 1-based. */
  page: number;
  pageSize: number;
}

interface Entry {
  listing: Listing;
  nameText: string;
  categories: Set<string>;
  languages: Set<string>;
  points: Coordinates[];
}

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

/** Client-side search over a static feed; everything a query needs is folded and collected once. */
export class SearchIndex {
  readonly #entries: Entry[];
  /** Every distinct word of the listings' texts, sorted, so the words starting with a prefix are adjacent. */
  readonly #words: string[];
  /** For each word in #words, the listings whose text holds it, in ascending order. */
  readonly #postings: Int32Array[];

  constructor(listings: readonly Listing[]) {
    const postings = new Map<string, number[]>();
    this.#entries = listings.map((listing, index) => {
      const categories = new Set<string>();
      for (const c of listing.categories) {
        categories.add(fold(c.id));
        if (c.code) categories.add(fold(c.code));
      }
      const nameText = fold(`${listing.name} ${listing.alternateName ?? ''} ${listing.organization?.name ?? ''}`);
      const text = `${nameText} ${fold(listing.categories.map((c) => c.name).join(' '))} ${fold(listing.description)}`;
      for (const word of wordsOf(text)) {
        const list = postings.get(word);
        if (!list) postings.set(word, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
      return {
        listing,
        nameText,
        categories,
        languages: new Set(listing.languages.flatMap((l) => [l.code, l.name].filter((v) => v !== undefined).map(languageKey))),
        points: listing.locations.flatMap((l) =>
          l.latitude === undefined || l.longitude === undefined ? [] : [{ latitude: l.latitude, longitude: l.longitude }],
        ),
      };
    });
    this.#words = [...postings.keys()].sort();
    this.#postings = this.#words.map((word) => Int32Array.from(postings.get(word)!));
  }

  /**
   * Which listings have, for every query word, a word starting with it (1 = yes); undefined when the query
   * has no words. Prefixes make "pantr" find "pantry" while typing.
   */
  #textMatches(queryWords: readonly string[]): Uint8Array | undefined {
    if (!queryWords.length) return undefined;
    let matches: Uint8Array | undefined;
    for (const prefix of queryWords) {
      const found = new Uint8Array(this.#entries.length);
      for (let i = lowerBound(this.#words, prefix); i < this.#words.length && this.#words[i]!.startsWith(prefix); i++) {
        for (const entry of this.#postings[i]!) if (!matches || matches[entry]) found[entry] = 1;
      }
      matches = found;
    }
    return matches;
  }

  search(query: LocalQuery): { items: Listing[]; total: number } {
    const words = query.text ? wordsOf(fold(query.text)) : [];
    const categories = (query.categories ?? []).map(fold);
    const languages = (query.languages ?? []).map(languageKey);
    const { point, radiusKm } = query;
    const textMatches = this.#textMatches(words);
    const matches: { entry: Entry; rank: number; distance?: number }[] = [];
    for (let i = 0; i < this.#entries.length; i++) {
      const entry = this.#entries[i]!;
      if (textMatches && !textMatches[i]) continue;
      if (query.free && entry.listing.free !== true) continue;
      if (!categories.every((c) => entry.categories.has(c))) continue;
      if (languages.length && !languages.some((l) => entry.languages.has(l))) continue;
      let distance: number | undefined;
      if (point) {
        for (const p of entry.points) distance = Math.min(distance ?? Infinity, haversineKm(point, p));
        if (radiusKm !== undefined && (distance === undefined || distance > radiusKm)) continue;
      }
      // Listings whose name holds more of the words come first; otherwise feed order is kept.
      const rank = words.length ? words.filter((word) => entry.nameText.includes(word)).length : 0;
      matches.push({ entry, rank, distance });
    }
    if (point) matches.sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || b.rank - a.rank);
    else if (words.length) matches.sort((a, b) => b.rank - a.rank);
    const start = (query.page - 1) * query.pageSize;
    const items = matches.slice(start, start + query.pageSize).map(({ entry, distance }) =>
      distance === undefined || !point ? entry.listing : withDistances(entry.listing, point, distance),
    );
    return { items, total: matches.length };
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
