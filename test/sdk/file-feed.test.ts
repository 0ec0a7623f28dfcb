import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createClient, NotFoundError } from '../../src/sdk/index.js';
import { fixture } from './support/fixtures.js';
import { useMockServer } from './support/msw.js';
import { page, service } from './support/services.js';

const server = useMockServer();
const FILE = 'https://static.test/feeds/county.json';

const LONDON = { latitude: 51.5074, longitude: -0.1278 };
const services = [
  service({
    id: 'pantry',
    name: 'Community Pantry',
    description: 'Free groceries every week.',
    fees: 'Free',
    categories: [{ id: 'food', code: 'BD-1800', name: 'Food pantries' }],
    languages: [{ code: 'es', name: 'Spanish' }],
    at: [{ latitude: 51.52, longitude: -0.1, postcode: 'N1 9GU' }],
  }),
  service({
    id: 'cafe',
    name: 'Café Ñandú',
    description: 'Hot meals and a warm <b>welcome</b>.',
    categories: [{ id: 'food', code: 'BD-1800', name: 'Food pantries' }, { id: 'meals', name: 'Meals' }],
    languages: [{ code: 'spa' }, { name: 'Portuguese' }],
    at: [{ latitude: 51.75, longitude: -1.25, postcode: 'OX1 1AA' }],
  }),
  service({
    id: 'legal',
    name: 'Legal Advice Clinic',
    organization: 'Citizens Advice',
    description: 'Help with housing and debt.',
    fees: '£20 per session',
    categories: [{ id: 'legal', name: 'Legal aid' }],
    languages: [{ name: 'Spanish' }],
    at: [{ latitude: 52.48, longitude: -1.9, postcode: 'B1 1AA' }],
  }),
  service({ id: 'online', name: 'Helpline', description: 'Call us any time about food or money.', categories: [{ id: 'crisis', name: 'Crisis' }] }),
];

/** Serves `body` at exactly `url` (msw alone would also match it with a trailing slash) and counts requests. */
function serve(body: unknown, url = FILE) {
  const calls = { count: 0, urls: [] as string[] };
  server.use(
    http.get(url, ({ request }) => {
      calls.urls.push(request.url);
      if (request.url !== url) return new HttpResponse(null, { status: 404 });
      calls.count++;
      return HttpResponse.json(body as JsonBodyType);
    }),
  );
  return calls;
}

const client = (options: Partial<Parameters<typeof createClient>[0]> = {}) => createClient({ feed: FILE, ...options });
const ids = (result: { items: { id: string }[] }) => result.items.map((l) => l.id);

