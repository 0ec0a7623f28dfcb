import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient, isNotFoundError, NotFoundError } from '../../src/sdk/index.js';
import { fixture } from './support/fixtures.js';
import { useMockServer } from './support/msw.js';
import { page, service } from './support/services.js';

const server = useMockServer();
const API = 'https://api.test/hsds';
const client = (options: Partial<Parameters<typeof createClient>[0]> = {}) => createClient({ feed: API, cache: false, ...options });

/** Records the query of each request to a path. */
function listing(path: string, respond: (url: URL) => unknown) {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get(`${API}/${path}`, ({ request }) => {
      const url = new URL(request.url);
      seen.push(url.searchParams);
      return HttpResponse.json(respond(url) as JsonBodyType);
    }),
  );
  return seen;
}

const root = (version: string, extra: Record<string, unknown> = {}) => server.use(http.get(`${API}/`, () => HttpResponse.json({ version, ...extra })));

describe('HSDS APIs', () => {
  it('detects an API from GET {feed}/ and reports version, profile and publisher', async () => {
    root('3.1', { profile: 'https://example.org/profile', openapi_url: 'https://x/openapi.json', publisher: { name: 'County 211', website: 'https://211.example' } });
    await expect(client().info()).resolves.toEqual({
      kind: 'api',
      version: '3.1',
      profile: 'https://example.org/profile',
      publisher: { name: 'County 211', website: 'https://211.example' },
    });
  });

  it('maps a search to search, taxonomy_term_id, page, per_page and full=true', async () => {
    root('3.1');
    const seen = listing('services', () => page([service({ id: 'a', name: 'Pantry' })], 2, 12, 2));
    const result = await client().search({ text: '  sunrise   center ', categories: ['food'], page: 2, pageSize: 2 });
    expect(Object.fromEntries(seen[0]!)).toEqual({ search: 'sunrise center', taxonomy_term_id: 'food', page: '2', per_page: '2', full: 'true' });
    expect(seen).toHaveLength(1);
    expect(result).toMatchObject({ page: 2, pageSize: 2, totalPages: 6, total: 12, issues: [] });
  });

  it('pulls the selection 100 at a time when further categories must be applied here', async () => {
    root('3.1');
    const both = [{ id: 'food', name: 'Food' }, { id: 'kids', code: 'K-1', name: 'Children' }];
    const seen = listing('services', () =>
      page(
        [
          service({ id: 'a', name: 'Pantry', categories: both }),
          service({ id: 'b', name: 'Soup run', categories: [both[0]!] }),
        ],
        2,
        12,
        2,
      ),
    );
    const result = await client().search({ text: '  sunrise   center ', categories: ['food', 'K-1'], page: 1, pageSize: 2 });
    expect(Object.fromEntries(seen[0]!)).toEqual({ search: 'sunrise center', taxonomy_term_id: 'food', page: '1', per_page: '100', full: 'true' });
    // The server's pages all repeat the same two services: one listing each, counted once, and the pull
    // stops after the first few further pages (fetched four at a time) brought nothing new.
    expect(seen.map((params) => params.get('page'))).toEqual(['1', '2', '3', '4', '5']);
    expect(result.items.map((l) => l.id)).toEqual(['a']);
    expect(result).toMatchObject({ page: 1, pageSize: 2, totalPages: 1, total: 1, issues: [] });
  });

  it('uses items as they are when the server honoured full=true', async () => {
    root('3.1');
    listing('services', () => page([fixture('3.1/service_full.json')]));
    server.use(http.get(`${API}/services/:id`, () => HttpResponse.error()));
    const { items } = await client().search();
    expect(items[0]!.phones).toHaveLength(1);
  });

  it('completes shallow items with GET /services/{id}, at most 4 at a time by default', async () => {
    root('3.1');
    const ids = Array.from({ length: 10 }, (_, i) => `s${i}`);
    listing('services', () => page(ids.map((id) => ({ id, name: `Service ${id}`, status: 'active' }))));
    let inFlight = 0;
    let most = 0;
    const fetched: string[] = [];
    server.use(
      http.get(`${API}/services/:id`, async ({ params }) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await delay(15);
        inFlight--;
        fetched.push(String(params.id));
        return HttpResponse.json(service({ id: String(params.id), name: `Full ${String(params.id)}`, at: [{ latitude: 51, longitude: 0 }] }));
      }),
    );
    const { items } = await client().search();
    expect(fetched.sort()).toEqual([...ids].sort());
    expect(most).toBe(4);
    expect(items.map((l) => l.name)).toEqual(ids.map((id) => `Full ${id}`));
    expect(items[0]!.locations).toHaveLength(1);
  });

  it('takes the number of parallel completions from the concurrency option', async () => {
    root('3.1');
    listing('services', () => page(['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id, status: 'active' }))));
    let inFlight = 0;
    let most = 0;
    server.use(
      http.get(`${API}/services/:id`, async ({ params }) => {
        most = Math.max(most, ++inFlight);
        await delay(10);
        inFlight--;
        return HttpResponse.json(service({ id: String(params.id), name: String(params.id) }));
      }),
    );
    await client({ concurrency: 2 }).search();
    expect(most).toBe(2);
  });

  it('caps API responses at 5 MB by default, or at maxBytes', async () => {
    root('3.1');
    server.use(http.get(`${API}/services`, () => HttpResponse.json(page([]), { headers: { 'content-length': String(6 * 1024 * 1024) } })));
    await expect(client().search()).rejects.toMatchObject({ name: 'ResponseTooLargeError', maxBytes: 5 * 1024 * 1024 });
    await expect(client({ maxBytes: 10 * 1024 * 1024 }).search()).resolves.toMatchObject({ total: 0 });
  });

  it('can be forced to API with kind, reading "/" only when info() asks', async () => {
    const roots: string[] = [];
    server.use(http.get(`${API}/`, ({ request }) => (roots.push(request.url), HttpResponse.json({ version: '3.0' }))));
    listing('services', () => page([service({ id: 'a', name: 'A' })]));
    const api = createClient({ feed: API, kind: 'api', cache: false });
    await api.search();
    expect(roots).toHaveLength(1); // the search needs the version to pick parameter names
    await expect(api.info()).resolves.toMatchObject({ version: '3.0' });
  });

  it('keeps a shallow item and reports an issue when its full record fails', async () => {
    root('3.1');
    listing('services', () => page([{ id: 'x', name: 'Shallow', status: 'active' }]));
    server.use(http.get(`${API}/services/x`, () => new HttpResponse('boom', { status: 500 })));
    const { items, issues } = await client({ retries: 0 }).search();
    expect(items.map((l) => l.name)).toEqual(['Shallow']);
    expect(issues).toEqual([expect.objectContaining({ recordId: 'x', message: expect.stringContaining('500') })]);
  });

  it('searches near a postcode through /service_at_locations?postcode&proximity (metres), one listing per service', async () => {
    root('3.1');
    const counselling = service({ id: 'c', name: 'Counselling', at: [{ latitude: 51.5, longitude: -0.1 }, { latitude: 51.6, longitude: -0.2 }] });
    const sals = (counselling.service_at_locations as Record<string, unknown>[]).map((sal, i) => ({ ...sal, distance: [1200, 800][i], service: counselling }));
    const seen = listing('service_at_locations', () => page(sals));
    const result = await client().search({ near: { postcode: 'ab1 2cd' }, radiusKm: 5, text: 'talk' });
    // The postcode alone first: none of its services has that postcode, so the server places it itself.
    expect(Object.fromEntries(seen[0]!)).toEqual({ postcode: 'AB1 2CD', page: '1', per_page: '100', full: 'true' });
    expect(Object.fromEntries(seen[1]!)).toMatchObject({ postcode: 'AB1 2CD', proximity: '5000', search: 'talk', full: 'true' });
    expect(result.items).toHaveLength(1);
    expect(result.items[0]!.locations.map((l) => l.distanceKm)).toEqual([1.2, 0.8]);
    expect(result.items[0]!.distanceKm).toBe(0.8);
  });

  it('asks a server that places a postcode itself for at least a metre around it, never proximity=0', async () => {
    root('3.1');
    const pantry = service({ id: 'p', name: 'Pantry', at: [{ latitude: 51.5, longitude: -0.1 }] });
    const seen = listing('service_at_locations', () => page((pantry.service_at_locations as Record<string, unknown>[]).map((sal) => ({ ...sal, service: pantry }))));
    await client().search({ near: { postcode: 'AB1 2CD' }, radiusKm: 0.0004 });
    expect(seen.map((params) => params.get('proximity'))).toEqual([null, '1']);
  });

  it('filters and sorts by distance here when searching near coordinates', async () => {
    root('3.1');
    listing('services', () =>
      page([
        service({ id: 'far', name: 'Far', at: [{ latitude: 52.5, longitude: -1.9 }] }),
        service({ id: 'near', name: 'Near', at: [{ latitude: 51.51, longitude: -0.13 }] }),
        service({ id: 'mid', name: 'Mid', at: [{ latitude: 51.75, longitude: -1.25 }] }),
      ]),
    );
    const { items } = await client().search({ near: { latitude: 51.5074, longitude: -0.1278 }, radiusKm: 100 });
    expect(items.map((l) => l.id)).toEqual(['near', 'mid']);
    expect(items[0]!.distanceKm).toBeLessThan(1);
  });

  it('never fails a page for one bad record', async () => {
    root('3.1');
    listing('services', () => page([{ id: 'bad', status: 'active', phones: [] }, service({ id: 'good', name: 'Good' })]));
    const result = await client().search();
    expect(result.items.map((l) => l.id)).toEqual(['good']);
    expect(result.issues).toEqual([{ recordId: 'bad', path: 'name', message: 'missing; skipped' }]);
  });

  it('reads an HSDS 3.0 API with the official examples', async () => {
    server.use(http.get(`${API}/`, () => HttpResponse.json(fixture('3.0/base.json'))));
    listing('services', () => fixture('3.0/service_list.json'));
    server.use(http.get(`${API}/services/:id`, () => HttpResponse.json(fixture('3.0/service_full.json'))));
    const result = await client().search();
    expect((await client().info()).version).toBe('3.0');
    expect(result).toMatchObject({ total: 10, totalPages: 10, page: 1 });
    expect(result.items[0]).toMatchObject({ name: 'Community Counselling', phones: [{ tel: '+441234234567' }] });
  });

  it('reads a UK profile API (HSDS-UK-3.0) with the validator mocks', async () => {
    server.use(http.get(`${API}/`, () => HttpResponse.json(fixture('oruk-validator-mocks/V3.0-UK-Default/api_details.json'))));
    listing('services', () => fixture('oruk-validator-mocks/V3.0-UK-Default/service_list.json'));
    server.use(http.get(`${API}/services/:id`, () => HttpResponse.json(fixture('oruk-validator-mocks/V3.0-UK-Default/service_full.json'))));
    const api = client();
    await expect(api.info()).resolves.toMatchObject({ kind: 'api', version: 'HSDS-UK-3.0', profile: expect.stringContaining('uk-profile') });
    const { items } = await api.search();
    expect(items[0]).toMatchObject({ name: 'Community Counselling', locations: [{ name: 'MyCity Civic Center' }] });
  });

  it('yields issues, not exceptions, for the failing UK mocks', async () => {
    server.use(http.get(`${API}/`, () => HttpResponse.json(fixture('oruk-validator-mocks/V3.0-UK-Fail/api_details.json'))));
    listing('services', () => fixture('oruk-validator-mocks/V3.0-UK-Fail/service_list.json'));
    listing('service_at_locations', () => fixture('oruk-validator-mocks/V3.0-UK-Fail/service_at_location_list.json'));
    server.use(http.get(`${API}/services/:id`, () => new HttpResponse('Item Not Found', { status: 404 })));
    const list = await client().search();
    expect(list.items).toEqual([]);
    expect(list.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'name', message: 'missing; skipped' })]));

    // With full records available, the list entries are replaced and their own faults reported.
    server.use(http.get(`${API}/services/:id`, () => HttpResponse.json(fixture('oruk-validator-mocks/V3.0-UK-Fail/service_full.json'))));
    const completed = await client().search();
    expect(completed.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['url', 'email']));
    const near = await client().search({ near: { postcode: 'AB1' } });
    expect(near.issues.length).toBeGreaterThan(0);
  });

  it('reads legacy ORUK 1.0 APIs: no "/", text= and taxonomy_id=, content/totalElements envelope', async () => {
    server.use(
      http.get(`${API}/`, () => new HttpResponse('Not Found', { status: 404 })),
      http.get(API, () => new HttpResponse('Not Found', { status: 404 })),
    );
    const seen = listing('services', () => ({
      totalElements: 31,
      totalPages: 4,
      number: 1,
      size: 10,
      first: true,
      last: false,
      content: [{ ...service({ id: 'L', name: 'Legacy', at: [{ latitude: 53, longitude: -2 }] }), regular_schedules: [{ weekday: 'Tuesday', opens_at: '10:00' }] }],
    }));
    const api = client();
    const result = await api.search({ text: 'debt', categories: ['esd-1'], near: { postcode: 'M1 1AA' }, radiusKm: 2 });
    // The postcode alone, to place it, then the selection near it: each pulled whole (4 pages here, each
    // repeating one service).
    expect(seen.map((params) => Object.fromEntries(params))).toEqual([
      ...['1', '2', '3', '4'].map((page) => ({ postcode: 'M1 1AA', page, per_page: '100' })),
      ...['1', '2', '3', '4'].map((page) => ({ text: 'debt', taxonomy_id: 'esd-1', postcode: 'M1 1AA', proximity: '2000', page, per_page: '100' })),
    ]);
    expect(result).toMatchObject({ total: 1, totalPages: 1 });
    expect(result.items[0]!.schedules[0]).toMatchObject({ byDay: [{ day: 'TU' }], opensAt: '10:00' });
    expect((await api.info()).version).toBe('ORUK-1.0');
  });

  it('gets one listing, and a 404 becomes NotFoundError', async () => {
    root('3.1');
    server.use(
      http.get(`${API}/services/ac148810-d857-441c-9679-408f346de14b`, () => HttpResponse.json(fixture('3.1/service_full.json'))),
      http.get(`${API}/services/missing`, () => new HttpResponse('Item Not Found', { status: 404 })),
    );
    const api = client();
    await expect(api.get('ac148810-d857-441c-9679-408f346de14b')).resolves.toMatchObject({ name: 'Community Counselling' });
    const error = await api.get('missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(isNotFoundError(error)).toBe(true);
    expect((error as NotFoundError).cause).toMatchObject({ status: 404 });
  });

  it('lists categories from /taxonomy_terms', async () => {
    root('3.1');
    listing('taxonomy_terms', () => fixture('3.1/taxonomy_term_list.json'));
    const categories = await client().categories();
    expect(categories).toEqual([expect.objectContaining({ id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', name: 'name', code: 'code' })]);
  });

  it('falls back to /taxonomies with nested terms (UK profile), then to the categories in use', async () => {
    root('HSDS-UK-3.0');
    server.use(http.get(`${API}/taxonomy_terms`, () => new HttpResponse(null, { status: 404 })));
    listing('taxonomies', () => page([{ id: 'tx', name: 'esdServiceTypes', taxonomy_terms: [{ id: 't1', name: 'Debt advice' }] }]));
    await expect(client().categories()).resolves.toEqual([{ id: 't1', name: 'Debt advice', taxonomy: 'esdServiceTypes' }]);

    server.use(http.get(`${API}/taxonomies`, () => new HttpResponse(null, { status: 404 })));
    listing('services', () => page([service({ id: 'a', name: 'A', categories: [{ id: 'c1', name: 'Food' }] })]));
    await expect(client().categories()).resolves.toEqual([{ id: 'c1', name: 'Food', need: 'food' }]);
  });

  it('keeps the feed URL query (e.g. a proxy key) on every request', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${API}/`, ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json({ version: '3.1' });
      }),
      http.get(`${API}/services`, ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json(page([]));
      }),
    );
    await createClient({ feed: `${API}?key=abc`, cache: false }).search();
    expect(seen).toEqual([`${API}/?key=abc`, `${API}/services?key=abc&page=1&per_page=10&full=true`]);
  });
});
