import {
  FeedFormatError,
  HttpError,
  NetworkError,
  ResourceDirectoryError,
  ResponseTooLargeError,
  TimeoutError,
} from '../errors.js';
import { RawFile, tableFileType } from './raw-file.js';
import { readLimitedBytes } from './read-body.js';
import { backoffMs, RETRY_STATUSES, retryAfterMs, sleep } from './retry.js';

export interface FetchJsonOptions {
  fetch: typeof globalThis.fetch;
  headers?: Record<string, string>;
  /** Per attempt, including reading the body. */
  timeoutMs: number;
  /** Further attempts after a network error or a 429/502/503/504. */
  retries: number;
  maxBytes: number;
  signal?: AbortSignal;
}

const METHOD = 'GET';

type Attempt = { data: unknown } | { retry: ResourceDirectoryError; delayMs?: number };

function parseJson(text: string, response: Response, url: string): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (/html/i.test(response.headers.get('content-type') ?? '') || body.startsWith('<')) {
    throw new FeedFormatError(url, 'an HTML page came back instead of JSON');
  }
  if (!body) throw new FeedFormatError(url, 'empty response body');
  try {
    return JSON.parse(body);
  } catch (cause) {
    throw new FeedFormatError(url, 'the body is not valid JSON', { cause });
  }
}

async function attempt(url: string, options: FetchJsonOptions): Promise<Attempt> {
  const { signal, timeoutMs } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  // Cancellation passes through as the caller's own reason; our timer becomes a TimeoutError.
  const failure = (cause: unknown): Attempt => {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) throw new TimeoutError(url, METHOD, timeoutMs);
    if (cause instanceof ResourceDirectoryError) throw cause;
    return { retry: new NetworkError(url, METHOD, cause) };
  };
  try {
    const fetchImpl = options.fetch;
    let response: Response;
    try {
      response = await fetchImpl(url, { method: METHOD, headers: { accept: 'application/json', ...options.headers }, signal: controller.signal });
    } catch (cause) {
      return failure(cause);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined); // not awaited: some streams never settle a cancel
      const error = new HttpError(response.status, response.statusText, url, METHOD);
      if (!RETRY_STATUSES.has(response.status)) throw error;
      return { retry: error, delayMs: retryAfterMs(response.headers.get('retry-after')) };
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimitedBytes(response, options.maxBytes, () => new ResponseTooLargeError(url, METHOD, options.maxBytes));
    } catch (cause) {
      return failure(cause);
    }
    const tableFile = tableFileType(bytes, response.headers.get('content-type') ?? '', url);
    if (tableFile) return { data: new RawFile(tableFile, bytes, url) };
    return { data: parseJson(new TextDecoder().decode(bytes), response, url) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * GETs a JSON document (or a CSV table or zip file, returned as a {@link RawFile}) with a per-attempt
 * timeout, a streaming size cap and bounded retries (exponential backoff with jitter, or the server's
 * `Retry-After`). An abort cancels the request, the retries and the waits between them, and rejects with
 * the signal's reason.
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  for (let attemptIndex = 0; ; attemptIndex++) {
    options.signal?.throwIfAborted();
    const result = await attempt(url, options);
    if ('data' in result) return result.data;
    if (attemptIndex >= options.retries) throw result.retry;
    await sleep(result.delayMs ?? backoffMs(attemptIndex), options.signal);
  }
}
