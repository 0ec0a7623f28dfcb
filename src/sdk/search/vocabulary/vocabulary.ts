/**
 * Everyday words mapped onto what directories call things: the shape of our own vocabulary
 * (EVERYDAY_VOCABULARY) and of one a directory adds (`vocabulary` in ClientOptions, or the widget's
 * `vocabulary` property or file).
 */
export interface Vocabulary {
  needs: VocabularyNeed[];
  /** Words a search can do without ("help", "near", "please"), by language tag. */
  fillers?: Record<string, string[]>;
}

export interface VocabularyNeed {
  /** Ours are `food`, `housing`, … (see NEED_IDS); a directory's need with one of our ids adds to ours. */
  id: string;
  /** AIRS/211 LA code prefixes ("BD", "BH-1800"), matched against category codes of that shape. */
  codes?: string[];
  /** Words a feed's category name holds when it is filed under this need ("food pantry"). */
  categories?: string[];
  /** What people type, by language tag: words, phrases, abbreviations; `*` ends a prefix. */
  words?: Record<string, string[]>;
}

/** Ours with a directory's own: needs with the same id are merged, new ones added. */
export function mergeVocabularies(base: Vocabulary, extra: Vocabulary | undefined): Vocabulary {
  if (!extra) return base;
  const needs = new Map(base.needs.map((need) => [need.id, need]));
  for (const need of extra.needs) {
    const known = needs.get(need.id);
    needs.set(need.id, known ? mergeNeed(known, need) : need);
  }
  return { needs: [...needs.values()], fillers: mergeLists(base.fillers, extra.fillers) };
}

function mergeNeed(a: VocabularyNeed, b: VocabularyNeed): VocabularyNeed {
  return {
    id: a.id,
    codes: [...(a.codes ?? []), ...(b.codes ?? [])],
    categories: [...(a.categories ?? []), ...(b.categories ?? [])],
    words: mergeLists(a.words, b.words),
  };
}

function mergeLists(a: Record<string, string[]> = {}, b: Record<string, string[]> = {}): Record<string, string[]> {
  const merged: Record<string, string[]> = { ...a };
  for (const [language, list] of Object.entries(b)) merged[language] = [...(merged[language] ?? []), ...list];
  return merged;
}
