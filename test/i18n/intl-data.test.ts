import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatClock, formatWhen, weekdayName } from '../../src/components/listing-format/hours-text.js';
import { createFormatters, type Formatters, type IntlData } from '../../src/i18n/formatters.js';
import { loaders } from '../../src/i18n/locales.js';
import { Localizer } from '../../src/i18n/localize.js';

// Tuesday 3 March 2026, 17:00 UTC.
const TUESDAY = new Date(Date.UTC(2026, 2, 3, 17, 0));
const UTC = { timeZone: 'UTC' } as const;

const WEEKDAYS = {
  long: ['lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi', 'dimanch'],
  short: ['len', 'mad', 'mèk', 'jed', 'van', 'sam', 'dim'],
};
const MONTHS = {
  long: ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'],
  short: ['jan', 'fev', 'mas', 'avr', 'me', 'jen', 'jiy', 'out', 'sep', 'okt', 'nov', 'des'],
};
const CREOLE_WORDS = new Set([...WEEKDAYS.long, ...WEEKDAYS.short, ...MONTHS.long, ...MONTHS.short]);

/** The date formats the interface uses (card, hours table, saved list) and a few more. */
const DATE_FORMATS: Intl.DateTimeFormatOptions[] = [
  { weekday: 'long' },
  { weekday: 'short' },
  { month: 'long', year: 'numeric' },
  { month: 'short', day: 'numeric' },
  { weekday: 'short', hour: 'numeric', minute: '2-digit' },
  { weekday: 'long', day: 'numeric', month: 'long' },
  { weekday: 'short', day: 'numeric', month: 'short' },
  { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
  { dateStyle: 'full' },
  { dateStyle: 'long' },
  { dateStyle: 'medium' },
];

let htIntl: IntlData;
let ht: Formatters;

beforeAll(async () => {
  const module = await loaders.ht();
  if (!module.intl) throw new Error('the Haitian Creole module exports no intl data');
  htIntl = module.intl;
  ht = createFormatters('ht', htIntl);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Haitian Creole dates', () => {
  it('name a Tuesday "madi" and March 2026 "mas 2026"', () => {
    expect(ht.date(TUESDAY, { weekday: 'long', ...UTC })).toBe('madi');
    expect(ht.date(TUESDAY, { weekday: 'short', ...UTC })).toBe('mad');
    expect(ht.date(TUESDAY, { month: 'long', year: 'numeric', ...UTC })).toBe('mas 2026');
  });

  it('follow the French pattern: 24-hour clock, day before month', () => {
    expect(ht.date(TUESDAY, { hour: 'numeric', minute: '2-digit', ...UTC })).toBe('17:00');
    expect(ht.date(TUESDAY, { dateStyle: 'long', ...UTC })).toBe('3 mas 2026');
    expect(ht.date(TUESDAY, { dateStyle: 'full', ...UTC })).toBe('madi 3 mas 2026');
    expect(ht.date(new Date(Date.UTC(2026, 0, 15)), { dateStyle: 'medium', ...UTC })).toBe('15 jan 2026');
  });

  it.each(['long', 'short'] as const)('name every weekday and month, %s', (width) => {
    const weekdays = WEEKDAYS.long.map((_, index) => ht.date(new Date(Date.UTC(2024, 0, 1 + index)), { weekday: width, ...UTC }));
    const months = MONTHS.long.map((_, index) => ht.date(new Date(Date.UTC(2024, index, 15)), { month: width, ...UTC }));
    expect(weekdays).toEqual(WEEKDAYS[width]);
    expect(months).toEqual(MONTHS[width]);
  });

  it('leave no French (or English) weekday or month name in any date format, on any day of the year', () => {
    const strays = new Set<string>();
    for (let day = 0; day < 366; day += 5) {
      const date = new Date(Date.UTC(2026, 0, 1 + day, 17));
      for (const options of DATE_FORMATS) {
        const words = ht.date(date, { ...options, ...UTC }).match(/\p{L}+/gu) ?? [];
        for (const word of words) if (!CREOLE_WORDS.has(word)) strays.add(`${word} (${JSON.stringify(options)})`);
      }
    }
    expect([...strays]).toEqual([]);
  });

  it('show opening hours in Creole: weekday names and a 24-hour clock', () => {
    expect(weekdayName('TU', ht)).toBe('madi');
    expect(weekdayName('SU', ht, 'short')).toBe('dim');
    expect(formatClock('09:00', ht)).toBe('9:00');
    expect(formatClock('17:30', ht)).toBe('17:30');
    const monday = new Date('2026-03-02T15:00:00Z');
    const tuesdayNine = new Date('2026-03-03T14:00:00Z'); // 9:00 in New York
    expect(formatWhen(tuesdayNine, 'America/New_York', monday, ht)).toBe('mad 9:00');
  });

  it('are formatted by the Localizer once the Creole chunk has loaded', async () => {
    vi.stubGlobal('MutationObserver', class { observe() {} disconnect() {} });
    let updated!: () => void;
    const landed = new Promise<void>((resolve) => (updated = resolve));
    const host = {
      addController: () => undefined,
      getAttribute: (name: string) => (name === 'lang' ? 'ht' : null),
      parentElement: null,
      getRootNode: () => ({}),
      requestUpdate: () => updated(),
    };
    const localizer = new Localizer(host as unknown as ConstructorParameters<typeof Localizer>[0]);
    localizer.hostConnected();
    await landed;
    localizer.hostUpdate();
    expect(localizer.lang).toBe('ht');
    expect(localizer.format.date(TUESDAY, { weekday: 'long', ...UTC })).toBe('madi');
    expect(localizer.format.date(TUESDAY, { month: 'long', year: 'numeric', ...UTC })).toBe('mas 2026');
  });
});

describe('dates in other languages', () => {
  it('stay as Intl writes them in Spanish, French and English', () => {
    const monthYear = { month: 'long', year: 'numeric', ...UTC } as const;
    const clock = { hour: 'numeric', minute: '2-digit', ...UTC } as const;
    const es = createFormatters('es');
    const fr = createFormatters('fr');
    const en = createFormatters('en');
    expect([es.date(TUESDAY, { weekday: 'long', ...UTC }), es.date(TUESDAY, monthYear), es.date(TUESDAY, clock)]).toEqual(['martes', 'marzo de 2026', '17:00']);
    expect([fr.date(TUESDAY, { weekday: 'long', ...UTC }), fr.date(TUESDAY, monthYear)]).toEqual(['mardi', 'mars 2026']);
    expect([en.date(TUESDAY, { weekday: 'long', ...UTC }), en.date(TUESDAY, monthYear), en.date(TUESDAY, clock)]).toEqual(['Tuesday', 'March 2026', '5:00 PM']);
  });

  it("ignore a language's data when Intl knows the language", () => {
    expect(createFormatters('es', htIntl).date(TUESDAY, { weekday: 'long', ...UTC })).toBe('martes');
    expect(createFormatters('fr', htIntl).date(TUESDAY, { month: 'long', year: 'numeric', ...UTC })).toBe('mars 2026');
    expect(createFormatters('en', htIntl).language('es')).toBe('Spanish');
  });
});

describe('language data travels in the lazy chunk', () => {
  it('only the Haitian Creole module supplies intl data', async () => {
    const supplying: string[] = [];
    for (const [tag, load] of Object.entries(loaders)) if ((await load()).intl) supplying.push(tag);
    expect(supplying).toEqual(['ht']);
  });

  it('intl-data.ts is imported only by lazy translation modules, so it stays out of the entry bundle', () => {
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    const importers = (readdirSync(src, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts') && /(?:from|import)\s*'[^']*\/intl-data\.js'/.test(readFileSync(src + file, 'utf8')))
      .map((file) => file.replaceAll('\\', '/'));
    expect(importers).toContain('i18n/translations/ht.ts');
    expect(importers.filter((file) => !file.startsWith('i18n/translations/') || file.endsWith('/en.ts'))).toEqual([]);
  });
});

describe('Haitian Creole lists and numbers', () => {
  it('join lists with "ak" and "oswa", not "and" or "et"', () => {
    expect(ht.list(['panyòl', 'angle', 'franse'])).toBe('panyòl, angle ak franse');
    expect(ht.list(['panyòl', 'angle'], 'disjunction')).toBe('panyòl oswa angle');
    expect(ht.list(['9:00–17:00'])).toBe('9:00–17:00');
    expect(createFormatters('fr').list(['a', 'b'])).toBe('a et b');
  });

  it('write numbers as in Haiti, with a decimal comma', () => {
    expect(ht.number(2.5, { style: 'unit', unit: 'kilometer', unitDisplay: 'short', maximumFractionDigits: 1 })).toMatch(/^2,5\skm$/);
    expect(createFormatters('en').number(2.5)).toBe('2.5');
  });
});

describe('language names', () => {
  it('are Creole in Haitian Creole, and French for languages it does not list', () => {
    expect(['es', 'EN', 'ht', 'zh', 'tl', 'so', 'fa'].map((code) => ht.language(code))).toEqual([
      'panyòl',
      'angle',
      'kreyòl ayisyen',
      'chinwa',
      'tagalòg',
      'somali',
      'pèsan',
    ]);
    expect(ht.language('nl')).toBe('néerlandais');
    expect(ht.language('es-MX')).toBe('panyòl');
  });

  it('come from Intl in other interface languages', () => {
    expect(createFormatters('es').language('ht')).toBe('criollo haitiano');
    expect(createFormatters('en').language('es')).toBe('Spanish');
    expect(createFormatters('fr').language('es')).toBe('espagnol');
    expect(createFormatters('tl').language('en')).toBe('Ingles');
  });

  it('are undefined for codes Intl cannot name, rather than the code or an exception', () => {
    for (const f of [ht, createFormatters('en')]) {
      expect(f.language('xx')).toBeUndefined();
      expect(f.language('not a code')).toBeUndefined();
      expect(f.language('')).toBeUndefined();
    }
  });
});