describe('static files', () => {
  it('fetches a .json feed once (no probe) and searches it in memory', async () => {
    const calls = serve(services);
    const rd = client();
    await rd.search({ text: 'food' });
    await rd.search({ text: 'meals' });
    await rd.categories();
    expect(calls.urls).toEqual([FILE]);
    await expect(rd.info()).resolves.toEqual({ kind: 'file', version: '3.0' });
  });

  it.each([
    ['a bare array of services', services],
    ['a page envelope', page(services)],
    ['a legacy page envelope', { content: services, totalElements: 4, totalPages: 1, number: 0 }],
    ['a dataset of tables', fixture('3.1/tabular.json')],
    ['a list of service_at_locations', fixture('3.1/service_at_location_list.json')],
  ])('accepts %s', async (_name, body) => {
    serve(body);
    const result = await client().search({ pageSize: 50 });
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.total).toBe(result.items.length);
  });

  it('detects a file behind a URL without .json from GET {feed}/ and reuses that body', async () => {
    const calls = serve(services, 'https://static.test/directory/');
    const rd = createClient({ feed: 'https://static.test/directory' });
    await expect(rd.info()).resolves.toMatchObject({ kind: 'file' });
    expect((await rd.search()).total).toBe(4);
    expect(calls.count).toBe(1);
  });

  it('falls back to {feed} itself when {feed}/ is not found', async () => {
    const calls = serve(services, 'https://static.test/export');
    const rd = createClient({ feed: 'https://static.test/export' });
    expect((await rd.search()).total).toBe(4);
    expect(calls.urls).toEqual(['https://static.test/export/', 'https://static.test/export']);
  });

  it('reports a version the file states, else infers one', async () => {
    serve({ version: '3.1', services });
    await expect(client().info()).resolves.toEqual({ kind: 'file', version: '3.1' });
    serve(fixture('3.1/service_full.json'));
    await expect(client().info()).resolves.toEqual({ kind: 'file', version: '3.1' });
    serve({ content: services, totalElements: 4 });
    await expect(client().info()).resolves.toEqual({ kind: 'file', version: 'ORUK-1.0' });
  });

  it('can be forced with kind', async () => {
    serve(services, 'https://static.test/export?format=hsds');
    const rd = createClient({ feed: 'https://static.test/export?format=hsds', kind: 'file' });
    expect((await rd.search()).total).toBe(4);
  });

  it('matches every word, ignoring case and accents, in name, description, organization and categories', async () => {
    serve(services);
    const rd = client({ vocabulary: false });
    expect(ids(await rd.search({ text: 'CAFE nandu' }))).toEqual(['cafe']);
    expect(ids(await rd.search({ text: 'citizens' }))).toEqual(['legal']);
    expect(ids(await rd.search({ text: 'pantries' }))).toEqual(['pantry', 'cafe']);
    expect(ids(await rd.search({ text: 'food money' }))).toEqual(['online']);
    expect(ids(await rd.search({ text: 'welcome' }))).toEqual(['cafe']);
    expect(ids(await rd.search({ text: 'b welcome' }))).toEqual([]); // tags are not text
  });

  it('ranks by where the words are (name, then categories, then description), then by name', async () => {
    serve(services);
    const rd = client({ vocabulary: false });
    // "Helpline" starts with the word being typed (name); "Help with housing" holds it (description).
    expect(ids(await rd.search({ text: 'help' }))).toEqual(['online', 'legal']);
    // Two in "Food pantries" (category), by name (Café before Community); one with food in its description.
    expect(ids(await rd.search({ text: 'food' }))).toEqual(['cafe', 'pantry', 'online']);
  });

  it('filters by categories (id or code; all of them), languages (code, 639-3 or name; any) and free', async () => {
    serve(services);
    const rd = client();
    expect(ids(await rd.search({ categories: ['BD-1800'] }))).toEqual(['pantry', 'cafe']);
    expect(ids(await rd.search({ categories: ['food', 'meals'] }))).toEqual(['cafe']);
    expect(ids(await rd.search({ languages: ['es'] }))).toEqual(['pantry', 'cafe', 'legal']);
    expect(ids(await rd.search({ languages: ['Spanish'] }))).toEqual(['pantry', 'cafe', 'legal']);
    expect(ids(await rd.search({ languages: ['pt'] }))).toEqual(['cafe']);
    expect(ids(await rd.search({ languages: ['pt', 'vi'] }))).toEqual(['cafe']);
    expect(ids(await rd.search({ languages: ['Portuguese', 'es'] }))).toEqual(['pantry', 'cafe', 'legal']);
    expect(ids(await rd.search({ free: true }))).toEqual(['pantry']);
  });

  it('searches near a point within a radius, nearest first, with distances', async () => {
    serve(services);
    const result = await client().search({ near: LONDON, radiusKm: 90 });
    expect(ids(result)).toEqual(['pantry', 'cafe']);
    expect(result.items[0]!.distanceKm).toBeCloseTo(2.3, 0);
    expect(result.items[0]!.locations[0]!.distanceKm).toBe(result.items[0]!.distanceKm);
    const everywhere = await client().search({ near: LONDON });
    expect(ids(everywhere)).toEqual(['pantry', 'cafe', 'legal', 'online']);
    const fromBirmingham = await client().search({ near: { latitude: 52.49, longitude: -1.89 } });
    expect(ids(fromBirmingham)).toEqual(['legal', 'cafe', 'pantry', 'online']);
  });

  it('places a postcode with the geocoder, or else from the feed\'s own addresses', async () => {
    serve(services);
    const geocode = vi.fn(async () => ({ latitude: 52.48, longitude: -1.9 }));
    expect(ids(await client({ geocode }).search({ near: { postcode: 'B2 4QA' }, radiusKm: 5 }))).toEqual(['legal']);
    expect(geocode).toHaveBeenCalledWith('B2 4QA', expect.anything());
    expect(ids(await client().search({ near: { postcode: 'ox1 1aa' }, radiusKm: 5 }))).toEqual(['cafe']);
    expect(ids(await client().search({ near: { postcode: 'OX1 9ZZ' }, radiusKm: 5 }))).toEqual(['cafe']); // same outward code
    const unknown = await client().search({ near: { postcode: 'ZZ9 9ZZ' } });
    expect(unknown).toMatchObject({ items: [], total: 0, issues: [{ path: 'near.postcode' }] });
  });

  it('pages from 1', async () => {
    serve(services);
    const rd = client();
    const second = await rd.search({ page: 2, pageSize: 3 });
    expect(second).toMatchObject({ page: 2, pageSize: 3, total: 4, totalPages: 2 });
    expect(ids(second)).toEqual(['online']);
  });

  it('reports the issues of the listings shown and of skipped records', async () => {
    serve([...services, { id: 'nameless' }, { ...services[0], id: 'bad-geo', service_at_locations: [{ id: 'x', location: { id: 'y', latitude: 200, longitude: 0 } }] }]);
    const result = await client({ vocabulary: false }).search({ text: 'pantry' });
    // The café is in "Food pantries": a form of the word. The pantry's copy ties with it, and goes first by id.
    expect(ids(result)).toEqual(['bad-geo', 'pantry', 'cafe']);
    expect(result.issues.map((i) => i.recordId)).toEqual(['bad-geo', 'nameless']);
  });

  it('gets one listing or throws NotFoundError', async () => {
    serve(services);
    await expect(client().get('legal')).resolves.toMatchObject({ name: 'Legal Advice Clinic', free: false });
    await expect(client().get('nope')).rejects.toThrow(NotFoundError);
  });

  it('lists the categories in use, most used first', async () => {
    serve(services);
    expect((await client().categories()).map((c) => c.id)).toEqual(['food', 'crisis', 'legal', 'meals']);
  });
});
