import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient, type KeyValueStorage } from '../../src/sdk/index.js';
import { useMockServer } from './support/msw.js';
import { page, service } from './support/services.js';

const server = useMockServer();
const API = 'https://api.test/v3';
const MINUTE = 60_000;

/** An API whose /services answers with the current `state`: a name for the single listing, or an outage. */
function api() {
  const state = { name: 'First', down: undefined as undefined | 'network' | 503 | 'slow', requests: 0 };
  server.use(
    http.get(`${API}/`, () => (state.down === 'network' || state.down === 503 ? HttpResponse.error() : HttpResponse.json({ version: '3.1' }))),
    http.get(`${API}/services`, async () => {
      state.requests++;
      if (state.down === 'network') return HttpResponse.error();
      if (state.down === 503) return new HttpResponse(null, { status: 503 });
      if (state.down === 'slow') await delay('infinite');
      return HttpResponse.json(page([service({ id: 's', name: state.name })]));
    }),
  );
  return state;
}

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const names = (result: { items: { name: string }[] }) => result.items.map((l) => l.name);
const fast = { retries: 0, timeoutMs: 200 };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-06-01T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('result cache', () => {
  // Literal searches: words naming a need would add requests for the need's selections.
  it('serves a fresh result from memory for the TTL (default 5 minutes)', async () => {
    const feed = api();
    const rd = createClient({ feed: API, vocabulary: false });
    await rd.search({ text: 'food' });
    feed.name = 'Second';
    vi.advanceTimersByTime(4 * MINUTE);
    expect(names(await rd.search({ text: '  food ' }))).toEqual(['First']);
    await new Promise((resolve) => setTimeout(resolve, 30)); // room for a background refresh, if one were made
    expect(feed.requests).toBe(1);
  });

  it('keys on the feed URL and the normalized query', async () => {
    const feed = api();
    const rd = createClient({ feed: API, vocabulary: false });
    await rd.search({ languages: ['es', 'fr'] });
    await rd.search({ languages: ['fr', 'es', 'es'], page: 1, pageSize: 10 });
    expect(feed.requests).toBe(1);
    await rd.search({ languages: ['es'] }); // applied here, to the selection already pulled
    expect(feed.requests).toBe(1);
    await rd.search({ text: 'food', languages: ['es'] });
    expect(feed.requests).toBe(2);
    await createClient({ feed: `${API}?other=1` }).search({ languages: ['es'] });
    expect(feed.requests).toBe(3);
  });

  it('serves a stale result at once and refreshes it in the background', async () => {
    const feed = api();
    const rd = createClient({ feed: API, cache: { ttlMs: MINUTE, staleMs: 10 * MINUTE } });
    await rd.search();
    feed.name = 'Second';
    vi.advanceTimersByTime(2 * MINUTE);
    const during = await rd.search();
    expect(names(during)).toEqual(['First']);
    expect(during.stale).toBeUndefined();
    await vi.waitFor(() => expect(feed.requests).toBe(2));
    await vi.waitFor(async () => expect(names(await rd.search())).toEqual(['Second']));
  });

  it('keeps the old value when the background refresh fails', async () => {
    const feed = api();
    const rd = createClient({ feed: API, ...fast, cache: { ttlMs: MINUTE, staleMs: 10 * MINUTE } });
    await rd.search();
    feed.down = 503;
    vi.advanceTimersByTime(2 * MINUTE);
    expect(names(await rd.search())).toEqual(['First']);
    await vi.waitFor(() => expect(feed.requests).toBe(2));
    expect(names(await rd.search())).toEqual(['First']);
  });

  it.each(['network', 503, 'slow'] as const)('returns the last good result flagged stale when the feed is down (%s)', async (outage) => {
    const feed = api();
    const rd = createClient({ feed: API, ...fast, cache: { ttlMs: MINUTE, staleMs: MINUTE } });
    await rd.search();
    feed.down = outage;
    vi.advanceTimersByTime(3 * MINUTE);
    const result = await rd.search();
    expect(result.stale).toBe(true);
    expect(names(result)).toEqual(['First']);
  });

  it('does not hide other errors behind stale results', async () => {
    const feed = api();
    const rd = createClient({ feed: API, ...fast, cache: { ttlMs: MINUTE, staleMs: 0 } });
    await rd.search();
    server.use(http.get(`${API}/services`, () => new HttpResponse(null, { status: 404 })));
    vi.advanceTimersByTime(2 * MINUTE);
    await expect(rd.search()).rejects.toMatchObject({ status: 404 });
    expect(feed.requests).toBe(1);
  });

  it('persists through the injected storage, so a returning visitor sees the last results when the feed is down', async () => {
    const storage = new MemoryStorage();
    const feed = api();
    await createClient({ feed: API, cache: { storage } }).search({ text: 'food' });
    expect(storage.data.size).toBeGreaterThan(0);

    vi.advanceTimersByTime(24 * 60 * MINUTE);
    feed.down = 'network';
    const returning = createClient({ feed: API, ...fast, cache: { storage } });
    const result = await returning.search({ text: 'food' });
    expect(result).toMatchObject({ stale: true, items: [{ name: 'First' }] });
  });

  it('serves a fresh persisted result without a request', async () => {
    const storage = new MemoryStorage();
    const feed = api();
    await createClient({ feed: API, cache: { storage } }).search();
    await createClient({ feed: API, cache: { storage } }).search();
    expect(feed.requests).toBe(1);
  });

  it('works with async storage and ignores broken or failing storage', async () => {
    const feed = api();
    const asyncStorage: KeyValueStorage = {
      getItem: async () => '{not json',
      setItem: async () => {
        throw new Error('quota');
      },
      removeItem: vi.fn(async () => undefined),
    };
    const rd = createClient({ feed: API, cache: { storage: asyncStorage } });
    expect(names(await rd.search())).toEqual(['First']);
    expect(asyncStorage.removeItem).toHaveBeenCalled();
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(names(await createClient({ feed: API, cache: { storage: throwing } }).search())).toEqual(['First']);
    expect(feed.requests).toBe(2);
  });

  it('can be turned off', async () => {
    const feed = api();
    const rd = createClient({ feed: API, cache: false });
    await rd.search();
    await rd.search();
    expect(feed.requests).toBe(2);
  });

  it('shares one request between identical concurrent searches; one caller aborting does not cancel the other', async () => {
    const feed = api();
    let release = () => {};
    server.use(
      http.get(`${API}/services`, async () => {
        feed.requests++;
        await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json(page([service({ id: 's', name: feed.name })]));
      }),
    );
    const rd = createClient({ feed: API });
    const leaving = new AbortController();
    const first = rd.search({ signal: leaving.signal });
    const second = rd.search();
    await vi.waitFor(() => expect(feed.requests).toBe(1));
    leaving.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    release();
    expect(names(await second)).toEqual(['First']);
    expect(feed.requests).toBe(1);
  });

  it('cancels the shared request when every caller has aborted', async () => {
    const feed = api();
    feed.down = 'slow';
    const rd = createClient({ feed: API });
    const a = new AbortController();
    const b = new AbortController();
    const first = rd.search({ signal: a.signal });
    const second = rd.search({ signal: b.signal });
    await vi.waitFor(() => expect(feed.requests).toBe(1));
    a.abort();
    b.abort();
    await expect(Promise.all([first, second])).rejects.toMatchObject({ name: 'AbortError' });
    feed.down = undefined;
    expect(names(await rd.search())).toEqual(['First']);
    expect(feed.requests).toBe(2);
  });
});
