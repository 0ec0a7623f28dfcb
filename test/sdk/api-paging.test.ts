import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/sdk/index.js';
import { useMockServer } from './support/msw.js';
import { page, service } from './support/services.js';

const server = useMockServer();
const API = 'https://api.test/hsds';
const root = () => server.use(http.get(`${API}/`, () => HttpResponse.json({ version: '3.1' })));

/** Serves `services` as /services pages of `perPage` (the server's own maximum), recording each request. */
function serve(services: Record<string, unknown>[], { perPage = 100, shallow = false } = {}) {
  const lists: URLSearchParams[] = [];
  const details: string[] = [];
  const listItem = (s: Record<string, unknown>) => (shallow ? { id: s.id, name: s.name, status: 'active', description: s.description } : s);
  server.use(
    http.get(`${API}/services`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      lists.push(params);
      const size = Math.min(Number(params.get('per_page')), perPage);
      const number = Number(params.get('page'));
      return HttpResponse.json(page(services.slice((number - 1) * size, number * size).map(listItem), number, services.length, size));
    }),
    http.get(`${API}/services/:id`, ({ params }) => {
      details.push(String(params.id));
      return HttpResponse.json(services.find((s) => s.id === params.id));
    }),
  );
  return { lists, details };
}

const numbered = (count: number, seed: (i: number) => Partial<Parameters<typeof service>[0]> = () => ({})) =>
  Array.from({ length: count }, (_, i) => service({ id: `s${String(i).padStart(3, '0')}`, name: `Service ${i}`, ...seed(i) }));

describe('pulling what the server cannot select', () => {
  it('asks for 100 a page, follows the server when it serves fewer, and fetches the rest a few at a time', async () => {
    root();
    const { lists } = serve(numbered(95, (i) => ({ fees: i % 2 ? 'Free' : '$10' })), { perPage: 20 });
    const result = await createClient({ feed: API, cache: false, concurrency: 2 }).search({ free: true, pageSize: 10 });
    expect(lists.map((p) => [p.get('page'), p.get('per_page')])).toEqual([1, 2, 3, 4, 5].map((n) => [String(n), '100']));
    expect(result).toMatchObject({ total: 47, totalPages: 5 });
    expect(result.totalIsLowerBound).toBeUndefined();
  });

  it('stops at maxRecords and says the total is a lower bound', async () => {
    root();
    const { lists } = serve(numbered(450, (i) => ({ fees: i % 3 ? '$5' : 'Free' })));
    const result = await createClient({ feed: API, cache: false, maxRecords: 250 }).search({ free: true });
    expect(lists).toHaveLength(3);
    expect(result).toMatchObject({ total: 84, totalIsLowerBound: true }); // free among the first 250
    const all = await createClient({ feed: API, cache: false, maxRecords: 500 }).search({ free: true });
    expect(all).toMatchObject({ total: 150 });
    expect(all.totalIsLowerBound).toBeUndefined();
  });

  it('without totals, reads page after page until one is short, and stops at a server that ignores page', async () => {
    root();
    const services = numbered(230, () => ({ fees: 'Free' }));
    server.use(
      http.get(`${API}/services`, ({ request }) => {
        const number = Number(new URL(request.url).searchParams.get('page'));
        return HttpResponse.json(services.slice((number - 1) * 100, number * 100)); // a bare array
      }),
    );
    expect(await createClient({ feed: API, cache: false }).search({ free: true })).toMatchObject({ total: 230 });
    server.use(http.get(`${API}/services`, () => HttpResponse.json(services.slice(0, 100))));
    expect(await createClient({ feed: API, cache: false }).search({ free: true })).toMatchObject({ total: 100 });
  });

  it('never lists a service twice across pages: repeats from a shifting list, or one item per site', async () => {
    root();
    const a = service({ id: 'a', name: 'A', fees: 'Free' });
    const b = service({ id: 'b', name: 'B', fees: 'Free' });
    const c = service({ id: 'c', name: 'C', fees: 'Free' });
    server.use(
      http.get(`${API}/services`, ({ request }) => {
        const number = new URL(request.url).searchParams.get('page');
        return HttpResponse.json(number === '1' ? page([a, b], 1, 4, 2) : page([b, c], 2, 4, 2));
      }),
    );
    const api = createClient({ feed: API, cache: false });
    const pulled = await api.search({ free: true, pageSize: 2 });
    const next = await api.search({ free: true, pageSize: 2, page: 2 });
    expect([...pulled.items, ...next.items].map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect([pulled.total, next.total]).toEqual([3, 3]);
    // The one-request path drops the repeat too, and counts it out.
    const first = await api.search({ pageSize: 2 });
    const second = await api.search({ pageSize: 2, page: 2 });
    expect([...first.items, ...second.items].map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(second.total).toBe(3);

    const sites = service({ id: 's', name: 'Two sites', at: [{ latitude: 44.9, longitude: -123 }, { latitude: 45, longitude: -123.1 }] });
    const [first1, second1] = (sites.service_at_locations as Record<string, unknown>[]).map((sal) => ({ ...sal, service: sites }));
    server.use(
      http.get(`${API}/service_at_locations`, ({ request }) => {
        const number = new URL(request.url).searchParams.get('page');
        return HttpResponse.json(number === '1' ? page([first1, { ...second1, service: a }], 1, 3, 2) : page([second1], 2, 3, 2));
      }),
    );
    const near = await api.search({ near: { postcode: '97301' }, radiusKm: 10 });
    expect(near.items.map((l) => l.id)).toEqual(['s', 'a']);
    expect(near.total).toBe(2);
    expect(near.items[0]!.locations).toHaveLength(2);
  });

  it('completes shallow items only for the page returned when no filter needs their details', async () => {
    root();
    const { lists, details } = serve(numbered(30, (i) => ({ name: `Service ${29 - i}` })), { shallow: true });
    const api = createClient({ feed: API });
    const result = await api.search({ sort: 'name', pageSize: 4 });
    expect(lists).toHaveLength(1);
    expect(result.items.map((l) => l.name)).toEqual(['Service 0', 'Service 1', 'Service 2', 'Service 3']);
    expect(details.sort()).toEqual(['s026', 's027', 's028', 's029']);
    expect(result.items[0]!.organization?.name).toMatch(/^Org of/); // the full record, not the summary
  });

  it('completes a pulled set once, within maxDetailRequests, when a filter needs details', async () => {
    root();
    const { lists, details } = serve(numbered(12, (i) => ({ languages: i % 2 ? [{ code: 'vi', name: 'Vietnamese' }] : [] })), { shallow: true });
    const api = createClient({ feed: API, maxDetailRequests: 8 });
    const result = await api.search({ languages: ['vi'], pageSize: 2 });
    expect(details).toHaveLength(8);
    expect(result).toMatchObject({ total: 4, totalIsLowerBound: true });
    await api.search({ languages: ['vi'], pageSize: 2, page: 2 });
    await api.search({ languages: ['vi'], free: true });
    expect(lists).toHaveLength(1);
    expect(details).toHaveLength(8);
  });
});
