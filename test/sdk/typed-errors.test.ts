import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, isFeedFormatError } from '../../src/sdk/index.js';
import * as feed from '../../src/sdk/normalize/feed.js';

const FEED = 'https://static.test/feeds/county.json';
const fileFetch = () => Promise.resolve(new Response(JSON.stringify({ services: [{ id: 'a', name: 'A' }] }), { headers: { 'content-type': 'application/json' } }));

vi.mock('../../src/sdk/normalize/feed.js', { spy: true });

afterEach(() => vi.restoreAllMocks());

describe('errors at the client boundary', () => {
  it('turns an untyped error raised while reading feed data into a FeedFormatError naming the feed', async () => {
    const overflow = new RangeError('Maximum call stack size exceeded');
    vi.mocked(feed.normalizeRecords).mockImplementationOnce(() => {
      throw overflow;
    });
    const client = createClient({ feed: FEED, kind: 'file', fetch: fileFetch, cache: false });
    const error: unknown = await client.search().catch((e: unknown) => e);
    expect(isFeedFormatError(error)).toBe(true);
    expect(error).toMatchObject({ url: FEED, cause: overflow, message: expect.stringContaining('RangeError') });
  });

  it('passes the page’s own geocoder error through untouched', async () => {
    const geocoderDown = new TypeError('geocoder offline');
    const client = createClient({ feed: FEED, kind: 'file', fetch: fileFetch, cache: false, geocode: () => Promise.reject(geocoderDown) });
    await expect(client.search({ near: { postcode: 'N1 9GU' } })).rejects.toBe(geocoderDown);
  });

  it('still rejects a call with impossible arguments with a RangeError', async () => {
    const client = createClient({ feed: FEED, kind: 'file', fetch: fileFetch, cache: false });
    await expect(client.search({ near: { latitude: 200, longitude: 0 } })).rejects.toBeInstanceOf(RangeError);
  });
});
