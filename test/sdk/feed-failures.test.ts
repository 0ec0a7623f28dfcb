import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient, failureOf, isFeedFormatError, isTooManyRedirectsError, TooManyRedirectsError, webmasterAdvice } from '../../src/sdk/index.js';
import { page, service } from './support/services.js';
import { useMockServer } from './support/msw.js';

const server = useMockServer();
const FILE = 'https://feed.test/services.json';
const API = 'https://api.test/';
const body = page([service({ id: 's1', name: 'Food bank' })]);
const fileClient = (options: Partial<Parameters<typeof createClient>[0]> = {}) => createClient({ feed: FILE, cache: false, ...options });

/** Answers the file with `respond` and counts the requests. */
function serveFile(respond: () => Response): { count: number } {
  const calls = { count: 0 };
  server.use(http.get(FILE, () => (calls.count++, respond())));
  return calls;
}

/** The search's error, sorted for the visitor, with the console's advice beside it. */
const failure = async (client = fileClient()) => {
  const error = await client.search().catch((e: unknown) => e);
  return { ...failureOf(error), advice: webmasterAdvice(error) };
};

describe('what a failure is, for the visitor and the webmaster', () => {
  it('a 404 or 410 is "not found", and the advice names the URL and the status', async () => {
    for (const status of [404, 410]) {
      serveFile(() => new HttpResponse('gone', { status }));
      const found = await failure();
      expect(found.kind).toBe('not-found');
      expect(found.advice).toContain(FILE);
      expect(found.advice).toContain(String(status));
    }
  });

  it('an HTML page, a wrong JSON shape and [1,2,3] are "not a directory feed"', async () => {
    for (const answer of [
      () => new HttpResponse('<!doctype html><title>Home</title>', { headers: { 'content-type': 'text/html' } }),
      () => HttpResponse.json({ hello: 'world' }),
      () => HttpResponse.json([1, 2, 3]),
      () => HttpResponse.json({ contents: ['a', 'b'], total_items: 2 }),
    ]) {
      serveFile(answer);
      const error = await fileClient().search().catch((e: unknown) => e);
      expect(isFeedFormatError(error)).toBe(true);
      expect(failureOf(error)).toMatchObject({ kind: 'not-a-feed' });
      expect(webmasterAdvice(error)).toContain(FILE);
    }
  });

  it('[1,2,3] from an API is not a page of results either', async () => {
    server.use(
      http.get(API, () => HttpResponse.json({ version: '3.1' })),
      http.get(`${API}services`, () => HttpResponse.json([1, 2, 3])),
    );
    expect(await failure(createClient({ feed: API, cache: false }))).toMatchObject({ kind: 'not-a-feed' });
  });

  it('429 with Retry-After: 3600 is "busy" with the wait, after one request', async () => {
    const calls = serveFile(() => new HttpResponse(null, { status: 429, headers: { 'retry-after': '3600' } }));
    expect(await failure()).toMatchObject({ kind: 'busy', retryAfterMs: 3_600_000, advice: expect.stringContaining('429') });
    expect(calls.count).toBe(1);
  });

  it('503 without Retry-After is "busy" with no wait; other 5xx are "unavailable"', async () => {
    serveFile(() => new HttpResponse(null, { status: 503 }));
    const busy = await failure(fileClient({ retries: 0 }));
    expect(busy).toMatchObject({ kind: 'busy' });
    expect(busy).not.toHaveProperty('retryAfterMs');
    serveFile(() => new HttpResponse(null, { status: 501 }));
    expect(await failure()).toMatchObject({ kind: 'unavailable' });
  });

  it('no connection is "offline", with the CORS fix for the webmaster', async () => {
    serveFile(() => HttpResponse.error());
    const offline = await failure(fileClient({ retries: 0 }));
    expect(offline.kind).toBe('offline');
    expect(offline.advice).toContain('Access-Control-Allow-Origin');
  });

  it('a file over the size cap is "too large", naming the cap', async () => {
    serveFile(() => HttpResponse.json(body, { headers: { 'content-length': '5000' } }));
    const tooLarge = await failure(fileClient({ maxBytes: 1_000 }));
    expect(tooLarge.kind).toBe('too-large');
    expect(tooLarge.advice).toContain('1000-byte');
  });

  it('anything else thrown is "unknown", never an exception of its own', () => {
    expect(failureOf(new RangeError('boom'))).toEqual({ kind: 'unknown' });
    expect(failureOf(undefined)).toEqual({ kind: 'unknown' });
    expect(webmasterAdvice(new RangeError('boom'))).toBe('boom. Unexpected error.');
    expect(webmasterAdvice(undefined)).toBe('undefined. Unexpected error.');
  });
});

