/** A registry symbol, so a RawFile is recognised by the data-package reader even from a separate bundle. */
const rawFileBrand: unique symbol = Symbol.for('resource-directory.raw-file');

/**
 * A body that is not JSON but a table file: a CSV table or a zipped data package. The bytes are kept as
 * they came; the lazily loaded data-package reader decodes them.
 */
export class RawFile {
  readonly [rawFileBrand] = true;
  readonly type: 'csv' | 'zip';
  readonly bytes: Uint8Array;
  readonly url: string;

  constructor(type: 'csv' | 'zip', bytes: Uint8Array, url: string) {
    this.type = type;
    this.bytes = bytes;
    this.url = url;
  }
}

export const isRawFile = (value: unknown): value is RawFile =>
  typeof value === 'object' && value !== null && (value as Partial<RawFile>)[rawFileBrand] === true;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4", a zip's first local file header
const CSV_PATH = /\.(?:csv|tsv|txt)$/i;
const CSV_TYPE = /\b(?:text\/(?:csv|tab-separated-values)|application\/csv)\b/i;

/** Which table file the body is, by its first bytes, its media type or its URL; undefined for anything else. */
export function tableFileType(bytes: Uint8Array, contentType: string, url: string): RawFile['type'] | undefined {
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) return 'zip';
  if (CSV_TYPE.test(contentType)) return 'csv';
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // not an absolute URL: no path to judge by
  }
  if (!CSV_PATH.test(path) || /html/i.test(contentType)) return undefined;
  // A `.csv` URL answered with JSON (an API that ignores the extension) is still read as JSON, and one
  // answered with a page (a host's "not found" page sent with 200) is refused as HTML.
  const first = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' || first === '<' ? undefined : 'csv';
}
