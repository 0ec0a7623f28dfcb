import SearchableMap from 'minisearch/SearchableMap';
import { startsAlike, typosAllowed } from './edit-distance.js';
import { stem } from './search-terms.js';
import { characterPairs, searchWords, UNSPACED } from './search-words.js';

/** Where a word is found, and what finding it there is worth: a name counts four times a description. */
export const FIELD_BOOSTS = { name: 4, categories: 3, organization: 2, description: 1 } as const;
export type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];
const bit = (field: Field): number => 1 << FIELDS.indexOf(field);
/** Fields a service is named in: what a need's own words are looked for in. */
export const NAMING_FIELDS = bit('name') | bit('categories') | bit('organization');
const ALL_FIELDS = (1 << FIELDS.length) - 1;
/** The best boost among the fields of each bit mask. */
const BEST_BOOST = Float64Array.from({ length: 1 << FIELDS.length }, (_, mask) =>
  Math.max(0, ...FIELDS.filter((field) => mask & bit(field)).map((field) => FIELD_BOOSTS[field])),
);
/** A word found only by its start or with a typo counts for this much of one found whole. */
const LOOSE_MATCH_WEIGHT = 0.5;

interface Postings {
  documents: Int32Array;
  /** For each document, the fields the term is in (bits in FIELDS order). */
  fields: Uint8Array;
}

/**
 * Words of every listing, stemmed, with the fields they are in. Terms are looked up in MiniSearch's radix
 * tree (exactly, within a few typos, or by prefix); the scores are ours, kept to the fields and the
 * quality of the match so they do not depend on which other listings are indexed (an API's pulled
 * selection ranks its listings as the whole file does), and summed in typed arrays, so a word matching all
 * of 10,000 listings costs no object per listing.
 */
export class TextIndex {
  readonly #terms = new SearchableMap<number>();
  readonly #building: { documents: number[]; fields: number[] }[] = [];
  #postings: Postings[] = [];
  readonly #stems = new Map<string, string>();
  /** For each stem, the first word seen with it: what a spelling suggestion shows. */
  readonly wordOfStem = new Map<string, string>();
  #size = 0;

  get size(): number {
    return this.#size;
  }

  #stem(word: string): string {
    let stemmed = this.#stems.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      this.#stems.set(word, stemmed);
      if (!this.wordOfStem.has(stemmed)) this.wordOfStem.set(stemmed, word);
    }
    return stemmed;
  }

  /**
   * What a word is indexed by: its stem (any form of it matches), and the word itself when it differs, so
   * a typo or the start of the word as typed is found too ("husing" for housing, "housi…" while typing).
   */
  #termsOf(word: string): string[] {
    if (UNSPACED.test(word)) return characterPairs(word);
    const stemmed = this.#stem(word);
    return stemmed === word ? [word] : [stemmed, word];
  }

  /** Adds a listing's fields; listings are added in ascending order. */
  add(listing: number, fields: Record<Field, string>): void {
    this.#size = listing + 1;
    for (const field of FIELDS) {
      const fieldBit = bit(field);
      for (const word of searchWords(fields[field])) {
        for (const term of this.#termsOf(word)) {
          let id = this.#terms.get(term);
          if (id === undefined) {
            id = this.#building.push({ documents: [], fields: [] }) - 1;
            this.#terms.set(term, id);
          }
          const postings = this.#building[id]!;
          const last = postings.documents.length - 1;
          if (postings.documents[last] === listing) postings.fields[last]! |= fieldBit;
          else {
            postings.documents.push(listing);
            postings.fields.push(fieldBit);
          }
        }
      }
    }
  }

  /** Turns the lists built so far into typed arrays; call once all documents are in. */
  freeze(): void {
    this.#postings = this.#building.map((p) => ({ documents: Int32Array.from(p.documents), fields: Uint8Array.from(p.fields) }));
    this.#building.length = 0;
    this.#stems.clear();
  }

  /** Raises each document's score to what one term's match is worth there. */
  #score(id: number, weight: number, fieldMask: number, into: Float64Array): void {
    const { documents, fields } = this.#postings[id]!;
    for (let i = 0; i < documents.length; i++) {
      const value = BEST_BOOST[fields[i]! & fieldMask]! * weight;
      const listing = documents[i]!;
      if (value > into[listing]!) into[listing] = value;
    }
  }

  /**
   * How well each document matches one typed word: whole (any form of it), with typos for its length unless
   * `known` (a word of the vocabulary's own), or, when `typing`, as the start of a word. Zero where it does
   * not. A word some document holds whole is a word of its own too, never a typo of another ("dental" does
   * not find "mental").
   */
  matchWord(word: string, { typing, known = false }: { typing: boolean; known?: boolean }, fieldMask = ALL_FIELDS): Float64Array {
    if (UNSPACED.test(word)) return allOf(characterPairs(word).map((pair) => this.#exact(pair, fieldMask)), this.#size);
    const scores = new Float64Array(this.#size);
    const stemmed = stem(word);
    const exact = this.#terms.get(stemmed);
    if (exact !== undefined) this.#score(exact, 1, fieldMask, scores);
    const loose = new Set<number>();
    const typos = exact === undefined && !known ? typosAllowed(word) : 0;
    if (typos) {
      for (const [term, [id]] of this.#terms.fuzzyGet(word, typos)) if (startsAlike(word, term)) loose.add(id);
      // Two letters swapped, the commonest slip, is one typo here (two edits to the radix tree).
      for (let i = 0; i + 1 < word.length; i++) {
        const id = this.#terms.get(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
        if (id !== undefined) loose.add(id);
      }
    }
    if (typing && word.length >= 3) for (const [, id] of this.#terms.atPrefix(word)) loose.add(id);
    loose.delete(exact ?? -1);
    for (const id of loose) this.#score(id, LOOSE_MATCH_WEIGHT, fieldMask, scores);
    return scores;
  }

  /** Documents holding a word, or with `prefix` a word starting so, in any of its forms: no typos. */
  matchExactly(word: string, prefix: boolean, fieldMask: number): Float64Array {
    if (UNSPACED.test(word)) return allOf(characterPairs(word).map((pair) => this.#exact(pair, fieldMask)), this.#size);
    if (!prefix) return this.#exact(stem(word), fieldMask);
    const scores = new Float64Array(this.#size);
    for (const [, id] of this.#terms.atPrefix(word)) this.#score(id, 1, fieldMask, scores);
    return scores;
  }

  #exact(term: string, fieldMask: number): Float64Array {
    const scores = new Float64Array(this.#size);
    const id = this.#terms.get(term);
    if (id !== undefined) this.#score(id, 1, fieldMask, scores);
    return scores;
  }

  /** Whether any document holds the word whole, in some form. */
  holds(word: string): boolean {
    return this.#terms.has(stem(word));
  }
}

/** Documents matching every list, with the sum of their scores; zero elsewhere (a single list is returned as is). */
export function allOf(lists: readonly Float64Array[], size: number): Float64Array {
  if (lists.length === 1) return lists[0]!;
  const total = new Float64Array(size);
  if (!lists.length) return total;
  for (let i = 0; i < size; i++) {
    let sum = 0;
    for (const list of lists) {
      if (!list[i]) {
        sum = 0;
        break;
      }
      sum += list[i]!;
    }
    total[i] = sum;
  }
  return total;
}
