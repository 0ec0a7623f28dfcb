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
