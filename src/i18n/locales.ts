import type { IntlData } from './formatters.js';
import type { Translation } from './translations/en.js';

export interface Locale {
  /** BCP 47 tag as used in `lang` attributes. */
  tag: string;
  /** The language's name in itself, for the language switcher. */
  endonym: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The interface languages, English first, then the launch set for US community services (Spanish, the
 * Census's next most common home languages, then HHS OCR's usual top languages): each named by its
 * endonym for the language switcher. English is bundled; every other language is a lazy chunk registered
 * in `loaders`. Apart from English the translations are machine-drafted and await review by native
 * speakers: see TRANSLATIONS.md before adding or changing one.
 */
export const LOCALES: readonly Locale[] = [
  { tag: 'en', endonym: 'English', dir: 'ltr' },
  { tag: 'es', endonym: 'Español', dir: 'ltr' },
  { tag: 'zh-Hans', endonym: '简体中文', dir: 'ltr' },
  { tag: 'zh-Hant', endonym: '繁體中文', dir: 'ltr' },
  { tag: 'vi', endonym: 'Tiếng Việt', dir: 'ltr' },
  { tag: 'tl', endonym: 'Tagalog', dir: 'ltr' },
  { tag: 'ko', endonym: '한국어', dir: 'ltr' },
  { tag: 'ar', endonym: 'العربية', dir: 'rtl' },
  { tag: 'ru', endonym: 'Русский', dir: 'ltr' },
  { tag: 'ht', endonym: 'Kreyòl ayisyen', dir: 'ltr' },
  { tag: 'fr', endonym: 'Français', dir: 'ltr' },
  { tag: 'pt', endonym: 'Português', dir: 'ltr' },
];

/** A translation module: its strings, and `intl` when ICU lacks data for the language (see IntlData). */
type Loader = () => Promise<{ translation: Translation; intl?: IntlData }>;

/** One lazy chunk per non-English locale, keyed by its `tag` in LOCALES (file names are lower case). */
export const loaders: Record<string, Loader> = {
  es: () => import('./translations/es.js'),
  'zh-Hans': () => import('./translations/zh-hans.js'),
  'zh-Hant': () => import('./translations/zh-hant.js'),
  vi: () => import('./translations/vi.js'),
  tl: () => import('./translations/tl.js'),
  ko: () => import('./translations/ko.js'),
  ar: () => import('./translations/ar.js'),
  ru: () => import('./translations/ru.js'),
  ht: () => import('./translations/ht.js'),
  fr: () => import('./translations/fr.js'),
  pt: () => import('./translations/pt.js'),
};

// Chinese tags name a script or a region; both decide between Simplified and Traditional.
const CHINESE_TRADITIONAL = /^zh-(hant|tw|hk|mo)\b/i;
const ALIASES: Record<string, string> = { fil: 'tl', zh: 'zh-Hans' };

/**
 * The supported locale closest to one BCP 47 tag, or undefined: `es-MX` → `es`, `zh-TW` → `zh-Hant`,
 * `zh-CN` → `zh-Hans`, `fil` → `tl`. Case-insensitive.
 */
export function matchLocale(tag: string): Locale | undefined {
  const lower = tag.trim().toLowerCase();
  if (!lower) return undefined;
  if (lower.startsWith('zh')) return find(CHINESE_TRADITIONAL.test(lower) ? 'zh-Hant' : 'zh-Hans');
  const exact = LOCALES.find((locale) => locale.tag.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return find(ALIASES[base] ?? base);
}

function find(tag: string): Locale | undefined {
  return LOCALES.find((locale) => locale.tag.toLowerCase() === tag.toLowerCase());
}

/** The first of the requested tags we support, falling back to English. */
export function negotiate(requested: readonly string[]): Locale {
  for (const tag of requested) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return LOCALES[0];
}
