const NOT_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNDECOMPOSABLE: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };

/** Case- and accent-insensitive form of a text for matching: "Café Ñandú" → "cafe nandu". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NOT_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[ßøæœłđıþ]/g, (letter) => UNDECOMPOSABLE[letter]!);
}
