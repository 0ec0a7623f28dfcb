// ISO 639-1 language table and language-object builder.
import { makeId } from './random.mjs';

export const LANGS = {
  en: 'English',
  es: 'Spanish',
  vi: 'Vietnamese',
  zh: 'Chinese',
  ar: 'Arabic',
  tl: 'Tagalog',
  ru: 'Russian',
  ko: 'Korean',
  ht: 'Haitian Creole',
  so: 'Somali',
  fr: 'French',
  pt: 'Portuguese',
};

const NOTES = {
  ht: 'Through a telephone interpreter; please allow extra time.',
  so: 'Bilingual staff available on Tuesdays and Thursdays.',
  zh: 'Mandarin and Cantonese speakers on staff.',
};

/** Parse "en es vi" (or an array) into HSDS language objects owned by ownerId. */
export function languages(ownerId, codes) {
  const list = Array.isArray(codes) ? codes : String(codes).split(/[\s,]+/).filter(Boolean);
  return [...new Set(list)].map((code) => {
    if (!LANGS[code]) throw new Error(`unknown language code ${code}`);
    const lang = { id: makeId('language', ownerId, code), code, name: LANGS[code] };
    if (NOTES[code]) lang.note = NOTES[code];
    return lang;
  });
}
