// JSON.parse of a multi-megabyte feed is one long task. Where no worker can take it, the document is split
// at its top level (and one level into large arrays, where feeds keep their records) with a linear scan, and
// each piece is parsed on its own, pausing between them. Anything the scan does not expect is handed to
// JSON.parse whole, so errors and edge cases are exactly JSON.parse's.

/** Below this, one JSON.parse is quicker than splitting and short enough not to matter. */
const SPLIT_ABOVE_CHARS = 512 * 1024;

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/** Index just past the JSON value starting at `start` (strings and nesting followed), or -1 if it does not end. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  do {
    const char = text.charCodeAt(i);
    if (char === 0x22) {
      // A string: skip to its closing quote, stepping over escapes.
      for (i++; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x5c) i++;
        else if (code === 0x22) break;
      }
    } else if (char === 0x5b || char === 0x7b) depth++;
    else if (char === 0x5d || char === 0x7d) depth--;
    else if (depth === 0 && (char === 0x2c || isSpace(char))) return i; // end of a scalar
    i++;
  } while (depth > 0 && i < text.length);
  if (depth !== 0) return -1;
  // A scalar at depth 0 runs until a separator or a closing bracket.
  if (text.charCodeAt(start) !== 0x5b && text.charCodeAt(start) !== 0x7b && text.charCodeAt(start) !== 0x22) {
    while (i < text.length && !isSpace(text.charCodeAt(i)) && !',]}'.includes(text[i]!)) i++;
  }
  return i;
}

const skipSpace = (text: string, i: number): number => {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
};

/** The pieces of the array or object spanning [start, end): [key or undefined, value start, value end]. */
function members(text: string, start: number, end: number): [string | undefined, number, number][] | undefined {
  const isObject = text[start] === '{';
  const pieces: [string | undefined, number, number][] = [];
  let i = skipSpace(text, start + 1);
  if (text[i] === (isObject ? '}' : ']')) return i + 1 === end ? pieces : undefined;
  while (i < end) {
    let key: string | undefined;
    if (isObject) {
      const keyEnd = valueEnd(text, i);
      if (text[i] !== '"' || keyEnd < 0) return undefined;
      key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skipSpace(text, keyEnd);
      if (text[i] !== ':') return undefined;
      i = skipSpace(text, i + 1);
    }
    const stop = valueEnd(text, i);
    if (stop < 0) return undefined;
    pieces.push([key, i, stop]);
    i = skipSpace(text, stop);
    if (text[i] === ',') i = skipSpace(text, i + 1);
    else if (text[i] === (isObject ? '}' : ']') && i + 1 === end) return pieces;
    else return undefined;
  }
  return undefined;
}

/**
 * JSON.parse(text), pausing whenever `pause()` returns a promise (see `slicer`): the same value, built from
 * pieces parsed one by one. Small documents and shapes the scan does not expect are parsed whole.
 */
export async function parseJsonInSlices(text: string, pause: () => Promise<void> | undefined): Promise<unknown> {
  if (text.length < SPLIT_ABOVE_CHARS) return JSON.parse(text);
  const start = skipSpace(text, 0);
  const end = valueEnd(text, start);
  if (end < 0 || skipSpace(text, end) !== text.length || (text[start] !== '[' && text[start] !== '{')) return JSON.parse(text);

  const parse = async (from: number, to: number, level: number): Promise<unknown> => {
    const split = level < 2 && to - from >= SPLIT_ABOVE_CHARS && (text[from] === '[' || text[from] === '{');
    const pieces = split ? members(text, from, to) : undefined;
    if (!pieces) {
      const value: unknown = JSON.parse(text.slice(from, to));
      await pause();
      return value;
    }
    const values: unknown[] = [];
    for (const [, pieceStart, pieceEnd] of pieces) values.push(await parse(pieceStart, pieceEnd, level + 1));
    // fromEntries defines own properties, as JSON.parse does, so a "__proto__" key stays data.
    return text[from] === '{' ? Object.fromEntries(pieces.map(([key], index) => [key!, values[index]])) : values;
  };
  return parse(start, end, 0);
}
