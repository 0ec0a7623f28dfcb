import { describe, expect, it } from 'vitest';
import { parseVocabulary } from '../../../src/sdk/index.js';
import { ENGLISH_WORDS, everydayVocabulary, WORD_LOADERS } from '../../../src/sdk/search/vocabulary/everyday.js';
import type { EverydayWords } from '../../../src/sdk/search/vocabulary/everyday-words.js';
import { NEED_IDS } from '../../../src/sdk/search/vocabulary/needs.js';
import { understand } from '../../../src/sdk/search/vocabulary/understand.js';

const languages: Record<string, EverydayWords> = { en: ENGLISH_WORDS };
for (const [language, load] of Object.entries(WORD_LOADERS)) languages[language] = (await load()).words;
const vocabulary = everydayVocabulary(languages);

describe('our vocabulary', () => {
  it('has words for every need in all twelve interface languages', () => {
    expect(Object.keys(languages).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ht', 'ko', 'pt', 'ru', 'tl', 'vi', 'zh-Hans', 'zh-Hant']);
    for (const [language, words] of Object.entries(languages)) {
      for (const need of NEED_IDS) expect(words.needs[need]?.length ?? 0, `${language} ${need}`).toBeGreaterThanOrEqual(5);
      expect(words.fillers.length, `${language} fillers`).toBeGreaterThanOrEqual(20);
    }
  });

  it('understands each of its own entries as its need', () => {
    const missed: string[] = [];
    for (const [language, words] of Object.entries(languages)) {
      for (const need of NEED_IDS) {
        for (const entry of words.needs[need]) {
          const named = understand(entry.replace(/\*$/, ''), vocabulary).clauses.flatMap((clause) => clause.needs.map((n) => n.id));
          if (!named.includes(need)) missed.push(`${language} ${need}: "${entry}" → ${named.join(', ') || 'nothing'}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('does not read ordinary searches as needs they are not', () => {
    const needsOf = (text: string) => understand(text, vocabulary).clauses.flatMap((clause) => clause.needs.map((n) => n.id));
    expect(needsOf('sunrise center')).toEqual([]);
    expect(needsOf('library')).toEqual([]);
    expect(needsOf('where')).toEqual([]);
    expect(needsOf('wheels')).toEqual([]);
    expect(needsOf('kills')).toEqual([]); // a rhyme of "pills", not a typo
    expect(needsOf('bills')).toEqual([]);
  });

  it('never reads a word it knows, in any language, as a typo or another form of a need\'s word', () => {
    const needsOf = (text: string, words = vocabulary) => understand(text, words).clauses.flatMap((clause) => clause.needs.map((n) => n.id));
    expect(needsOf('mental')).toEqual(['mental-health']); // not "dental"
    expect(needsOf('feeling stressed')).toEqual(['mental-health']); // not "feeding"
    expect(needsOf('healing')).toEqual(['mental-health']); // not "heating"
    expect(needsOf('pills')).toEqual(['health']); // not "bills"
    expect(needsOf('hopeless')).toEqual(['crisis']); // not "homeless"
    expect(needsOf('sobre')).toEqual([]); // Spanish "about", not "sober"
    expect(needsOf('aide pour le loyer')).toEqual(['rent-help']); // French "help", not AIDS
    expect(needsOf("j'ai besoin d'aide pour payer mon loyer")).toEqual(['rent-help']);
    expect(needsOf('aide', everydayVocabulary({ en: ENGLISH_WORDS }))).toEqual([]); // nor an English aide
    expect(needsOf('home health aide')).toEqual(['older-adults']);
    expect(needsOf('financial aid')).toEqual([]);
    expect(needsOf('aids')).toEqual(['sexual-health']);
  });

  it('marks the words it knows as typed, and those it read as typos', () => {
    const clauses = (text: string) => understand(text, vocabulary).clauses;
    expect(clauses('shleter')).toEqual([expect.objectContaining({ words: ['shleter'], typos: ['shleter'] })]);
    expect(clauses('mobile crisus')).toEqual([expect.objectContaining({ words: ['mobile', 'crisus'], typos: ['crisus'] })]);
    expect(clauses('shelter')).toEqual([expect.objectContaining({ words: ['shelter'], known: true })]);
    expect(clauses('i need help')).toEqual(['i', 'need', 'help'].map((word) => ({ words: [word], needs: [], known: true })));
    expect(clauses('sunrise')).toEqual([{ words: ['sunrise'], needs: [] }]);
  });
});

describe('parseVocabulary', () => {
  it('accepts our shape', () => {
    const own = { needs: [{ id: 'food', words: { es: ['despensa solidaria'] } }], fillers: { en: ['kindly'] } };
    expect(parseVocabulary(own)).toEqual(own);
  });

  it('names the first problem of a document that is not a vocabulary', () => {
    expect(() => parseVocabulary({ needs: [{ id: 'food', words: { es: 'comida' } }] })).toThrow(/needs\.0\.words\.es/);
    expect(() => parseVocabulary([])).toThrow(TypeError);
    expect(() => parseVocabulary({ needs: [{ id: '' }] })).toThrow(/needs\.0\.id/);
  });

  it('refuses a document too large to be a directory\'s words', () => {
    expect(() => parseVocabulary({ needs: Array.from({ length: 501 }, (_, i) => ({ id: `n${i}` })) })).toThrow(/needs/);
    expect(() => parseVocabulary({ needs: [{ id: 'x', categories: ['a'.repeat(101)] }] })).toThrow(/categories\.0/);
  });
});
