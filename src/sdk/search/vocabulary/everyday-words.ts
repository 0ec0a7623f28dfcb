import type { NeedId } from './needs.js';

/** One interface language's words for every need, and the words a search can do without. */
export interface EverydayWords {
  /** What people type for each need: words, phrases, abbreviations, program names (see words/en.ts). */
  needs: Record<NeedId, string[]>;
  /**
   * Words that carry no need ("I need help with", "near me"): left out of a search that has other words,
   * so "where can I get food" searches for food.
   */
  fillers: string[];
}
