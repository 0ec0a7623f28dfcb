// Feed descriptions may hold HTML or Markdown (HSDS field guidance). Without a DOM we reduce them to plain
// text with a few linear, bounded regular expressions. The output is only ever rendered as text, but we still
// make sure no "<" + letter survives, so nothing downstream can mistake it for markup.

const MAX_INPUT = 100_000;
// Script and style content is code, dropped up to its end tag or, as a browser would, to the end. Other
// non-text elements lose their content only when closed: an unclosed `<svg>` must not swallow what follows.
const RAW_TEXT_ELEMENTS = /<(script|style)\b[^]*?(?:<\/\1\s*>|$)|<(template|noscript|iframe|object|embed|svg|math|textarea|title|head|select)\b[^]*?<\/\2\s*>/gi;
const COMMENT = /<!--[^]*?(?:-->|$)/g;
const DECLARATION = /<[!?][^>]*>?/g;
const AUTOLINK = /<((?:https?|mailto|tel):[^\s<>]*)>/gi;
const TAG = /<(\/?)([a-z][a-z\d-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/gi;
const BLOCK =
  /^(?:p|div|h[1-6]|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|section|article|aside|header|footer|nav|main|blockquote|pre|hr|address|figure|figcaption|form|fieldset|details|summary)$/;
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));?/gi;
const MARKDOWN_HINT = /[*_`#[~>\\]|^\s*[-+]\s/m;

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

function stripHtml(text: string): string {
  return text
    .replace(COMMENT, ' ')
    .replace(RAW_TEXT_ELEMENTS, ' ')
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

function stripMarkdownLine(line: string): string {
  if (/^\s{0,3}(?:```|~~~)/.test(line) || /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line)) return '';
  return line
    .replace(/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/, '$1')
    .replace(/^\s{0,3}(?:>\s?)+/, '')
    .replace(/^\s*[-*+]\s+/, '• ');
}

function stripMarkdown(text: string): string {
  return text
    .split('\n')
    .map(stripMarkdownLine)
    .join('\n')
    .replace(/!?\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\[([^\]\n]{1,500})\]\[[^\]\n]{0,100}\]/g, '$1')
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
  return singleLine ? lines.replace(/\s*\n+\s*/g, ' ') : lines;
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
