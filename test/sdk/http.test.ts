import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createClient,
  FeedFormatError,
  HttpError,
  isFeedFormatError,
  isHttpError,
  isNetworkError,
  isResourceDirectoryError,
  isResponseTooLargeError,
  isTimeoutError,
  NetworkError,
  ResourceDirectoryError,
  ResponseTooLargeError,
  TimeoutError,
} from '../../src/sdk/index.js';
import { fetchJson } from '../../src/sdk/http/fetch-json.js';
import { page, service } from './support/services.js';
import { useMockServer } from './support/msw.js';

const server = useMockServer();
const FILE = 'https://feed.test/services.json';
const body = page([service({ id: 's1', name: 'Food bank' })]);
const fileClient = (options: Partial<Parameters<typeof createClient>[0]> = {}) => createClient({ feed: FILE, cache: false, ...options });

/** Counts requests to the feed and answers each with the next response (the last one repeats). */
function respond(...responses: (() => Response | Promise<Response>)[]) {
  const calls: number[] = [];
  server.use(
    http.get(FILE, () => {
      calls.push(Date.now());
      return responses[Math.min(calls.length, responses.length) - 1]!();
    }),
  );
  return calls;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('typed errors', () => {
  it('maps a 404 to HttpError with status, method and URL', async () => {
    respond(() => new HttpResponse('Item Not Found', { status: 404, statusText: 'Not Found' }));
    const error = await fileClient().search().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toBeInstanceOf(ResourceDirectoryError);
    expect(error).toMatchObject({ name: 'HttpError', status: 404, url: FILE, method: 'GET' });
    expect((error as Error).message).toBe(`Request failed with status 404 Not Found: GET ${FILE}`);
    expect(isHttpError(error) && isResourceDirectoryError(error)).toBe(true);
  });

  it('does not retry other client or server errors', async () => {
    const calls = respond(() => new HttpResponse(null, { status: 501 }));
    await expect(fileClient().search()).rejects.toMatchObject({ status: 501 });
    expect(calls).toHaveLength(1);
  });

  it('reports an HTML page served with 200, a non-JSON body and an unknown shape as FeedFormatError', async () => {
    respond(() => HttpResponse.html('<!doctype html><title>Oops</title>'));
    await expect(fileClient().search()).rejects.toThrow(FeedFormatError);
    await expect(fileClient().search()).rejects.toThrow(/HTML page/);
    respond(() => HttpResponse.text('{"contents": [', { headers: { 'content-type': 'application/json' } }));
    const notJson = await fileClient().search().catch((e: unknown) => e);
    expect(isFeedFormatError(notJson)).toBe(true);
    expect((notJson as Error).message).toContain(FILE);
    respond(() => HttpResponse.json({ hello: 'world' }));
    await expect(fileClient().search()).rejects.toThrow(/unrecognized JSON shape/);
  });

  it('recognizes errors by brand and name across realms, not DOMExceptions of the same name', () => {
    const foreign = Object.assign(new Error('x'), { name: 'HttpError', status: 500, [Symbol.for('resource-directory.error')]: true });
    expect(isHttpError(foreign)).toBe(true);
    expect(isTimeoutError(new DOMException('t', 'TimeoutError'))).toBe(false);
    expect(isHttpError({ name: 'HttpError' })).toBe(false);
    expect(isNetworkError(new NetworkError('u', 'GET', new TypeError('x')))).toBe(true);
  });

  it('sends JSON accept and the configured headers', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get(FILE, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json(body);
      }),
    );
    await fileClient({ headers: { 'x-api-key': 'k' } }).search();
    expect(headers?.get('accept')).toBe('application/json');
    expect(headers?.get('x-api-key')).toBe('k');
  });
});

describe('retries', () => {
  it('retries network errors with backoff (default 2 retries), then throws NetworkError with the cause', async () => {
    vi.useFakeTimers();
    const calls = respond(() => HttpResponse.error());
    const result = fileClient().search().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5_000);
    const error = await result;
    expect(calls).toHaveLength(3);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
    // exponential: the second wait is longer than the first would ever be
    expect(calls[2]! - calls[1]!).toBeGreaterThanOrEqual(300);
    expect(calls[1]! - calls[0]!).toBeLessThanOrEqual(300);
  });

  it.each([429, 500, 502, 503, 504])('retries %i and succeeds', async (status) => {
    vi.useFakeTimers();
    const calls = respond(() => new HttpResponse(null, { status }), () => HttpResponse.json(body));
    const result = fileClient().search();
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await result).items).toHaveLength(1);
    expect(calls).toHaveLength(2);
  });

  it('honours a Retry-After of up to 5 s, in seconds or as an HTTP date', async () => {
    vi.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z') });
    const calls = respond(() => new HttpResponse(null, { status: 503, headers: { 'retry-after': '2' } }), () => HttpResponse.json(body));
    const result = fileClient().search();
    await vi.advanceTimersByTimeAsync(1_900);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveLength(2);
    await result;

    const dated = respond(() => new HttpResponse(null, { status: 429, headers: { 'retry-after': new Date('2025-01-01T00:00:07Z').toUTCString() } }), () => HttpResponse.json(body));
    const waited = fileClient().search(); // at 00:00:02.1, so a wait of 4.9 s
    await vi.advanceTimersByTimeAsync(4_800);
    expect(dated).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(dated).toHaveLength(2);
    await waited;
  });

  it('gives up at once, saying how long, when Retry-After asks for more than 5 s', async () => {
    const calls = respond(() => new HttpResponse(null, { status: 429, headers: { 'retry-after': '3600' } }), () => HttpResponse.json(body));
    const error = await fileClient().search().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'HttpError', status: 429, retryAfterMs: 3_600_000 });
    expect(calls).toHaveLength(1);
  });

  it('stops after the configured number of retries', async () => {
    vi.useFakeTimers();
    const calls = respond(() => new HttpResponse(null, { status: 503 }));
    const result = fileClient({ retries: 0 }).search().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await result).toMatchObject({ status: 503 });
    expect(calls).toHaveLength(1);
  });
});

