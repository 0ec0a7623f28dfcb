import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient, isNotFoundError, openingStatus } from '../../../src/sdk/index.js';
import { ndpService } from '../../../src/sdk/feeds/adapters/ndp-record.js';
import { useMockServer } from '../support/msw.js';

// Responses written from the NDP documentation (demo/data/ndp/README.md): no key, no live call.
const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../demo/data/ndp/${name}`, import.meta.url), 'utf8'));
const SEARCH = read('search.json') as { count: number; results: Record<string, unknown>[] };
const DETAILS = read('details.json') as Record<string, unknown>;

const PROXY = 'https://proxy.example.org/resources/v2/';

interface Seen {
  url: URL;
  headers: Headers;
}

/** The NDP's two APIs behind a proxy, serving the recorded responses and noting each request. */
function ndpApi(server: ReturnType<typeof useMockServer>, { results = SEARCH.results, count = SEARCH.count } = {}) {
  const searches: Seen[] = [];
  const details: string[] = [];
  server.use(
    http.get(`${PROXY}search/keyword`, ({ request }) => {
      const url = new URL(request.url);
      searches.push({ url, headers: request.headers });
      const skip = Number(request.headers.get('skip') ?? 0);
      const size = Number(request.headers.get('size') ?? 10);
      const page = results.slice(skip, skip + size);
      return page.length ? HttpResponse.json({ count, results: page }) : new HttpResponse(null, { status: 204 });
    }),
    http.get(`${PROXY}query/service-at-location-details/:id`, ({ params }) => {
      const id = String(params.id);
      details.push(id);
      return DETAILS[id] ? HttpResponse.json(DETAILS[id]) : HttpResponse.json({ statusCode: 404, message: 'Resource not found' }, { status: 404 });
    }),
  );
  return { searches, details };
}

const ndp = () => createClient({ feed: PROXY, cache: false });

describe('the 211 National Data Platform adapter', () => {
  const server = useMockServer();

  it('is chosen by the feed URL, without probing it', async () => {
    ndpApi(server);
    expect((await ndp().info()).kind).toBe('ndp');
    expect((await createClient({ feed: 'https://proxy.example.org/ndp', kind: 'ndp' }).info()).kind).toBe('ndp');
  });

  it('sends only keywords and location in the query string, the rest as headers', async () => {
    const { searches } = ndpApi(server);
    await ndp().search({ text: 'food', near: { postcode: '97214' }, radiusKm: 16.1, page: 2, pageSize: 2 });
    const [{ url, headers }] = searches as [Seen];
    expect([...url.searchParams.keys()].sort()).toEqual(['keywords', 'location']);
    expect(url.searchParams.get('keywords')).toBe('food');
    expect(url.searchParams.get('location')).toBe('97214');
    expect(Object.fromEntries(['locationMode', 'distance', 'orderByDistance', 'skip', 'size', 'searchMode'].map((h) => [h, headers.get(h)]))).toEqual({
      locationMode: 'Near',
      distance: '11',
      orderByDistance: 'true',
      skip: '2',
      size: '2',
      searchMode: 'All',
    });
    expect(headers.get('api-key')).toBeNull(); // the proxy adds it, never the page
  });

  it('searches a category by its taxonomy code, rolling up its children; a point as lon_lat', async () => {
    const { searches } = ndpApi(server);
    await ndp().search({ categories: ['BD-1800'], near: { latitude: 45.52, longitude: -122.68 } });
    await ndp().search({ text: 'pantry', categories: ['BD-1800.2000'] });
    const [byCode, withText] = searches as [Seen, Seen];
    expect(byCode.url.searchParams.get('keywords')).toBe('BD-1800*');
    expect(byCode.headers.get('keywordIsTaxonomyCode')).toBe('true');
    expect(byCode.url.searchParams.get('location')).toBe('lon:-122.68_lat:45.52');
    expect(withText.url.searchParams.get('keywords')).toBe('pantry');
    expect(withText.headers.get('taxonomyCodes')).toBe('BD-1800.2000*');
  });

  it('maps each field of a search result and its details to the listing a card shows', async () => {
    ndpApi(server);
    const { items, total } = await ndp().search({ near: { latitude: 45.52, longitude: -122.68 }, pageSize: 10 });
    expect(total).toBe(3);
    const pantry = items.find((item) => item.id === 'sal-1001')!;
    expect(pantry).toMatchObject({
      name: 'Emergency Food Boxes',
      alternateName: 'Food Box Program',
      description: 'Three days of groceries for any household in need. No ID required.',
      organization: { name: 'Riverside Community Pantry', description: 'A volunteer-run pantry since 1984.' },
      status: 'active',
      free: true,
      eligibility: 'Low income households',
      interpretationServices: 'Interpreters on request',
      assuredDate: '2026-10-01',
      categories: [expect.objectContaining({ id: 'BD-1800.2000', code: 'BD-1800.2000', name: 'Food Pantries' })],
      serviceAreas: [{ name: 'Multnomah County' }],
      languages: [expect.objectContaining({ name: 'English' }), expect.objectContaining({ name: 'Spanish' })],
    });
    expect(pantry.locations[0]).toMatchObject({ latitude: 45.5131, longitude: -122.6655, address: { lines: ['1200 SE Water Ave'], city: 'Portland', region: 'OR', postalCode: '97214', country: 'US' } });
    expect(pantry.distanceKm).toBeCloseTo(1.37, 2);
    // The main number first (the card's Call), the fax kept as one, the unreadable "call us" dropped.
    expect(pantry.phones.map((phone) => [phone.number, phone.kind, phone.description])).toEqual([
      ['503-555-0142', 'voice', 'Call for an appointment'],
      ['503-555-0143', 'fax', undefined],
    ]);
    expect(pantry.phones[0]!.tel).toBe('5035550142'); // the card dials it as +1, from the address's country
    expect(openingStatus(pantry, new Date('2026-12-07T18:00:00Z')).state).toBe('open'); // Monday 10:00 in Portland
    expect(openingStatus(pantry, new Date('2026-12-11T22:00:00Z')).state).toBe('closed'); // Friday 14:00
    expect(items.find((item) => item.id === 'sal-1004')).toMatchObject({ free: false, fees: 'Sliding fee scale' });
  });

  it('shows a temporary message only while it is valid', async () => {
    ndpApi(server);
    const { items } = await ndp().search({ text: 'food' });
    // Today (2026-12-05 or later) is after the Thanksgiving message's validTo.
    expect(items.find((item) => item.id === 'sal-1001')!.alert).toBeUndefined();
    const [row] = SEARCH.results as [Record<string, unknown>];
    const details = DETAILS['sal-1001'] as Record<string, unknown>;
    expect(ndpService(row, details, new Date('2026-11-26T12:00:00Z')).alert).toBe('Closed Thanksgiving Day');
    expect(ndpService(row, details, new Date('2026-11-28T12:00:00Z')).alert).toBeUndefined();
  });

  it('asks the Query API for the details of the cards on the page only', async () => {
    const { details } = ndpApi(server);
    await ndp().search({ pageSize: 2 });
    expect(details.sort()).toEqual(['sal-1001', 'sal-1002']);
  });

  it('keeps a card whose details fail, from its search fields, and reports it', async () => {
    ndpApi(server);
    const { items, issues } = await ndp().search({ pageSize: 2 });
    expect(items.find((item) => item.id === 'sal-1002')).toMatchObject({ name: 'Peer Recovery Support Group', phones: [] });
    expect(issues).toContainEqual(expect.objectContaining({ recordId: 'sal-1002', path: 'details', message: expect.stringContaining('HTTP 404') }));
  });

  it('skips and reports a record without a name, and reports each field it does not read once', async () => {
    ndpApi(server);
    const { items, issues, total } = await ndp().search({ pageSize: 10 });
    expect(items.map((item) => item.id)).toEqual(['sal-1001', 'sal-1002', 'sal-1004']);
    expect(total).toBe(3); // not the server's 4: "Showing 3 of 4" would promise a card that never comes
    expect(issues).toContainEqual(expect.objectContaining({ recordId: 'sal-1003', path: 'name' }));
    const unread = issues.filter((issue) => issue.message.includes('does not read'));
    expect(unread.map((issue) => issue.path).sort()).toEqual(['rankingScore', 'website']);
  });

  it('pages through every card once, the count settling on what can be shown', async () => {
    ndpApi(server);
    const client = ndp();
    const first = await client.search({ pageSize: 2 });
    const second = await client.search({ pageSize: 2, page: 2 });
    const third = await client.search({ pageSize: 2, page: 3 });
    expect([first, second, third].map((page) => page.items.map((item) => item.id))).toEqual([['sal-1001', 'sal-1002'], ['sal-1004'], []]);
    expect([first.total, second.total]).toEqual([4, 3]);
  });

  it('answers a 204 No Content as no results', async () => {
    ndpApi(server, { results: [], count: 0 });
    expect(await ndp().search({ text: 'nothing here' })).toMatchObject({ items: [], total: 0, totalPages: 0 });
  });

  it('filters what NDP cannot (languages, free) on the records it pulls, with their details', async () => {
    const { searches } = ndpApi(server);
    const spanish = await ndp().search({ languages: ['es'] });
    expect(spanish.items.map((item) => item.id)).toEqual(['sal-1001', 'sal-1004']);
    expect(spanish.totalIsLowerBound).toBeUndefined();
    expect(searches.map((s) => s.headers.get('size'))).toEqual(['100']);
    const free = await ndp().search({ free: true });
    expect(free.items.map((item) => item.id)).toEqual(['sal-1001']);
    // The radius around a point holds among them too, whatever distance the server used.
    const near = await ndp().search({ languages: ['es'], near: { latitude: 45.5131, longitude: -122.6655 }, radiusKm: 2 });
    expect(near.items.map((item) => item.id)).toEqual(['sal-1001']);
  });

  it('gets one listing from the Query API, and says when there is none', async () => {
    ndpApi(server);
    expect(await ndp().get('sal-1004')).toMatchObject({ id: 'sal-1004', name: 'Food Stamps (SNAP) Application Help', organization: { name: 'Westside Family Services' } });
    await expect(ndp().get('sal-404')).rejects.toSatisfy(isNotFoundError);
  });

  it('offers the taxonomy terms of a broad page as categories, most used first', async () => {
    ndpApi(server);
    const categories = await ndp().categories();
    expect(categories.map((category) => category.name).slice(0, 2)).toEqual(['Food Pantries', 'Mental Health Support Groups']);
    expect(categories.every((category) => category.services === undefined)).toBe(true);
  });
});
