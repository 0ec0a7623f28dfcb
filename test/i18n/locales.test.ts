import { describe, expect, it } from 'vitest';
import { LOCALES, loaders, matchLocale, negotiate } from '../../src/i18n/locales.js';
import { createFormatters } from '../../src/i18n/formatters.js';
import { en } from '../../src/i18n/translations/en.js';

describe('choosing the interface language', () => {
  it('matches tags case-insensitively and by their base language', () => {
    expect(matchLocale('EN-gb')?.tag).toBe('en');
    expect(matchLocale('en')?.tag).toBe('en');
    expect(matchLocale('ZH-tw')?.tag).toBe('zh-Hant');
    expect(matchLocale('Zh-Hans-CN')?.tag).toBe('zh-Hans');
    expect(matchLocale('')).toBeUndefined();
  });

  it('takes the first supported tag and falls back to English', () => {
    expect(negotiate(['de-DE', 'en-US']).tag).toBe('en');
    expect(negotiate(['xx', 'yy']).tag).toBe('en');
    expect(negotiate([]).tag).toBe('en');
  });

  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['ES-us', 'es'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-hans-cn', 'zh-Hans'],
    ['fil', 'tl'],
    ['fil-PH', 'tl'],
    ['tl', 'tl'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['vi-VN', 'vi'],
    ['ko-KR', 'ko'],
    ['ar-EG', 'ar'],
    ['ru-RU', 'ru'],
    ['ht-HT', 'ht'],
    ['fr-CA', 'fr'],
  ])('matches %s to %s', (requested, expected) => {
    expect(matchLocale(requested)?.tag).toBe(expected);
  });

  it('skips unsupported tags for the next candidate, then falls back to English', () => {
    expect(negotiate(['de-DE', 'es-MX', 'en']).tag).toBe('es');
    expect(negotiate(['xx', 'zh-TW']).tag).toBe('zh-Hant');
    expect(negotiate(['', 'fil']).tag).toBe('tl');
    expect(negotiate(['sw', 'am-ET']).tag).toBe('en');
    expect(negotiate(['pt-BR', 'es']).tag).toBe('pt');
  });
});

describe('the locale list', () => {
  it('names the launch languages in order, each in itself, with Arabic right to left', () => {
    expect(LOCALES.map((locale) => `${locale.tag} ${locale.endonym} ${locale.dir}`)).toEqual([
      'en English ltr',
      'es Español ltr',
      'zh-Hans 简体中文 ltr',
      'zh-Hant 繁體中文 ltr',
      'vi Tiếng Việt ltr',
      'tl Tagalog ltr',
      'ko 한국어 ltr',
      'ar العربية rtl',
      'ru Русский ltr',
      'ht Kreyòl ayisyen ltr',
      'fr Français ltr',
      'pt Português ltr',
    ]);
  });

  it('has a loader for every language but English, and no loader without a language', () => {
    const others = LOCALES.filter((locale) => locale.tag !== 'en').map((locale) => locale.tag);
    expect(Object.keys(loaders).sort()).toEqual([...others].sort());
  });

  it('uses tags Intl knows, so plurals, numbers and dates follow the language', () => {
    // ICU has no Haitian Creole data: its module supplies weekday, month and language names on French
    // patterns (intl-data.test.ts); numbers fall back to the default locale (see TRANSLATIONS.md). Every
    // other interface language must be one Intl formats natively.
    const withoutIcuData = new Set(['ht']);
    for (const { tag } of LOCALES) {
      if (withoutIcuData.has(tag)) continue;
      expect(Intl.PluralRules.supportedLocalesOf(tag), tag).toHaveLength(1);
      expect(Intl.DateTimeFormat.supportedLocalesOf(tag), tag).toHaveLength(1);
    }
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
