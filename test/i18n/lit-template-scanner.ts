/**
 * Finds words written straight into Lit templates instead of going through `t()`: a small lexer for
 * TypeScript source that pulls out every `html`…`` / `svg`…`` template, drops its `${…}` expressions
 * (counting braces, and skipping strings, comments, regular expressions and nested templates inside
 * them), then reads the HTML that is left: a text node, or a user-visible attribute, that still holds a
 * letter (\p{L}, any script) is a hard-coded string.
 *
 * It is a lint, not a parser: a regular expression after `)` (read as division) or JSX-like oddities can
 * confuse it, which the scanner tests below it would show.
 */

/** Attributes a person reads or hears: these must be translated too. */
export const VISIBLE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-label',
  'placeholder',
  'title',
  'alt',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
]);

/** Template tags whose contents are rendered by Lit. */
const LIT_TAGS = new Set(['html', 'svg']);

/** Stands in for a removed `${…}` in a template's text. */
const HOLE = '\u0000';

export interface HardCodedString {
  /** 1-based line in the scanned source. */
  line: number;
  /** `text`, or `attribute <name>`. */
  where: string;
  /** The offending text, whitespace collapsed, with `${…}` where an expression was. */
  text: string;
}

export interface ScanResult {
  /** How many Lit templates were found (nested ones count separately). */
  templates: number;
  findings: HardCodedString[];
}

interface Template {
  /** The template's static text with each expression replaced by HOLE. */
  text: string;
  /** Source offset of each character of `text`. */
  offsets: number[];
}

/** Scans one TypeScript source file. */
export function scanSource(source: string): ScanResult {
  const templates: Template[] = [];
  scanCode(source, 0, false, templates);
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return line + 1;
  };
  const findings = templates
    .flatMap((template) => analyzeTemplate(template))
    .map(({ offset, where, text }) => ({ line: lineOf(offset), where, text }))
    .sort((a, b) => a.line - b.line);
  return { templates: templates.length, findings };
}

const KEYWORDS_BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

/**
 * Walks code from `start`. With `untilBrace`, stops after the `}` that closes a `${`; returns that index
 * (or the end of the source). Lit templates met on the way are pushed to `out`.
 */
function scanCode(src: string, start: number, untilBrace: boolean, out: Template[]): number {
  let depth = 0;
  let i = start;
  let lastSignificant = -1; // index of the last non-space character outside comments
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      i = end === -1 ? src.length : end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? src.length : end + 2;
      continue;
    }
    if (c === '\'' || c === '"') {
      i = skipString(src, i);
      lastSignificant = i - 1;
      continue;
    }
    if (c === '`') {
      const tag = identifierBefore(src, i);
      i = scanTemplate(src, i + 1, LIT_TAGS.has(tag), out);
      lastSignificant = i - 1;
      continue;
    }
    if (c === '/' && startsRegex(src, lastSignificant)) {
      i = skipRegex(src, i);
      lastSignificant = i - 1;
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') {
      if (depth === 0 && untilBrace) return i + 1;
      depth--;
    }
    if (!/\s/.test(c)) lastSignificant = i;
    i++;
  }
  return i;
}

/** Reads a template literal from just after its opening backtick; returns the index after the closing one. */
function scanTemplate(src: string, start: number, lit: boolean, out: Template[]): number {
  let text = '';
  const offsets: number[] = [];
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      text += src.slice(i, i + 2);
      offsets.push(i, i + 1);
      i += 2;
      continue;
    }
    if (c === '`') {
      if (lit) out.push({ text, offsets });
      return i + 1;
    }
    if (c === '$' && src[i + 1] === '{') {
      text += HOLE;
      offsets.push(i);
      i = scanCode(src, i + 2, true, out);
      continue;
    }
    text += c;
    offsets.push(i);
    i++;
  }
  if (lit) out.push({ text, offsets });
  return i;
}

