import { describe, expect, it } from 'vitest';
import { matchLocale, negotiate } from '../../src/i18n/locales.js';
import { createFormatters } from '../../src/i18n/formatters.js';
import { en } from '../../src/i18n/translations/en.js';

describe('choosing the interface language', () => {
  it('matches tags case-insensitively and by their base language', () => {
    expect(matchLocale('EN-gb')?.tag).toBe('en');
    expect(matchLocale('en')?.tag).toBe('en');
    expect(matchLocale('')).toBeUndefined();
  });

  it('takes the first supported tag and falls back to English', () => {
    expect(negotiate(['de-DE', 'en-US']).tag).toBe('en');
    expect(negotiate(['xx', 'yy']).tag).toBe('en');
    expect(negotiate([]).tag).toBe('en');
  });
});

describe('English strings', () => {
  const f = createFormatters('en');

  it('choose plural forms through Intl.PluralRules and format numbers through Intl', () => {
    expect(en.resultCount(1, f)).toBe('1 service found');
    expect(en.resultCount(1234, f)).toBe('1,234 services found');
    expect(en.resultCount(0, f)).toBe('0 services found');
  });

  it('write age ranges for every combination of bounds', () => {
    expect(en.ages(18, 64, f)).toBe('Ages 18 to 64');
    expect(en.ages(18, undefined, f)).toBe('Ages 18 and up');
    expect(en.ages(undefined, 17, f)).toBe('Ages up to 17');
  });
});
