const MARKS = /\p{M}/gu;
const UNDECOMPOSABLE: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };
// Arabic: one form for each alef, teh marbuta as heh, alef maksura as yeh, no tatweel.
const ARABIC_LETTERS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ـ: '' };

/**
 * What searching compares: lower case, no accents or other marks (Vietnamese tones, Arabic vowel signs),
 * one form for letters written several ways, and English contractions without their apostrophe ("can't" →
 * "cant"), so each is found however it was typed. Hangul stays composed.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\p{L})['’ʼ](t|m|s|re|ve|ll|d)\b/gu, '$1$2')
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(/[ßøæœłđıþ]/g, (letter) => UNDECOMPOSABLE[letter]!)
    .replace(/[أإآٱةىـ]/g, (letter) => ARABIC_LETTERS[letter]!);
}

/**
 * Arabic writes "and", "so", "by", "for", "as" and "the" onto the next word ("وبالطعام", "للسكن"): they
 * are taken off words long enough to carry them.
 */
export function arabicStem(word: string): string {
  let stem = word;
  if (/^[وف]/.test(stem) && stem.length > 4) stem = stem.slice(1);
  if (stem.startsWith('لل') && stem.length > 4) return stem.slice(2);
  if (/^[بكل]/.test(stem) && stem.length > 4) stem = stem.slice(1);
  return stem.startsWith('ال') && stem.length > 4 ? stem.slice(2) : stem;
}

/** The folded words of a text, Arabic prefixes off: "Food Banks & Pantries" → food, banks, pantries. */
export const searchWords = (text: string): string[] =>
  foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(arabicStem);

/** Scripts written without spaces between words: searched by pairs of characters. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A run of unspaced script as overlapping pairs ("食物银行" → 食物, 物银, 银行), a single character as itself. */
export function characterPairs(run: string): string[] {
  const characters = [...run];
  if (characters.length < 2) return characters;
  return characters.slice(1).map((character, i) => characters[i] + character);
}
