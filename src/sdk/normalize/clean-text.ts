// Feed text is third-party data. Two kinds of character in it can lie to a visitor: a lone surrogate (half an
// emoji, not text at all) makes `encodeURIComponent` throw, and bidi controls or zero-width characters change
// what a phone number, address or name looks like without changing what it is.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Embeddings, overrides and isolates (U+202A–202E, U+2066–2069), the marks U+200E/200F/061C, zero-width
// space, word joiner, byte-order mark and soft hyphen.
const BIDI_AND_INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff\u00ad]/g;
// Zero-width (non-)joiners shape Persian, Indic scripts and emoji sequences; only between letters or emoji
// do they mean anything, so only there are they kept.
const STRAY_JOINER = /(?<![\p{L}\p{M}\p{Extended_Pictographic}])[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}\p{Extended_Pictographic}])/gu;

/** The text with each lone surrogate replaced by U+FFFD, so it can be encoded, stored and shown. */
export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\ufffd');

/**
 * Well-formed text without the invisible characters that can make it look like something else: for what a
 * visitor reads to decide (a name) or acts on (a number, an address to write to).
 */
export const withoutDeceptiveCharacters = (text: string): string =>
  wellFormed(text).replace(BIDI_AND_INVISIBLE, '').replace(STRAY_JOINER, '');

/** Makes every string in a freshly built plain data tree (a Listing) well-formed, in place. */
export function makeWellFormed(tree: object): void {
  const entries = Object.entries(tree) as [string, unknown][];
  for (const [key, value] of entries) {
    if (typeof value === 'string') {
      const fixed = wellFormed(value);
      if (fixed !== value) (tree as Record<string, unknown>)[key] = fixed;
    } else if (typeof value === 'object' && value !== null) makeWellFormed(value);
  }
}

/** `encodeURIComponent` that never throws: a lone surrogate is encoded as U+FFFD. */
export const encodeUriText = (text: string): string => encodeURIComponent(wellFormed(text));
