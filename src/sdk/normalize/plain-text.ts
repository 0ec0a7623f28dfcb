// Feed descriptions may hold HTML or Markdown (HSDS field guidance). Without a DOM we reduce them to plain
// text with a few regular expressions, each linear: no pattern can rescan from many starting points what an
// earlier attempt already scanned (a lazy scan stops at the first character that could restart a match). The output is only ever rendered as text, but we still
// make sure no "<" + letter survives, so nothing downstream can mistake it for markup.

const MAX_INPUT = 100_000;
// Script and style content is code, dropped up to its end tag or, as a browser would, to the end. Other
// non-text elements lose their content only when closed: an unclosed `<svg>` must not swallow what follows.
const CODE_ELEMENTS = new Set(['script', 'style']);
const RAW_TEXT_OPENING = /<(script|style|template|noscript|iframe|object|embed|svg|math|textarea|title|head|select)\b/gi;
const COMMENT = /<!--[^]*?(?:-->|$)/g;
const DECLARATION = /<[!?][^>]*>?/g;
const AUTOLINK = /<((?:https?|mailto|tel):[^\s<>]*)>/gi;
const TAG = /<(\/?)([a-z][a-z\d-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/gi;
const BLOCK =
  /^(?:p|div|h[1-6]|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|section|article|aside|header|footer|nav|main|blockquote|pre|hr|address|figure|figcaption|form|fieldset|details|summary)$/;
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));?/gi;
// Indentation that cannot span lines: with `\s*`, a run of U+2028 (each a line start) was rescanned from each.
const MARKDOWN_HINT = /[*_`#[~>\\]|^[^\S\n\r\u2028\u2029]*[-+]\s/m;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£',
  yen: '¥', cent: '¢', sect: '§', para: '¶', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½',
  frac14: '¼', frac34: '¾', iexcl: '¡', iquest: '¿', szlig: 'ß', oslash: 'ø', Oslash: 'Ø', aelig: 'æ',
  AElig: 'Æ', oelig: 'œ', OElig: 'Œ', eth: 'ð', thorn: 'þ', zwj: '', zwnj: '', lrm: '', rlm: '',
};
// Accented letters (&eacute; &Uuml; &ntilde; …) are composed instead of listed.
const DIACRITICS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030a',
};

function decodeEntity(match: string, decimal?: string, hex?: string, name?: string): string {
  if (decimal ?? hex) {
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  }
  if (Object.hasOwn(NAMED, name!)) return NAMED[name!]!;
  const accented = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i.exec(name!);
  return accented ? (accented[1]! + DIACRITICS[accented[2]!]).normalize('NFC') : match;
}

/**
 * Drops raw-text elements. Each element name's end tags are searched for once, forward only: a search that
 * found none (`<svg` repeated, never closed) is not repeated from every later opening, which was quadratic.
 */
function dropRawTextElements(text: string): string {
  const nextEnd = new Map<string, { from: number; at: number; length: number }>();
  const endTagAfter = (name: string, from: number): { at: number; length: number } => {
    const known = nextEnd.get(name);
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known;
    const pattern = new RegExp(`</${name}\\s*>`, 'gi');
    pattern.lastIndex = from;
    const found = pattern.exec(text);
    const end = { from, at: found ? found.index : -1, length: found ? found[0].length : 0 };
    nextEnd.set(name, end);
    return end;
  };
  let out = '';
  let kept = 0;
  for (const opening of text.matchAll(RAW_TEXT_OPENING)) {
    if (opening.index < kept) continue; // inside an element already dropped
    const name = opening[1]!.toLowerCase();
    const end = endTagAfter(name, opening.index + opening[0].length);
    if (end.at === -1 && !CODE_ELEMENTS.has(name)) continue;
    out += `${text.slice(kept, opening.index)} `;
    kept = end.at === -1 ? text.length : end.at + end.length;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

function stripHtml(text: string): string {
  return dropRawTextElements(text.replace(COMMENT, ' '))
    .replace(DECLARATION, ' ')
    .replace(AUTOLINK, '$1')
    .replace(TAG, (_tag, closing: string, name: string) => {
      const tag = name.toLowerCase();
      if (tag === 'br') return '\n';
      if (tag === 'li') return closing ? '' : '\n• ';
      if (tag === 'tr') return '\n';
      if (tag === 'td' || tag === 'th') return ' ';
      return BLOCK.test(tag) ? '\n\n' : '';
    });
}

/** A heading's text without its closing hashes ("# Title #" → "Title"), by hand: a regex ending in `\s*$` is quadratic on long runs of spaces. */
function headingText(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  return end > 0 && end < trimmed.length && /\s/.test(trimmed[end - 1]!) ? trimmed.slice(0, end).trimEnd() : trimmed;
}

function stripMarkdownLine(line: string): string {
  if (/^\s{0,3}(?:```|~~~)/.test(line) || /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line)) return '';
  const heading = /^\s{0,3}#{1,6}\s+/.exec(line);
  return (heading ? headingText(line.slice(heading[0].length)) : line)
    .replace(/^\s{0,3}(?:>\s?)+/, '')
    .replace(/^\s*[-*+]\s+/, '• ');
}

