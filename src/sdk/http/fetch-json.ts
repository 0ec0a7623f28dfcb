import {
  FeedFormatError,
  HttpError,
  NetworkError,
  ResourceDirectoryError,
  ResponseTooLargeError,
  TimeoutError,
  TooManyRedirectsError,
} from '../errors.js';
import { takeEarlyResponse } from './early-responses.js';
import { RawFile, tableFileType } from './raw-file.js';
import { readLimitedBytes } from './read-body.js';
import { backoffMs, MAX_RETRY_WAIT_MS, RETRY_STATUSES, retryAfterMs, sleep } from './retry.js';

export interface FetchJsonOptions {
  fetch: typeof globalThis.fetch;
  headers?: Record<string, string>;
  /** Per attempt, including reading the body. */
  timeoutMs: number;
  /** Further attempts after a network error or a 429/500/502/503/504 (not when `Retry-After` asks for more than 5 s). */
  retries: number;
  maxBytes: number;
  signal?: AbortSignal;
  /** Parses the JSON text instead of JSON.parse, e.g. in slices on the main thread (util/sliced-json.ts). */
  parse?: (text: string) => unknown;
  /** A 204 No Content answers undefined instead of failing as an empty body. */
  noContent?: boolean;
  /**
   * Takes the response to this URL that the elements started before the SDK arrived (early-responses.ts),
   * if any: only for requests made as that one was, through the global fetch with none of the caller's headers.
   */
  claimEarly?: boolean;
}

const METHOD = 'GET';
/** Redirects followed per request; `fetch` itself would follow 20, so a loop cost 21 requests per attempt. */
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

type Attempt = { data: unknown } | { retry: ResourceDirectoryError; delayMs?: number };

async function parseJson(text: string, response: Response, url: string, parse: (text: string) => unknown = JSON.parse): Promise<unknown> {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (/html/i.test(response.headers.get('content-type') ?? '') || body.startsWith('<')) {
    throw new FeedFormatError(url, 'an HTML page came back instead of JSON');
  }
  if (!body) throw new FeedFormatError(url, 'empty response body');
  try {
    return await parse(body);
  } catch (cause) {
    throw new FeedFormatError(url, 'the body is not valid JSON', { cause });
  }
}

/** A redirect the browser followed for us failed (a loop past its own limit of 20, or a refused target). */
class FollowFailed {
  constructor(readonly cause: unknown) {}
}

/**
 * One request, following at most {@link MAX_REDIRECTS} redirects. Where the runtime shows a redirect's
 * `Location` (Node, Deno, test doubles) we follow it ourselves; browsers hide it (an `opaqueredirect`
 * response), so there the request is repeated with the browser following, within its own limit of 20.
 */
async function send(url: string, options: FetchJsonOptions, signal: AbortSignal): Promise<Response> {
  const origin = new URL(url).origin;
  let target = url;
  for (let redirects = 0; ; redirects++) {
    // The caller's headers (a proxy key) go to the feed's own origin only, never to where it redirects.
    const headers = new URL(target).origin === origin ? { accept: 'application/json', ...options.headers } : { accept: 'application/json' };
    const init = { method: METHOD, headers, signal };
    const early = options.claimEarly && redirects === 0 ? takeEarlyResponse(target, signal) : undefined;
    const response = await (early ?? options.fetch(target, { ...init, redirect: 'manual' }));
    if (response.type === 'opaqueredirect') {
      return options.fetch(target, { ...init, redirect: 'follow' }).catch((cause: unknown) => {
        throw new FollowFailed(cause);
      });
    }
    const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
    if (location === null) return response;
    void response.body?.cancel().catch(() => undefined);
    if (redirects >= MAX_REDIRECTS) throw new TooManyRedirectsError(url, METHOD, MAX_REDIRECTS);
    target = new URL(location, target).href;
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
    let response: Response;
    try {
      response = await send(url, options, controller.signal);
    } catch (cause) {
      const result = failure(cause instanceof FollowFailed ? cause.cause : cause);
      // The server answered with a redirect, so the visitor is online: a chain that then fails is not retried.
      if (cause instanceof FollowFailed && 'retry' in result) throw result.retry;
      return result;
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined); // not awaited: some streams never settle a cancel
      const wait = retryAfterMs(response.headers.get('retry-after'));
      const error = new HttpError(response.status, response.statusText, url, METHOD, wait);
      if (!RETRY_STATUSES.has(response.status) || (wait ?? 0) > MAX_RETRY_WAIT_MS) throw error;
      return { retry: error, delayMs: wait };
    }
    if (response.status === 204 && options.noContent) {
      void response.body?.cancel().catch(() => undefined);
      return { data: undefined };
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimitedBytes(response, options.maxBytes, () => new ResponseTooLargeError(url, METHOD, options.maxBytes));
    } catch (cause) {
      return failure(cause);
    }
    const tableFile = tableFileType(bytes, response.headers.get('content-type') ?? '', url);
    if (tableFile) return { data: new RawFile(tableFile, bytes, url) };
    return { data: await parseJson(new TextDecoder().decode(bytes), response, url, options.parse) };
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
