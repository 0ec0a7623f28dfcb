/**
 * A search text as the vocabulary understood it (see vocabulary/understand.ts): plain data, so it can be
 * handed to a file worker with the query.
 */
export interface UnderstoodText {
  /** Every clause must match. */
  clauses: TextClause[];
}

/** Part of a search: the visitor's words, and the needs they name. */
export interface TextClause {
  /** Folded words; a listing matches when it holds all of them (word forms, typos and, for the last word typed, prefixes allowed). */
  words: string[];
  /** A listing filed under, or speaking of, any of these needs matches as well. */
  needs: NeedQuery[];
  /**
   * The vocabulary knows the words as typed (a need's words, fillers): a listing holds them whole or as a
   * start, never a typo of another word ("dental" is not "mental").
   */
  known?: true;
  /**
   * Words read as typos of the needs' words ("shleter"): a feed holding one of them whole shows it was a
   * word of its own ("feeling" is not "feeding"), and the needs then do not count.
   */
  typos?: string[];
}

/** A need as a search uses it. */
export interface NeedQuery {
  id: string;
  /** AIRS/211 code prefixes. */
  codes: string[];
  /** Category names a feed's category name may hold. */
  categories: string[];
  /** Words a listing may speak of the need in: the category names, and the visitor's language's words; `*` ends a prefix. */
  terms: string[];
}

/** The text taken word by word, each word a clause, when no vocabulary is at hand. */
export const literally = (words: readonly string[]): UnderstoodText => ({ clauses: words.map((word) => ({ words: [word], needs: [] })) });