function stripMarkdown(text: string): string {
  return text
    .split('\n')
    .map(stripMarkdownLine)
    .join('\n')
    // Link text stops at "[" and the target at "(": each scan ends where the next attempt would begin.
    .replace(/!?\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, '$1')
    .replace(/\[([^[\]\n]{1,500})\]\[[^[\]\n]{0,100}\]/g, '$1')
    .replace(/(\*\*|__|~~)(?=\S)([^\n]{0,500}?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]{0,500}?[^\s*])?\*(?![\w*])/g, '$1$2')
    .replace(/(^|\W)_(?=[^\s_])([^_\n]{0,500}?[^\s_])?_(?!\w)/g, '$1$2')
    .replace(/`{1,3}([^`\n]{0,500})`{1,3}/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
}

function tidyWhitespace(text: string, singleLine: boolean): string {
  const lines = text
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/^•$/gm, '') // empty list items
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // Whole runs of white space, so no run is rescanned from each of its characters (quadratic for U+2028 runs).
  return singleLine ? lines.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space)) : lines;
}

/** Markup characters, control characters and whitespace other than the plain space. */
// eslint-disable-next-line no-control-regex -- control characters are among what we look for
const SPECIAL = /[<&*_`#[~>\\\u0000-\u001f\u007f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** True for text that is already plain and tidy (the common case): one scan, no rewriting. */
const isPlain = (text: string): boolean =>
  !SPECIAL.test(text) && !text.includes('  ') && !/^[-+ ]/.test(text) && !text.endsWith(' ');

export interface PlainTextOptions {
  /** Collapse all line breaks to spaces (names, titles). */
  singleLine?: boolean;
}

/**
 * Plain text from feed text that may contain HTML or Markdown: block elements become paragraph breaks
 * (`\n\n`), `<br>` a line break, `<li>` a "• " line; script and style content is dropped; entities are
 * decoded; Markdown emphasis, headings and links are reduced to their text. Never throws.
 */
export function toPlainText(input: unknown, options: PlainTextOptions = {}): string {
  if (typeof input !== 'string') return typeof input === 'number' ? String(input) : '';
  if (isPlain(input)) return input;
  try {
    let text = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
    if (text.includes('<')) text = stripHtml(text);
    if (MARKDOWN_HINT.test(text)) text = stripMarkdown(text);
    if (text.includes('&')) text = text.replace(ENTITY, decodeEntity);
    text = tidyWhitespace(text, options.singleLine ?? false);
    // Decoded "&lt;b&gt;" is text, but we still never emit "<" directly followed by a letter.
    return text.includes('<') ? text.replace(/<(?=[a-z!/?])/gi, '< ') : text;
  } catch {
    return input.replace(/[<>]/g, ' ');
  }
}
