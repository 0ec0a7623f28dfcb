// What a card shows of a feed's phone number and what its link dials come from one cleaned text, so a visitor
// never reads one number and dials another.

import { withoutDeceptiveCharacters } from './clean-text.js';
import { displayNumber, EXTENSION_SUFFIX, readNumber } from './phone.js';

const MAX_INPUT = 1000; // no phone field is longer; bounds the work on hostile ones
const DIGIT = /\p{Nd}/u;

/** The ASCII digit for a decimal digit of any script ("٣" → "3"): digits come in runs of ten from 0 to 9. */
function asciiDigit(char: string): string {
  let zero = char.codePointAt(0)!;
  while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((char.codePointAt(0)! - zero) % 10);
}

/**
 * Phone text as it can be shown and dialled alike: well-formed, without bidi controls or zero-width characters
 * (which reorder or hide digits), compatibility forms folded (fullwidth and styled digits are digits), every
 * decimal digit written 0–9, and without the quotes some feeds leave around it.
 */
export function cleanPhoneText(input: string): string {
  const folded = withoutDeceptiveCharacters(input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input).normalize('NFKC');
  return displayNumber(folded.replace(/[^\P{Nd}0-9]/gu, asciiDigit));
}

/**
 * A phone number as a card shows it and the digits its link dials, both read from one cleaned text, so the
 * digits shown are the digits dialled: a written extension is returned apart (the card shows it after the
 * number), and when more digits follow the dialled number ("555-1234 or 555-9999") the shown text ends where
 * the dialled number does (`cut`). `tel` is "" when there is no plausible number.
 */
export function phoneNumber(input: string): { number: string; tel: string; extension?: string; cut: boolean } {
  const text = cleanPhoneText(input);
  const { digits, end } = readNumber(text);
  const suffix = EXTENSION_SUFFIX.exec(text);
  const extension = suffix && suffix.index >= end ? suffix : null; // not "ext. 955" read as the number itself
  const shown = extension ? text.slice(0, extension.index) : text;
  if (/\d/.test(shown.slice(end))) return { number: text.slice(0, end), tel: digits, cut: true };
  return extension ? { number: shown, tel: digits, extension: extension[1]!, cut: false } : { number: shown, tel: digits, cut: false };
}
