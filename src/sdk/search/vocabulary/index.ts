import { searchWords, UNSPACED } from '../search-words.js';
import type { UnderstoodText } from '../understood-text.js';
import type { EverydayWords } from './everyday-words.js';
import { ENGLISH_WORDS, everydayVocabulary, LANGUAGES_BY_SCRIPT, LATIN_LANGUAGES, WORD_LOADERS } from './everyday.js';
import { understand } from './understand.js';
import { mergeVocabularies, type Vocabulary } from './vocabulary.js';

/** A vocabulary ready to search with: ours, in the languages a search needs, and a directory's own. */
export interface LoadedVocabulary {
  /** The text's clauses; loads the words of the languages it may be in first (a failed load is skipped). */
  understand(text: string): Promise<UnderstoodText>;
  /**
   * The English words it knows, folded: candidates for "did you mean" (another language's words would
   * turn a visitor's Spanish into French: "solidaria" is not "solidaire").
   */
  words(): readonly string[];
}

const LATIN_WORD = /^\p{Script=Latin}+$/u;
const REMEMBERED = 50;

/** Ours, with the directory's own words (`extra`) added; other languages' words are fetched as searches need them. */
export function loadVocabulary(extra?: Vocabulary): LoadedVocabulary {
  const loaded: Record<string, EverydayWords> = { en: ENGLISH_WORDS };
  const loading = new Map<string, Promise<void>>();
  let vocabulary = mergeVocabularies(everydayVocabulary(loaded), extra);
  let known: string[] | undefined;
  const understood = new Map<string, UnderstoodText>();

  const load = async (languages: readonly string[]): Promise<void> => {
    const missing = languages.filter((language) => !loaded[language] && WORD_LOADERS[language]);
    if (!missing.length) return;
    await Promise.all(
      missing.map((language) => {
        let pending = loading.get(language);
        if (!pending) {
          pending = WORD_LOADERS[language]!().then(
            ({ words }) => void (loaded[language] = words),
            () => void loading.delete(language), // offline: try again with a later search
          );
          loading.set(language, pending);
        }
        return pending;
      }),
    );
    vocabulary = mergeVocabularies(everydayVocabulary(loaded), extra);
    known = undefined;
    understood.clear();
  };

  const read = (text: string): UnderstoodText => {
    let found = understood.get(text);
    if (!found) {
      found = understand(text, vocabulary);
      if (understood.size >= REMEMBERED) understood.delete(understood.keys().next().value!);
      understood.set(text, found);
    }
    return found;
  };

  return {
    async understand(text) {
      await load(LANGUAGES_BY_SCRIPT.filter(([script]) => script.test(text)).flatMap(([, languages]) => languages));
      const found = read(text);
      // Words English leaves unread, or reads only as typos of its own ("aide" is not "aids"), may be another language's.
      const puzzling = found.clauses.some((clause) => (clause.needs.length ? (clause.typos ?? []) : clause.words).some((word) => LATIN_WORD.test(word) && !UNSPACED.test(word)));
      if (!puzzling || LATIN_LANGUAGES.every((language) => loaded[language])) return found;
      await load(LATIN_LANGUAGES);
      return read(text);
    },
    words() {
      known ??= [...wordsOf(vocabulary)];
      return known;
    },
  };
}

function wordsOf(vocabulary: Vocabulary): Set<string> {
  const words = new Set<string>();
  for (const need of vocabulary.needs) {
    for (const list of [need.categories ?? [], need.words?.en ?? []]) {
      for (const entry of list) for (const word of searchWords(entry.replace(/\*$/, ''))) words.add(word);
    }
  }
  return words;
}
