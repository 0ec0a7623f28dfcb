import { describe, expect, it } from 'vitest';
import { HttpError, createClient, isHttpError, isResponseTooLargeError, ResponseTooLargeError } from '../../src/sdk/index.js';
import { revivedError, sendableError } from '../../src/sdk/feeds/file-worker-protocol.js';
import type { RequestOptions } from '../../src/sdk/feeds/feed.js';
import { readFile } from '../../src/sdk/feeds/loaded-file.js';
import { normalizeInSlices } from '../../src/sdk/feeds/sliced-normalize.js';
import { normalizeRecords } from '../../src/sdk/normalize/feed.js';
import { SearchIndex } from '../../src/sdk/search/local-search.js';

const FEED = 'https://static.test/large.json';

/** Services with every kind of repeated id normalizeRecords() handles, spread far apart in the file. */
function servicesWithRepeats(count: number): unknown[] {
  const records: unknown[] = Array.from({ length: count }, (_, i) => ({ id: `svc-${i}`, name: `Service ${i}`, description: `Help number ${i}.` }));
  records.push({ id: 'svc-3', name: 'Service 3', description: 'Help number 3.' }); // identical
  records.push({ id: 'svc-5', name: 'Another service', description: 'Different.' }); // different: svc-5~2
  records.push({ id: 'svc-5~2', name: 'A real record whose id looks like a kept duplicate' });
  records.push({ id: 'svc-7', name: 'Service 7', description: 'Help number 7.', email: 'desk@example.org' }); // fuller copy
  records.push({ service: { id: 'svc-9', name: 'Service 9' }, id: 'sal-1', location: { id: 'loc-1', name: 'Hall' } });
  records.push({ name: 'No id at all' });
  return records;
}

const fileClient = (body: string, options: Partial<Parameters<typeof createClient>[0]> = {}) => {
  const fetched: string[] = [];
  const client = createClient({
    feed: FEED,
    fetch: async (input) => {
      fetched.push(String(input));
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    },
    ...options,
  });
  return { client, fetched };
};

describe('normalizing a file in slices (no worker: Node, or a CSP that blocks workers)', () => {
  it('gives the listings and issues of normalizeRecords(), repeated ids included, however small the slices', async () => {
    const records = servicesWithRepeats(300);
    const whole = normalizeRecords(records, FEED);
    let yields = 0;
    const sliced = await normalizeInSlices(records, FEED, { sliceMs: 0, yieldNow: async () => void yields++ });
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(sliced.listings)).toEqual(byId(whole.listings));
    expect(sliced.issues).toEqual(expect.arrayContaining(whole.issues));
    expect(sliced.issues).toHaveLength(whole.issues.length);
    expect(yields).toBeGreaterThanOrEqual(10);
  });

  it('builds the search index a listing at a time, into the same index', async () => {
    const { listings } = normalizeRecords(servicesWithRepeats(100), FEED);
    let pauses = 0;
    const sliced = await SearchIndex.inSlices(listings, () => {
      pauses++;
      return Promise.resolve();
    });
    const whole = new SearchIndex(listings);
    for (const text of ['help', 'service 4', 'another real', undefined]) {
      expect(sliced.search({ text, page: 1, pageSize: 100 })).toEqual(whole.search({ text, page: 1, pageSize: 100 }));
    }
    expect(sliced.categories()).toEqual(whole.categories());
    expect(pauses).toBe(listings.length);
  });

  it('lets timers run while a large file loads', async () => {
    const body = JSON.stringify(servicesWithRepeats(4000));
    const { client } = fileClient(body);
    let ticks = 0;
    let loading = true;
    const tick = () => {
      ticks++;
      if (loading) setTimeout(tick);
    };
    setTimeout(tick);
    const result = await client.search({ text: 'help' });
    loading = false;
    expect(result.total).toBeGreaterThan(3000);
    expect(ticks).toBeGreaterThanOrEqual(2); // 0 when the file was normalized in one task
  });

  it('parses the JSON body in slices too, pausing between records', async () => {
    const feed = servicesWithRepeats(6000);
    const pieces: unknown[] = [];
    let parsedWhole = 0;
    const request = async (_url: string, { parse }: RequestOptions) => {
      const text = JSON.stringify(feed);
      if (!parse) {
        parsedWhole++;
        return JSON.parse(text) as unknown;
      }
      return parse(text);
    };
    const source = { url: FEED, feedUrl: FEED, request, maxBytes: 1e9, concurrency: 1 };
    const counting = { sliceMs: 0, yieldNow: async () => void pieces.push(null) };
    const file = await readFile(source, undefined, counting);
    expect((await file.search({ page: 1, pageSize: 10 })).total).toBe(6003); // 6,006 records: one identical repeat, one without an id
    expect(parsedWhole).toBe(0);
    expect(pieces.length).toBeGreaterThan(6000); // a pause after each record parsed, then normalized
    // A worker has no page to keep responsive: it parses whole.
    await readFile(source, undefined, { sliceMs: Infinity });
    expect(parsedWhole).toBe(1);
  });
});

describe('the loaded file between searches', () => {
  const body = JSON.stringify(servicesWithRepeats(20));

  it('is kept with cache: false, which turns off only the result cache', async () => {
    const { client, fetched } = fileClient(body, { cache: false });
    await client.search({ text: 'help' });
    await client.search({ text: 'service' });
    await client.get('svc-1');
    expect(fetched).toEqual([FEED]);
  });

  it('is read again for every call with a zero TTL', async () => {
    const { client, fetched } = fileClient(body, { cache: { ttlMs: 0, staleMs: 0 } });
    await client.search({ text: 'help' });
    await client.search({ text: 'service' });
    expect(fetched).toEqual([FEED, FEED]);
  });
});

describe("errors from the file worker", () => {
  it('cross postMessage as typed errors the guards still recognize', () => {
    const http = structuredClone(sendableError(new HttpError(404, 'Not Found', FEED)));
    const revived = revivedError(http);
    expect(isHttpError(revived)).toBe(true);
    expect(revived).toMatchObject({ status: 404, url: FEED, message: `Request failed with status 404 Not Found: GET ${FEED}` });
    expect(isResponseTooLargeError(revivedError(structuredClone(sendableError(new ResponseTooLargeError(FEED, 'GET', 5)))))).toBe(true);
  });

  it('turn anything unexpected into a ResourceDirectoryError', () => {
    const revived = revivedError(structuredClone(sendableError(new RangeError('Maximum call stack size exceeded'))));
    expect(revived.name).toBe('ResourceDirectoryError');
    expect(revived.message).toBe('Maximum call stack size exceeded');
  });
});
