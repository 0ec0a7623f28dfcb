// Phone numbers as feeds write them: "\"+44 1234 234567\"", "(555) 123-4567 ext. 12", "1-800-FLOWERS",
// "Tel: 0800 123 4567 (Freephone)". We keep the display text and derive a dialable `tel` from it.

const KEYPAD = '22233344455566677778889999'; // A–Z on a phone keypad
export const EXTENSION_SUFFIX = /(?:\s*,?\s*(?:ext\.?|extension|x)\s*|\s*#\s*)(\d{1,8})\s*$/i;
const ALTERNATIVES = /\s+or\s+|\s\/\s|[,;]/i;
const MAX_DIGITS = 20;
const SEPARATORS = ' \t().-/\u00a0\u2010\u2011\u2012\u2013\u2014\u2015';

/** Strips the quote characters some feeds (and the official HSDS example) leave around the number. */
export const displayNumber = (input: string): string =>
  input.replace(/^[\s"'“”‘’]+|[\s"'“”‘’]+$/g, '').replace(/\s+/g, ' ');

/** The extension written at the end of a number, e.g. "555-1234 ext. 12" → "12". */
export const extensionIn = (input: string): string | undefined => EXTENSION_SUFFIX.exec(input)?.[1];

/** Digits of an extension given as a number or text; undefined when there are none. */
export function extensionDigits(input: unknown): string | undefined {
  const digits =
    typeof input === 'number' && Number.isFinite(input) ? String(Math.abs(Math.trunc(input))) : String(input ?? '').replace(/\D/g, '');
  return digits || undefined;
}

const DIGIT_LOOKALIKES = /^[OI]+$/; // O and I pass for 0 and 1

/** The digits a text dials, and where in the text the dialled part ends. */
export function readNumber(text: string): { digits: string; end: number } {
  const start = text.search(/[+\d]/);
  if (start < 0) return { digits: '', end: 0 };
  const number = text.slice(start).split(ALTERNATIVES)[0]!.replace(EXTENSION_SUFFIX, '');
  let digits = '';
  let end = 0;
  // Past MAX_DIGITS the number is refused anyway; stopping there keeps the work small on hostile text.
  for (let i = 0; i < number.length && digits.length <= MAX_DIGITS + 1; ) {
    const char = number[i]!;
    const trunk = /^\+\d{1,4}$/.test(digits) && /\d/.test(number[i - 1]!) ? /^\s*\(0\)/.exec(number.slice(i)) : null;
    if (trunk) i += trunk[0].length; // "+44 (0)20…": the trunk 0 is not dialled from abroad
    else if (char >= '0' && char <= '9') {
      digits += char;
      end = ++i;
    } else if (char === '+' && digits === '') {
      digits = '+';
      i++;
    } else if (/[a-z]/i.test(char)) {
      const word = /^[a-z]+/i.exec(number.slice(i))![0];
      // Only capitals after some digits are vanity letters ("1-800-FLOWERS"); other words end the number, and
      // so do letters that pass for digits ("555-O1OO" would look like 0100 and dial 6166).
      if (!/^[A-Z]+$/.test(word) || !/\d/.test(digits) || DIGIT_LOOKALIKES.test(word)) break;
      for (const letter of word) digits += KEYPAD[letter.charCodeAt(0) - 65];
      end = i += word.length;
    } else if (SEPARATORS.includes(char)) i++;
    else break; // commas, colons…: the number has ended
  }
  const count = digits.length - (digits.startsWith('+') ? 1 : 0);
  return { digits: count >= 3 && count <= MAX_DIGITS ? digits : '', end: start + end };
}

/**
 * The dialable form of a phone number for `tel:`/`sms:` links: digits with an optional leading `+`, or ""
 * when there is no plausible number. Labels before the number and an extension after it are left out;
 * vanity letters (1-800-FLOWERS) become keypad digits; "+44 (0)20…" loses the trunk "(0)".
 */
export function dialable(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? String(Math.abs(Math.trunc(input))) : '';
  return typeof input === 'string' ? readNumber(input).digits : '';
}
