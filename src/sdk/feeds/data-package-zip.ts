// The entries of a zipped data package, inflated under a cap (a small zip can inflate to gigabytes).
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ResponseTooLargeError } from '../errors.js';

/**
 * Inflates the entries `wanted` accepts, stopping with a ResponseTooLargeError as soon as their inflated
 * bytes pass `maxBytes` (counted as they come out, not as the zip's headers claim).
 */
export function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, maxBytes: number, url: string): Map<string, Uint8Array> {
  const chunks = new Map<string, Uint8Array[]>();
  let inflated = 0;
  let tooLarge = false;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file: UnzipFile) => {
    if (tooLarge || file.name.endsWith('/') || !wanted(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, chunk) => {
      if (error || tooLarge) return;
      inflated += chunk.byteLength;
      if (inflated > maxBytes) {
        tooLarge = true;
        file.terminate();
        return;
      }
      parts.push(chunk);
    };
    file.start();
  };
  unzip.push(bytes, true);
  if (tooLarge) throw new ResponseTooLargeError(url, 'GET', maxBytes);
  const entries = new Map<string, Uint8Array>();
  for (const [name, parts] of chunks) {
    const size = parts.reduce((sum, part) => sum + part.byteLength, 0);
    const entry = new Uint8Array(size);
    let offset = 0;
    for (const part of parts) {
      entry.set(part, offset);
      offset += part.byteLength;
    }
    entries.set(name, entry);
  }
  return entries;
}
