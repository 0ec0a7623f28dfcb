import { describe, expect, it, vi } from 'vitest';
import { offerEarlyResponse, takeEarlyResponse } from '../../src/sdk/http/early-responses.js';
import { fetchJson, type FetchJsonOptions } from '../../src/sdk/http/fetch-json.js';

const options = (fetch: typeof globalThis.fetch, claimEarly: boolean): FetchJsonOptions => ({ fetch, timeoutMs: 5000, retries: 0, maxBytes: 1e6, claimEarly });
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

describe('a feed request started before the SDK arrived (src/sdk/http/early-responses.ts)', () => {
  it('answers the first request to its URL, once, in place of a fetch', async () => {
    const url = 'https://feeds.test/once.json';
    const fetch = vi.fn(async () => json({ from: 'fetch' }));
    offerEarlyResponse(url, Promise.resolve(json({ from: 'early' })));
    expect(await fetchJson(url, options(fetch, true))).toEqual({ from: 'early' });
    expect(fetch).not.toHaveBeenCalled();
    expect(await fetchJson(url, options(fetch, true))).toEqual({ from: 'fetch' });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('is left alone by a request that may not claim it (headers or a fetch of its own)', async () => {
    const url = 'https://feeds.test/unclaimed.json';
    const fetch = vi.fn(async () => json({ from: 'fetch' }));
    offerEarlyResponse(url, Promise.resolve(json({ from: 'early' })));
    expect(await fetchJson(url, options(fetch, false))).toEqual({ from: 'fetch' });
    expect(takeEarlyResponse(url)).toBeDefined();
  });

  it('is forgotten when it fails, so the SDK fetches at once', async () => {
    const url = 'https://feeds.test/offline.json';
    const failed = Promise.reject(new TypeError('Failed to fetch'));
    offerEarlyResponse(url, failed);
    await failed.catch(() => undefined);
    await Promise.resolve();
    const fetch = vi.fn(async () => json({ from: 'fetch' }));
    expect(await fetchJson(url, options(fetch, true))).toEqual({ from: 'fetch' });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('gives way to an abort while it is still on its way, with the signal’s reason', async () => {
    const url = 'https://feeds.test/aborted.json';
    offerEarlyResponse(url, new Promise<Response>(() => undefined));
    const controller = new AbortController();
    const claimed = takeEarlyResponse(url, controller.signal)!;
    controller.abort(new Error('the visitor searched again'));
    await expect(claimed).rejects.toThrow('the visitor searched again');
  });
});