describe('redirects', () => {
  /** /hop/n redirects to /hop/n+1 until `last`, which serves the feed; with no last, forever. */
  function hops(last?: number): { count: number } {
    const calls = { count: 0 };
    server.use(
      http.get('https://feed.test/hop/:n', ({ params }) => {
        calls.count++;
        const n = Number(params.n);
        if (n === last) return HttpResponse.json(body);
        return new HttpResponse(null, { status: 302, headers: { location: `/hop/${n + 1}` } });
      }),
    );
    return calls;
  }

  it('follows up to 5 redirects', async () => {
    hops(5);
    const client = createClient({ feed: 'https://feed.test/hop/0', kind: 'file', cache: false });
    await expect(client.search()).resolves.toMatchObject({ total: 1 });
  });

  it('sends the caller\'s headers to the feed\'s origin only, not to where it redirects', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.get(FILE, ({ request }) => (keys.push(request.headers.get('x-key')), new HttpResponse(null, { status: 302, headers: { location: 'https://elsewhere.test/feed.json' } }))),
      http.get('https://elsewhere.test/feed.json', ({ request }) => (keys.push(request.headers.get('x-key')), HttpResponse.json(body))),
    );
    await expect(fileClient({ headers: { 'x-key': 'secret' } }).search()).resolves.toMatchObject({ total: 1 });
    expect(keys).toEqual(['secret', null]);
  });

  it('stops a redirect loop after 5 redirects (6 requests), without retrying it', async () => {
    const calls = hops();
    const client = createClient({ feed: 'https://feed.test/hop/0', kind: 'file', cache: false });
    const error = await client.search().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRedirectsError);
    expect(isTooManyRedirectsError(error)).toBe(true);
    expect(calls.count).toBe(6);
    expect(webmasterAdvice(error)).toContain('final address');
  });

  it('where the runtime hides redirects (browsers), lets fetch follow once and does not retry a failed chain', async () => {
    const modes: (RequestRedirect | undefined)[] = [];
    const fetch = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      modes.push(init?.redirect);
      if (init?.redirect === 'manual') return { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null } as Response;
      throw new TypeError('Failed to fetch'); // the browser's answer to a loop past its limit of 20
    };
    const error = await fileClient({ fetch }).search().catch((e: unknown) => e);
    expect(failureOf(error).kind).toBe('offline');
    expect(modes).toEqual(['manual', 'follow']);
  });
});

describe('paging on impossible totals', () => {
  it('ignores total_items: 1e300 rather than print a 300-digit count', async () => {
    const items = Array.from({ length: 10 }, (_, i) => service({ id: `s${i}`, name: `Service ${i}` }));
    server.use(
      http.get(API, () => HttpResponse.json({ version: '3.1' })),
      http.get(`${API}services`, () => HttpResponse.json({ contents: items, total_items: 1e300, total_pages: 1e299 })),
    );
    const client = createClient({ feed: API, cache: false });
    const first = await client.search();
    // A full page without a usable total: at least one more, so a next page is offered (it repeats the first).
    expect(first).toMatchObject({ total: 11, totalPages: 2, totalIsLowerBound: true });
    expect(await client.search({ page: 2 })).toMatchObject({ items: [], total: 10, totalPages: 1 });
  });

  it('an API that returns the same page forever ends at what it has: page 2 is empty and the count is 10', async () => {
    const items = Array.from({ length: 10 }, (_, i) => service({ id: `s${i}`, name: `Service ${i}` }));
    server.use(
      http.get(API, () => HttpResponse.json({ version: '3.1' })),
      http.get(`${API}services`, () => HttpResponse.json(page(items, 1, 5_000, 10))),
    );
    const client = createClient({ feed: API, cache: false });
    expect(await client.search()).toMatchObject({ total: 5_000 });
    expect(await client.search({ page: 2 })).toMatchObject({ items: [], total: 10 });
  });
});
