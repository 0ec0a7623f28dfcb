import type { Translation } from './translations/en.js';

export interface Locale {
  /** BCP 47 tag as used in `lang` attributes. */
  tag: string;
  /** The language's name in itself, for the language switcher. */
  endonym: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The interface languages, English first; each other one is a lazy chunk registered in `loaders`.
 * (Translations arrive with the multilingual work; until then English is the only interface language.)
 */
export const LOCALES: readonly Locale[] = [{ tag: 'en', endonym: 'English', dir: 'ltr' }];

type Loader = () => Promise<{ translation: Translation }>;

export const loaders: Record<string, Loader> = {};

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
