import type { Category, SearchSuggestions } from '../model.js';
import { editDistance } from './edit-distance.js';
import { filedUnder } from './need-match.js';
import { searchWords, UNSPACED } from './search-words.js';
import { closestWord } from './spelling.js';
import type { TextClause, UnderstoodText } from './understood-text.js';

/** At most this many categories are offered. */
const MAX_CATEGORIES = 6;

export interface SuggestionSources {
  /**
   * The feed's own word closest to each word that matched nothing, the word itself when the feed holds it,
   * when the feed can tell (a file can).
   */
  respelled?: Record<string, string>;
  /** Other words to respell with: the vocabulary's, the categories'. */
  knownWords: Iterable<string>;
  /** The feed's categories, most used first. */
  categories: readonly Category[];
}

/** Whether a typed word is close to a word of a category's name: a typo of it, or its start. */
function isCloseTo(typed: string, category: Category): boolean {
  return searchWords(category.name).some((word) => word.startsWith(typed) || (typed.length >= 4 && editDistance(typed, word, typed.length >= 8 ? 2 : 1) <= (typed.length >= 8 ? 2 : 1)));
}

/**
 * What to offer when a text search finds nothing: the text respelled with known words ("diapr" →
 * "diaper") and categories to browse, closest first: those of the needs the text named, those whose
 * names are near its words, then the most used.
 */
export function suggest(text: UnderstoodText, sources: SuggestionSources): SearchSuggestions {
  const literalWords = text.clauses.filter((clause) => !clause.needs.length).flatMap((clause) => clause.words);
  const known = [...sources.knownWords];
  const knownSet = new Set(known);
  // Only a word found nowhere may be a typo: not one the vocabulary knows as typed (a need's word, a filler,
  // "raped", "cant") nor one the feed holds; a word that named a need despite a typo ("diapr") may. Our
  // words before the feed's. Better nothing than a wrong word.
  const respellable = (clause: TextClause, word: string): boolean =>
    (clause.typos ? clause.typos.includes(word) : !clause.known) && !UNSPACED.test(word) && !knownSet.has(word) && sources.respelled?.[word] !== word;
  const respelled = text.clauses.flatMap((clause) =>
    clause.words.map((word) => (respellable(clause, word) ? (closestWord(word, known) ?? sources.respelled?.[word] ?? word) : word)),
  );
  const typed = text.clauses.flatMap((clause) => clause.words);
  const changed = respelled.some((word, i) => word !== typed[i]);
  const needs = text.clauses.flatMap((clause) => clause.needs);
  const ranked = new Set<Category>();
  for (const category of sources.categories) if (needs.some((need) => filedUnder(category, need))) ranked.add(category);
  const closeWords = [...new Set([...literalWords, ...respelled])];
  for (const category of sources.categories) if (closeWords.some((word) => isCloseTo(word, category))) ranked.add(category);
  for (const category of sources.categories) ranked.add(category);
  return { ...(changed && { text: respelled.join(' ') }), categories: [...ranked].slice(0, MAX_CATEGORIES) };
}
