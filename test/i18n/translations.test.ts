import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatters, type Formatters } from '../../src/i18n/formatters.js';
import { loaders } from '../../src/i18n/locales.js';
import { en } from '../../src/i18n/translations/en.js';
import {
  countsByCategory,
  enSignatures,
  recordingFormatters,
  renderingProblem,
  SAMPLE_COUNTS,
  sampleArgs,
  STRING_MARKERS,
  takesNumber,
} from './translation-samples.js';

type Value = string | ((...args: unknown[]) => string);
type Strings = Record<string, Value>;

const english = en as unknown as Strings;
const englishKeys = Object.keys(en);
const signatures = enSignatures();
const tags = Object.keys(loaders);

/**
 * Strings that carry a number a visitor must dial or text, or a keyword to send: a translation keeps
 * exactly the numbers of the English (so no invented "press 2" or the retired "press 3") and HOME.
 */
const FACT_KEYS = [
  ...englishKeys.filter((key) => key.startsWith('crisis')),
  'call211',
  'text211',
  'noResultsHelp',
  'errorHelp',
];

/** Every rendering of one key: the string, or the function at each sample count (and plural category). */
function renderings(value: Value, key: string, f: Formatters, counts: readonly number[]): { call: string; result: unknown }[] {
  if (typeof value !== 'function') return [{ call: key, result: value }];
  const kinds = signatures[key] ?? [];
  const lists = takesNumber(kinds) ? counts.flatMap((count) => sampleArgs(kinds, count, f)) : sampleArgs(kinds, 0, f);
  return lists.map((args) => ({
    call: `${key}(${args.filter((arg) => arg !== f).map((arg) => JSON.stringify(arg) ?? 'undefined').join(', ')})`,
    result: value(...args),
  }));
}

/** One rendering per key, for comparing a language with English: count 5, markers for strings. */
function canonical(value: Value, key: string, f: Formatters): unknown {
  return renderings(value, key, f, [5])[0].result;
}

it('English has functions the samples understand', () => {
  const functions = englishKeys.filter((key) => typeof english[key] === 'function');
  expect(Object.keys(signatures).sort()).toEqual(functions.sort());
  expect(functions.length).toBeGreaterThan(20);
});

it('every non-English locale has a translation to test', () => {
  expect(tags).toHaveLength(11);
});

describe.each(tags)('the %s translation', (tag) => {
  let translation: Strings;
  const f = createFormatters(tag);

  beforeAll(async () => {
    translation = (await loaders[tag]()).translation as unknown as Strings;
  });

  it('has exactly the keys of English', () => {
    const missing = englishKeys.filter((key) => !Object.hasOwn(translation, key)).map((key) => `${tag} is missing "${key}"`);
    const extra = Object.keys(translation).filter((key) => !Object.hasOwn(en, key)).map((key) => `${tag} has an extra key "${key}"`);
    expect([...missing, ...extra]).toEqual([]);
  });

  it('has a function wherever English has one, with the same number of parameters', () => {
    const problems = englishKeys.flatMap((key) => {
      const mine = translation[key];
      const theirs = english[key];
      if (mine === undefined) return [];
      if (typeof theirs === 'function') {
        if (typeof mine !== 'function') return [`${tag}.${key} is a ${typeof mine}; English has a function`];
        return mine.length === theirs.length ? [] : [`${tag}.${key} takes ${mine.length} parameters; English takes ${theirs.length}`];
      }
      return typeof mine === 'string' ? [] : [`${tag}.${key} is a ${typeof mine}; English has a string`];
    });
    expect(problems).toEqual([]);
  });

  it('renders every string and every function result as clean, non-empty text', () => {
    const problems: string[] = [];
    for (const key of englishKeys) {
      const value = translation[key];
      if (value === undefined) continue;
      for (const { call, result } of renderings(value, key, f, SAMPLE_COUNTS)) {
        const problem = renderingProblem(result);
        if (problem) problems.push(`${tag}.${call} ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows every string argument it is given (a name, a number, a time)', () => {
    const problems: string[] = [];
    for (const key of englishKeys) {
      const value = translation[key];
      const kinds = signatures[key];
      if (typeof value !== 'function' || !kinds) continue;
      const strings = kinds.filter((kind) => kind === 'string').length;
      const result = String(canonical(value, key, f));
      for (const marker of STRING_MARKERS.slice(0, strings)) {
        if (!result.includes(marker)) problems.push(`${tag}.${key} drops its argument ${marker}: ${result}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is translated: at least 80% of its keys differ from English', () => {
    const enFormatters = createFormatters('en');
    const same = englishKeys.filter((key) => {
      const value = translation[key];
      return value !== undefined && canonical(value, key, f) === canonical(english[key], key, enFormatters);
    });
    const differing = englishKeys.length - same.length;
    expect(differing / englishKeys.length, `${tag} keeps English for: ${same.join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });

  it('gives a result for every plural category of the language, offering only forms it has', () => {
    const categories = countsByCategory(tag);
    const known = new Set<string>(categories.keys());
    const problems: string[] = [];
    for (const key of englishKeys) {
      const value = translation[key];
      const kinds = signatures[key];
      if (typeof value !== 'function' || !kinds || !takesNumber(kinds)) continue;
      for (const [category, count] of categories) {
        if (count === undefined) {
          problems.push(`${tag}: no sample count for the plural category "${category}"`);
          continue;
        }
        const recorder = recordingFormatters(f);
        for (const { call, result } of renderings(value, key, recorder.f, [count])) {
          const problem = renderingProblem(result);
          if (problem) problems.push(`${tag}.${call} (plural category ${category}) ${problem}`);
        }
        for (const offered of recorder.forms) {
          const foreign = offered.filter((form) => !known.has(form));
          if (foreign.length) problems.push(`${tag}.${key} offers ${foreign.join(', ')}, which ${tag} does not have`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('chooses a plural form wherever English does', () => {
    const problems: string[] = [];
    for (const key of englishKeys) {
      const value = translation[key];
      const kinds = signatures[key];
      if (typeof value !== 'function' || !kinds || !takesNumber(kinds)) continue;
      const mine = recordingFormatters(f);
      const theirs = recordingFormatters(createFormatters('en'));
      for (const count of SAMPLE_COUNTS.filter((count) => count > 0)) {
        for (const args of sampleArgs(kinds, count, mine.f)) value(...args);
        for (const args of sampleArgs(kinds, count, theirs.f)) (english[key] as (...args: unknown[]) => string)(...args);
      }
      if (theirs.forms.length && !mine.forms.length) problems.push(`${tag}.${key} writes one form for every count; use f.plural`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps the crisis facts: the same numbers as English, no others, and the keyword HOME', () => {
    const problems: string[] = [];
    const digits = (text: string) => [...new Set(text.match(/\d+/g) ?? [])].sort().join(' ');
    for (const key of FACT_KEYS) {
      const mine = translation[key];
      const theirs = english[key];
      if (typeof mine !== 'string' || typeof theirs !== 'string') continue;
      if (digits(mine) !== digits(theirs)) problems.push(`${tag}.${key} has the numbers [${digits(mine)}], English [${digits(theirs)}]: ${mine}`);
      if (/\bHOME\b/.test(theirs) && !/\bHOME\b/.test(mine)) problems.push(`${tag}.${key} lost the keyword HOME: ${mine}`);
    }
    expect(problems).toEqual([]);
  });
});
