// Stems: what the index and the needs' names are compared by. Apart from search-words.ts so that the
// stemmer is loaded only by what indexes or matches needs, not by every caller of searchWords.
import { stemmer } from 'stemmer';
import { characterPairs, searchWords, UNSPACED } from './search-words.js';

const LATIN = /^[a-z]+$/;

/**
 * One form for an English word's inflections (pantry/pantries, evict/eviction, counselor/counseling/
 * counselling): Porter's stemmer, then an agent's "-or" and a doubled final "l" taken off. Words in other
 * scripts, and short ones, are kept as they are; other languages' forms come from the vocabulary.
 */
export function stem(word: string): string {
  if (word.length < 4 || !LATIN.test(word)) return word;
  let stemmed = stemmer(word);
  if (stemmed.length >= 7 && stemmed.endsWith('or')) stemmed = stemmed.slice(0, -2);
  return stemmed.length > 4 && stemmed.endsWith('ll') ? stemmed.slice(0, -1) : stemmed;
}

/** The terms a text is indexed and searched by: stems, and pairs of characters for unspaced scripts. */
export const searchTerms = (text: string): string[] =>
  searchWords(text).flatMap((word) => (UNSPACED.test(word) ? characterPairs(word) : [stem(word)]));
