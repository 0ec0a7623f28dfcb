/**
 * Words that end with a full stop inside a sentence, in the descriptions of 2-1-1 and council directories:
 * titles, company suffixes, street words, and common Spanish and French forms (lower case, no final dot).
 * A full stop after one of them never ends a card's summary.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'inc co corp ltd llc plc dr mr mrs ms mx jr prof rev hon gov sen rep gen capt sgt lt col ' +
    'st ste ave av avda blvd rd hwy pkwy mt ft apt bldg fl rm dept dpto univ assn bros vs approx ' +
    'u.s u.s.a e.g i.e p.o d.c a.m p.m ' +
    'sra srta sr dra dres lic mme mlle ' +
    'mon tue tues wed thu thur thurs fri jan feb apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);
/** Abbreviations that stand before a number ("No. 5", "Ext. 12"); elsewhere their full stop may end a sentence. */
const BEFORE_NUMBER = new Set(['no', 'nos', 'ext', 'tel', 'ph', 'núm', 'nº']);

// At least a few characters, so a word at the start ("Mon.", "Help.") does not end the sentence.
const MIN_SENTENCE = 10;
// A full stop, question or exclamation mark (with closing quotes or brackets) before a space or the end.
const TERMINATOR = /[.!?]["'”’)\]]*(?=\s|$)/g;
const NEXT_CHARACTER = /\s*(\S?)/y;

/** The word the full stop at `dot` ends, without its dot and any opening bracket or quote, in lower case. */
function wordBefore(text: string, dot: number): { word: string; start: number } {
  const start = text.lastIndexOf(' ', dot - 1) + 1;
  return { word: text.slice(start, dot).replace(/^[("'“‘[]+/, '').toLowerCase(), start };
}

/** The last character before `index` that is not a space, or '' at the start of the text. */
function previousCharacter(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 ? text[i]! : '';
}

/** Whether the full stop at `dot`, followed by `next` (the first character after the spaces), ends a sentence. */
function endsSentence(text: string, dot: number, next: string): boolean {
  // A new sentence starts with a capital, a digit or a quote: never with a lower-case letter ("etc. and").
  if (next && next !== next.toUpperCase()) return false;
  const { word, start } = wordBefore(text, dot);
  if (ABBREVIATIONS.has(word)) return false;
  if (BEFORE_NUMBER.has(word) && /\d/.test(next)) return false;
  if (/^\p{L}$/u.test(word)) return false; // an initial: "J. Smith", "M. Dupont"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // dotted initials: "U.S.A.", "D.C."
  // A list number ("Steps: 1. Call"), not the end of "ages 5 to 18."
  return !(/^\d{1,2}$/.test(word) && ['', ':', ';'].includes(previousCharacter(text, start)));
}

/** The first sentence of the line: up to the first full stop, question or exclamation mark that ends one. */
function firstSentence(line: string): string {
  for (const match of line.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    if (match.index < MIN_SENTENCE) continue;
    NEXT_CHARACTER.lastIndex = end;
    const next = NEXT_CHARACTER.exec(line)?.[1] ?? '';
    if (match[0][0] !== '.' || endsSentence(line, match.index, next)) return line.slice(0, end);
  }
  return line;
}

/**
 * A card's short text: the first sentence of the first line (HSDS guidance), never cut at an abbreviation
 * ("Inc.", "U.S.", "Dr.", an initial), and cut at a word boundary with an ellipsis when it is longer than `max`.
 */
export function summarize(description: string, max = 200): string {
  const line = description.slice(0, description.indexOf('\n') + 1 || undefined).trim();
  const sentence = firstSentence(line);
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,;:–—-]+$/, '')}…`;
}
