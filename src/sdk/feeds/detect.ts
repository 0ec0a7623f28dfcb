import { isFeedFormatError, isHttpError } from '../type-guards.js';
import { needsTableReader } from './data-package-descriptor.js';
import { isDataset, isServiceAtLocation } from '../normalize/record-kinds.js';
import { isRecord } from '../normalize/parse-entity.js';
import { readPage } from '../normalize/envelope.js';
import type { FeedContext } from './feed.js';
import { FILE_PATH, withSlash } from './first-request.js';

export type DetectedFeed =
  | { kind: 'api'; base: string; root?: Record<string, unknown> }
  | { kind: 'file'; url: string; body?: unknown };

/** Room for a 10,000-service file (about 65 MB of realistic HSDS JSON), which the file worker reads off the main thread. */
export const FILE_MAX_BYTES = 100 * 1024 * 1024;

/**
 * True for any document a static feed may be: a page, an array, a dataset, one service or one SAL, a data
 * package descriptor, a CSV table or a zip.
 */
export const isFeedDocument = (json: unknown): boolean =>
  needsTableReader(json) ||
  readPage(json) !== undefined ||
  isDataset(json) ||
  isServiceAtLocation(json) ||
  (isRecord(json) && 'id' in json && 'name' in json && !('version' in json));

/**
 * Tells an HSDS API from a static file. A URL ending in `.json`, `.csv` or `.zip` is a file. Otherwise
 * `GET {feed}/` decides: JSON with a `version` is an API root; a list, dataset, data package, CSV or zip is
 * a file (its body is kept so it is not fetched twice). A 4xx, an HTML page or other JSON there means an
 * API without a usable `/`, i.e. legacy ORUK 1.0.
 */
export async function detectFeed(context: FeedContext, kind: 'api' | 'file' | undefined, signal?: AbortSignal): Promise<DetectedFeed> {
  const feed = context.url;
  if (kind === 'file' || (kind === undefined && FILE_PATH.test(new URL(feed).pathname))) return { kind: 'file', url: feed };
  if (kind === 'api') return { kind: 'api', base: withSlash(feed) };
  const probe = async (url: string) => context.request(url, { signal, maxBytes: context.maxBytes ?? FILE_MAX_BYTES });
  let json: unknown;
  try {
    json = await probe(withSlash(feed));
  } catch (error) {
    const unusableRoot = (isHttpError(error) && error.status >= 400 && error.status < 500) || isFeedFormatError(error);
    if (!unusableRoot) throw error;
    // "{feed}/" may not exist where "{feed}" is a file served without a .json extension.
    if (withSlash(feed) !== feed && isHttpError(error)) {
      const body = await probe(feed).catch((retryError: unknown) => {
        if (signal?.aborted) throw retryError;
        return undefined;
      });
      if (isFeedDocument(body)) return { kind: 'file', url: feed, body };
    }
    return { kind: 'api', base: withSlash(feed) };
  }
  // A descriptor states its package's version, which is not an API's.
  if (needsTableReader(json)) return { kind: 'file', url: withSlash(feed), body: json };
  const isList = readPage(json) !== undefined || isDataset(json);
  if (!isList && isRecord(json) && typeof json.version === 'string') return { kind: 'api', base: withSlash(feed), root: json };
  if (isFeedDocument(json)) return { kind: 'file', url: withSlash(feed), body: json };
  return { kind: 'api', base: withSlash(feed), root: isRecord(json) ? json : undefined };
}
