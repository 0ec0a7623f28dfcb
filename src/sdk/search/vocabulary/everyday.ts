import type { EverydayWords } from './everyday-words.js';
import { NEED_FILINGS, NEED_IDS } from './needs.js';
import type { Vocabulary } from './vocabulary.js';
import { words as en } from './words/en.js';

export { en as ENGLISH_WORDS };

/** The other interface languages' words, each a small lazy chunk of its own. */
export const WORD_LOADERS: Record<string, () => Promise<{ words: EverydayWords }>> = {
  es: () => import('./words/es.js'),
  'zh-Hans': () => import('./words/zh-hans.js'),
  'zh-Hant': () => import('./words/zh-hant.js'),
  vi: () => import('./words/vi.js'),
  tl: () => import('./words/tl.js'),
  ko: () => import('./words/ko.js'),
  ar: () => import('./words/ar.js'),
  ru: () => import('./words/ru.js'),
  ht: () => import('./words/ht.js'),
  fr: () => import('./words/fr.js'),
  pt: () => import('./words/pt.js'),
};

/** Languages told apart by their script: a search written in it needs only their words. */
export const LANGUAGES_BY_SCRIPT: readonly [RegExp, readonly string[]][] = [
  [/\p{Script=Han}/u, ['zh-Hans', 'zh-Hant']],
  [/\p{Script=Hangul}/u, ['ko']],
  [/\p{Script=Arabic}/u, ['ar']],
  [/\p{Script=Cyrillic}/u, ['ru']],
];
/** Languages written in the Latin script besides English: loaded when English leaves a word not understood. */
export const LATIN_LANGUAGES: readonly string[] = ['es', 'fr', 'pt', 'vi', 'tl', 'ht'];

/**
 * Our vocabulary: each need's filing (needs.ts) with what people type for it in the languages loaded so
 * far (words/), so "comida", "thực phẩm", "住房" or "طعام" search an English feed.
 */
export function everydayVocabulary(loaded: Readonly<Record<string, EverydayWords>>): Vocabulary {
  const byLanguage = (pick: (words: EverydayWords) => string[]) =>
    Object.fromEntries(Object.entries(loaded).map(([language, words]) => [language, pick(words)]));
  return {
    needs: NEED_IDS.map((id) => ({ id, ...NEED_FILINGS[id], words: byLanguage((words) => words.needs[id]) })),
    fillers: byLanguage((words) => words.fillers),
  };
}