function skipString(src: string, start: number): number {
  const quote = src[start];
  let i = start + 1;
  while (i < src.length && src[i] !== quote && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipRegex(src: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < src.length && src[i] !== '\n') {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
    i++;
  }
  i++;
  while (i < src.length && /[a-z]/i.test(src[i])) i++; // flags
  return i;
}

/** A `/` starts a regular expression where an expression may begin (after an operator, `(`, a keyword…). */
function startsRegex(src: string, lastSignificant: number): boolean {
  if (lastSignificant < 0) return true;
  const prev = src[lastSignificant];
  if ('(,=:[!&|?{};+-*%<>~^'.includes(prev)) return true;
  if (/[\w$]/.test(prev)) return KEYWORDS_BEFORE_REGEX.has(identifierBefore(src, lastSignificant + 1));
  return false;
}

/** The identifier that ends just before `index`, ignoring spaces: the tag of a tagged template. */
function identifierBefore(src: string, index: number): string {
  let end = index;
  while (end > 0 && /\s/.test(src[end - 1])) end--;
  let begin = end;
  while (begin > 0 && /[\w$]/.test(src[begin - 1])) begin--;
  return src.slice(begin, end);
}

interface RawFinding {
  offset: number;
  where: string;
  text: string;
}

/** Reads a template's HTML: text nodes and user-visible attributes that hold letters outside `${…}`. */
function analyzeTemplate({ text, offsets }: Template): RawFinding[] {
  const findings: RawFinding[] = [];
  const offsetAt = (index: number) => offsets[Math.min(index, offsets.length - 1)] ?? 0;
  let textStart = 0;
  let i = 0;
  const flushText = (end: number) => {
    const node = text.slice(textStart, end);
    if (hasLetter(node)) findings.push({ offset: offsetAt(textStart + node.search(/\S/)), where: 'text', text: show(node) });
  };
  while (i < text.length) {
    if (text.startsWith('<!--', i)) {
      flushText(i);
      const end = text.indexOf('-->', i + 4);
      i = end === -1 ? text.length : end + 3;
      textStart = i;
      continue;
    }
    if (text[i] === '<' && /[a-z/]/i.test(text[i + 1] ?? '')) {
      flushText(i);
      const tag = readTag(text, i);
      for (const attribute of tag.attributes) {
        const name = attribute.name.replace(/^[.?@]/, '').toLowerCase();
        if (VISIBLE_ATTRIBUTES.has(name) && hasLetter(attribute.value)) {
          findings.push({ offset: offsetAt(attribute.valueStart), where: `attribute ${name}`, text: show(attribute.value) });
        }
      }
      i = tag.end;
      // Style and script bodies are not text a person reads.
      if (!tag.closing && (tag.name === 'style' || tag.name === 'script')) {
        const close = text.toLowerCase().indexOf(`</${tag.name}`, i);
        i = close === -1 ? text.length : close;
      }
      textStart = i;
      continue;
    }
    i++;
  }
  flushText(text.length);
  return findings;
}

interface Tag {
  name: string;
  closing: boolean;
  attributes: { name: string; value: string; valueStart: number }[];
  /** Index just after the tag's `>`. */
  end: number;
}

function readTag(text: string, start: number): Tag {
  let i = start + 1;
  const closing = text[i] === '/';
  if (closing) i++;
  const nameStart = i;
  while (i < text.length && !/[\s/>]/.test(text[i]) && text[i] !== HOLE) i++;
  const name = text.slice(nameStart, i).toLowerCase();
  const attributes: Tag['attributes'] = [];
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text[i] === '>') return { name, closing, attributes, end: i + 1 };
    if (text[i] === '/' && text[i + 1] === '>') return { name, closing, attributes, end: i + 2 };
    const attrStart = i;
    while (i < text.length && !/[\s=>]/.test(text[i]) && !(text[i] === '/' && text[i + 1] === '>')) i++;
    const attrName = text.slice(attrStart, i);
    if (!attrName) {
      i++; // a stray character: move on rather than loop
      continue;
    }
    let j = i;
    while (j < text.length && /\s/.test(text[j])) j++;
    if (text[j] !== '=') {
      attributes.push({ name: attrName, value: '', valueStart: attrStart });
      continue;
    }
    j++;
    while (j < text.length && /\s/.test(text[j])) j++;
    const quote = text[j];
    if (quote === '"' || quote === '\'') {
      const close = text.indexOf(quote, j + 1);
      const end = close === -1 ? text.length : close;
      attributes.push({ name: attrName, value: text.slice(j + 1, end), valueStart: j + 1 });
      i = end + 1;
    } else {
      let end = j;
      while (end < text.length && !/[\s>]/.test(text[end])) end++;
      attributes.push({ name: attrName, value: text.slice(j, end), valueStart: j });
      i = end;
    }
  }
  return { name, closing, attributes, end: text.length };
}

/** True when text outside `${…}` holds a letter; character references are decoded or, if named, dropped. */
function hasLetter(text: string): boolean {
  const decoded = text
    .split(HOLE)
    .join(' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&[a-z][a-z0-9]*;/gi, ' '); // &nbsp; &middot; &amp; …: symbols and spaces
  return /\p{L}/u.test(decoded);
}

function show(text: string): string {
  return text.split(HOLE).join('${…}').replace(/\s+/g, ' ').trim();
}