describe('timeouts and cancellation', () => {
  it('times out each attempt after timeoutMs with a TimeoutError naming the URL', async () => {
    const calls = respond(async () => {
      await delay('infinite');
      return HttpResponse.json(body);
    });
    const error = await fileClient({ timeoutMs: 50 }).search().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, url: FILE });
    expect((error as Error).message).toContain(`GET ${FILE}`);
    expect(calls).toHaveLength(1);
  });

  it('rejects with the signal reason (an AbortError), not a wrapped error', async () => {
    respond(async () => {
      await delay('infinite');
      return HttpResponse.json(body);
    });
    const controller = new AbortController();
    const result = fileClient().search({ signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(isResourceDirectoryError(error)).toBe(false);
  });

  it('passes a custom abort reason through', async () => {
    const controller = new AbortController();
    const reason = new Error('user left');
    controller.abort(reason);
    await expect(fileClient().search({ signal: controller.signal })).rejects.toBe(reason);
  });

  it('fetchJson rejects with the signal reason mid-request, even without retries', async () => {
    const controller = new AbortController();
    const pending = fetchJson(FILE, {
      fetch: (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new TypeError('fetch failed')))),
      timeoutMs: 10_000,
      retries: 0,
      maxBytes: 1_000,
      signal: controller.signal,
    });
    const reason = new DOMException('left', 'AbortError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('fetchJson stops waiting for a retry as soon as the signal aborts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    let calls = 0;
    const pending = fetchJson(FILE, {
      fetch: async () => (calls++, new Response(null, { status: 503, headers: { 'retry-after': '4' } })),
      timeoutMs: 10_000,
      retries: 2,
      maxBytes: 1_000,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    const settled = await Promise.race([pending, new Promise((resolve) => setImmediate(() => resolve('still waiting')))]);
    expect((settled as Error).name).toBe('AbortError');
    expect(calls).toBe(1);
  });

  it('cancels the wait between retries', async () => {
    vi.useFakeTimers();
    const calls = respond(() => new HttpResponse(null, { status: 503, headers: { 'retry-after': '4' } }));
    const controller = new AbortController();
    const result = fileClient().search({ signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    expect(((await result) as Error).name).toBe('AbortError');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });
});

describe('response size cap', () => {
  it('refuses a body whose Content-Length is over the cap', async () => {
    respond(() => HttpResponse.json(body, { headers: { 'content-length': String(10_000_000) } }));
    const error = await fileClient({ maxBytes: 1_000 }).search().catch((e: unknown) => e);
    expect(isResponseTooLargeError(error)).toBe(true);
    expect(error).toMatchObject({ maxBytes: 1_000 });
    expect((error as Error).message).toContain(FILE);
  });

  it('stops reading a streamed body as soon as it passes the cap, and cancels it', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = () =>
      new ReadableStream({
        pull(controller) {
          pulled++;
          controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
        },
        cancel() {
          cancelled = true;
        },
      });
    respond(() => new HttpResponse(endless(), { headers: { 'content-type': 'application/json' } }));
    await expect(fileClient({ maxBytes: 64 * 1024 }).search()).rejects.toThrow(ResponseTooLargeError);
    expect(pulled).toBeLessThan(80);

    // Without msw in between, the cancellation reaches the source.
    pulled = 0;
    const direct = fileClient({ maxBytes: 64 * 1024, fetch: async () => new Response(endless()) });
    await expect(direct.search()).rejects.toThrow(ResponseTooLargeError);
    expect(pulled).toBeLessThan(80);
    expect(cancelled).toBe(true);
  });

  it('defaults to 100 MB for files: room for 10,000 services (about 65 MB)', async () => {
    respond(() => HttpResponse.json(body, { headers: { 'content-length': String(101 * 1024 * 1024) } }));
    await expect(fileClient().search()).rejects.toThrow(ResponseTooLargeError);
    respond(() => HttpResponse.json(body, { headers: { 'content-length': String(65 * 1024 * 1024) } }));
    await expect(fileClient().search()).resolves.toMatchObject({ total: 1 });
  });
});
