import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHsdsApi } from '../../demo/server/hsds-api.mjs';

// ---------------------------------------------------------------------------------------------------------
// Own small fixture (independent of demo/data/sample-feed.json): six real-looking services around Waterloo /
// Cedar Falls, Iowa, plus 120 filler services so that paging and the per_page cap can be observed.
// ---------------------------------------------------------------------------------------------------------

interface Term { id: string; code: string; name: string; description: string; parent_id?: string }
interface Loc {
  id: string; name: string; location_type: string; latitude?: number; longitude?: number;
  addresses: { address_1: string; city: string; state_province: string; postal_code: string; country: string; address_type: string }[];
}
interface Page<T = Record<string, unknown>> {
  total_items: number; total_pages: number; page_number: number; size: number;
  first_page: boolean; last_page: boolean; empty: boolean; contents: T[];
}
interface SalItem {
  id: string; service_id: string; location_id: string | null; description: string | null;
  service: Record<string, unknown>; location: Loc | null;
}
interface ErrorBody { error: { status: number; message: string } }

const terms = {
  food: { id: 't-food', code: 'BD-1800', name: 'Food', description: 'Meals and groceries' },
  housing: { id: 't-housing', code: 'BH-1800', name: 'Emergency Shelter', description: 'Short-term housing' },
  legal: { id: 't-legal', code: 'FT-4500', name: 'Legal Services', description: 'Advice and representation' },
  crisis: { id: 't-crisis', code: 'RP-1500', name: 'Crisis Intervention', description: 'Immediate support', parent_id: 't-health' },
  clothing: { id: 't-clothing', code: 'BM-6500', name: 'Clothing', description: 'Coats, shoes, clothes' },
} satisfies Record<string, Term>;

function address(postal_code: string, city = 'Waterloo'): Loc['addresses'][number] {
  return { address_1: '1 Main St', city, state_province: 'IA', postal_code, country: 'US', address_type: 'physical' };
}

const locations = {
  downtown: { id: 'L1', name: 'Downtown Hub', location_type: 'physical', latitude: 42.4928, longitude: -92.3426, addresses: [address('50701')] },
  northside: { id: 'L2', name: 'Northside Center', location_type: 'physical', latitude: 42.515, longitude: -92.33, addresses: [address('50703')] },
  cedarFalls: { id: 'L3', name: 'Cedar Falls Shelter', location_type: 'physical', latitude: 42.5349, longitude: -92.4453, addresses: [address('50613', 'Cedar Falls')] },
  online: { id: 'L4', name: 'Online', location_type: 'virtual', addresses: [] },
  desMoines: { id: 'L5', name: 'Des Moines Office', location_type: 'physical', latitude: 41.5868, longitude: -93.625, addresses: [address('50309', 'Des Moines')] },
  church: { id: 'L6', name: 'Church Hall', location_type: 'physical', latitude: 42.499, longitude: -92.335, addresses: [address('50701')] },
} satisfies Record<string, Loc>;

const organizations = {
  food: { id: 'org-food', name: 'Cedar Valley Food Alliance', description: 'Fighting hunger', website: 'https://example.org/food' },
  housing: { id: 'org-housing', name: 'Safe Harbor Housing', description: 'Housing help' },
  legal: { id: 'org-legal', name: 'Iowa Legal Help', description: 'Legal aid' },
  helpline: { id: 'org-211', name: 'Cedar Valley 2-1-1', description: 'Information and referral' },
  church: { id: 'org-church', name: 'Église Saint-Jean', description: 'Parish outreach' },
  filler: { id: 'org-filler', name: 'Placeholder Trust', description: 'Filler records' },
};

function service(
  id: string, name: string, description: string, organization: Record<string, unknown>, serviceTerms: Term[],
  sals: [string, Loc][],
): Record<string, unknown> {
  return {
    id, name, description, status: 'active', url: `https://example.org/${id}`, minimum_age: 0,
    organization: { ...organization, additional_websites: [], phones: [{ id: `${id}-org-phone`, number: '319-555-0100' }] },
    attributes: serviceTerms.map((term, i) => ({
      id: `${id}-attr-${i}`, link_type: 'service', link_entity: 'service',
      taxonomy_term: { ...term, taxonomy: 'AIRS', taxonomy_detail: { id: 'tax-airs', name: 'AIRS/211 LA County' } },
    })),
    service_at_locations: sals.map(([salId, location]) => ({ id: salId, description: `${name} at ${location.name}`, location })),
    phones: [{ id: `${id}-phone`, number: '319-555-0199', type: 'voice' }],
    schedules: [{ id: `${id}-sched`, freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00', closes_at: '17:00' }],
    languages: [{ id: `${id}-lang`, name: 'English', code: 'en' }],
  };
}

const realServices = [
  service('s-cafe', 'Café Community Meals', 'Hot lunches every weekday.', organizations.food, [terms.food],
    [['sal-cafe-1', locations.downtown]]),
  service('s-pantry', 'Northside Food Pantry', 'Groceries and fresh produce.', organizations.food, [terms.food],
    [['sal-pantry-1', locations.northside], ['sal-pantry-2', locations.downtown]]),
  service('s-shelter', 'Harbor Shelter', 'Emergency overnight beds for families.', organizations.housing, [terms.housing],
    [['sal-shelter-1', locations.cedarFalls]]),
  service('s-legal', 'Legal Aid Clinic', 'Free advice for tenants facing eviction.', organizations.legal,
    [terms.legal, terms.housing], [['sal-legal-1', locations.online], ['sal-legal-2', locations.desMoines]]),
  service('s-helpline', 'Crisis Helpline', 'Support by phone, day and night — écoute.', organizations.helpline,
    [terms.crisis], []),
  service('s-clothes', 'Clothing Closet', 'Free coats and shoes.', organizations.church, [terms.clothing],
    [['sal-clothes-1', locations.church]]),
];
const fillers = Array.from({ length: 120 }, (_, i) => {
  const n = String(i + 1).padStart(3, '0');
  return service(`s-filler-${n}`, `Zz Filler ${n}`, 'Placeholder record.', organizations.filler, [], []);
});
// Shuffled on purpose: the API must sort by name then id.
const fixture = [...fillers.slice(60), realServices[3], realServices[0], ...fillers.slice(0, 60),
  realServices[5], realServices[2], realServices[4], realServices[1]];
const TOTAL = fixture.length; // 126

// Independent haversine (R = 6371008.8 m) for checking proximity results.
function distanceMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const a = Math.sin(toRad(lat2 - lat1) / 2) ** 2 +
    Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(toRad(lon2 - lon1) / 2) ** 2;
  return 2 * 6371008.8 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

// ---------------------------------------------------------------------------------------------------------
// Server: the API under /hsds, anything else falls through to a plain-text 404.
// ---------------------------------------------------------------------------------------------------------

let server: Server;
let origin = '';
const fallThroughs: { url: string; headersSent: boolean }[] = [];

beforeAll(async () => {
  const api = createHsdsApi({ services: fixture, basePath: '/hsds', openapiUrl: 'https://example.org/openapi.json' });
  server = createServer((req, res) => {
    if (api(req, res)) return;
    fallThroughs.push({ url: req.url ?? '', headersSent: res.headersSent });
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('fell through');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

async function call<T = Page>(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await fetch(origin + path, init);
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
  return { status: response.status, headers: response.headers, body: (isJson ? JSON.parse(text) : text) as T };
}

const ids = (page: Page) => page.contents.map((item) => item.id);
const qs = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

const REAL_ORDER = ['s-cafe', 's-clothes', 's-helpline', 's-shelter', 's-legal', 's-pantry'];

describe('GET /hsds/ (API meta)', () => {
  it.each(['/hsds/', '/hsds'])('answers %s with the HSDS 3.1 meta object', async (path) => {
    const { status, headers, body } = await call<Record<string, unknown>>(path);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({
      version: '3.1',
      profile: 'https://openreferral.org/hsds/3.1',
      openapi_url: 'https://example.org/openapi.json',
      publisher: { name: 'Cedar Valley 2-1-1 (sample data)', website: 'https://example.org/cedar-valley-211', email: 'data@example.org' },
    });
    expect(typeof body.description).toBe('string');
  });
});

describe('GET /hsds/services: paging envelope', () => {
  it('defaults to page 1 of 25, ordered by name then id', async () => {
    const { status, body } = await call('/hsds/services');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      total_items: TOTAL, total_pages: Math.ceil(TOTAL / 25), page_number: 1, size: 25,
      first_page: true, last_page: false, empty: false,
    });
    expect(ids(body).slice(0, 7)).toEqual([...REAL_ORDER, 's-filler-001']);
    expect(body.contents.at(-1)?.id).toBe('s-filler-019');
  });

  it('serves a middle page and the (partial) last page', async () => {
    const middle = (await call('/hsds/services?page=2&per_page=4')).body;
    expect(middle).toMatchObject({ total_items: TOTAL, total_pages: 32, page_number: 2, size: 4, first_page: false, last_page: false, empty: false });
    expect(ids(middle)).toEqual(['s-legal', 's-pantry', 's-filler-001', 's-filler-002']);

    const last = (await call('/hsds/services?page=32&per_page=4')).body;
    expect(last).toMatchObject({ total_items: TOTAL, total_pages: 32, page_number: 32, size: 2, first_page: false, last_page: true, empty: false });
    expect(ids(last)).toEqual(['s-filler-119', 's-filler-120']);
  });

  it('returns an empty last page beyond the end', async () => {
    const { status, body } = await call('/hsds/services?page=99&per_page=10');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total_items: TOTAL, total_pages: 13, page_number: 99, size: 0, first_page: false, last_page: true, empty: true, contents: [] });
  });

  it('caps per_page at 100', async () => {
    const { body } = await call('/hsds/services?per_page=500');
    expect(body).toMatchObject({ total_items: TOTAL, total_pages: 2, size: 100, last_page: false });
    const second = (await call('/hsds/services?per_page=500&page=2')).body;
    expect(second).toMatchObject({ size: TOTAL - 100, last_page: true });
  });

  it('describes zero results as one empty first-and-last page', async () => {
    const { status, body } = await call('/hsds/services?search=nothing-matches-this');
    expect(status).toBe(200);
    expect(body).toEqual({
      total_items: 0, total_pages: 0, page_number: 1, size: 0,
      first_page: true, last_page: true, empty: true, contents: [],
    });
  });
});

describe('GET /hsds/services: filters', () => {
  it.each([
    ['cafe', ['s-cafe']],
    ['CAFÉ', ['s-cafe']],
    ['Café community', ['s-cafe']],
    ['ECOUTE', ['s-helpline']],
  ])('search=%s is case- and accent-insensitive', async (search, expected) => {
    expect(ids((await call(`/hsds/services?${qs({ search })}`)).body)).toEqual(expected);
  });

  it('requires every word to match (AND), in any field', async () => {
    // "food" alone matches the café through its organization and category; "pantry" narrows it down.
    expect(ids((await call(`/hsds/services?${qs({ search: 'food' })}`)).body)).toEqual(['s-cafe', 's-pantry']);
    expect(ids((await call(`/hsds/services?${qs({ search: '  pantry   FOOD ' })}`)).body)).toEqual(['s-pantry']);
    expect((await call(`/hsds/services?${qs({ search: 'food shelter' })}`)).body.total_items).toBe(0);
  });

  it('matches organization names and taxonomy term names', async () => {
    expect(ids((await call(`/hsds/services?${qs({ search: 'eglise' })}`)).body)).toEqual(['s-clothes']);
    expect(ids((await call(`/hsds/services?${qs({ search: 'intervention' })}`)).body)).toEqual(['s-helpline']);
    expect(ids((await call(`/hsds/services?${qs({ search: 'emergency shelter' })}`)).body)).toEqual(['s-shelter', 's-legal']);
  });

  it('filters by taxonomy_term_id, given a term id or a term code', async () => {
    expect(ids((await call('/hsds/services?taxonomy_term_id=t-housing')).body)).toEqual(['s-shelter', 's-legal']);
    expect(ids((await call('/hsds/services?taxonomy_term_id=BH-1800')).body)).toEqual(['s-shelter', 's-legal']);
    expect((await call('/hsds/services?taxonomy_term_id=unknown')).body.total_items).toBe(0);
  });

  it('filters by organization_id and combines parameters with AND', async () => {
    expect(ids((await call('/hsds/services?organization_id=org-food')).body)).toEqual(['s-cafe', 's-pantry']);
    expect(ids((await call('/hsds/services?organization_id=org-food&search=lunches')).body)).toEqual(['s-cafe']);
    expect(ids((await call('/hsds/services?taxonomy_term_id=t-food&search=tenants')).body)).toEqual([]);
  });

  it('ignores unknown parameters', async () => {
    expect((await call('/hsds/services?colour=blue&format=xml')).body.total_items).toBe(TOTAL);
  });
});

describe('GET /hsds/services: list items vs full items', () => {
  it('list items carry only one-to-one fields (no arrays, organization scalars only)', async () => {
    const { body } = await call('/hsds/services?per_page=10');
    const cafe = body.contents[0];
    expect(cafe).toMatchObject({ id: 's-cafe', name: 'Café Community Meals', status: 'active', minimum_age: 0 });
    expect(cafe.organization).toEqual(organizations.food);
    for (const item of body.contents) {
      for (const value of Object.values(item)) expect(Array.isArray(value)).toBe(false);
      for (const value of Object.values(item.organization as object)) expect(Array.isArray(value)).toBe(false);
      for (const key of ['phones', 'schedules', 'service_at_locations', 'attributes', 'languages']) expect(item).not.toHaveProperty(key);
    }
  });

  it('full=true returns fully nested services', async () => {
    const { body } = await call('/hsds/services?full=true&per_page=6');
    expect(body.contents).toEqual(REAL_ORDER.map((id) => fixture.find((s) => s.id === id)));
    expect(Array.isArray(body.contents[0].service_at_locations)).toBe(true);
    expect(Array.isArray(body.contents[0].attributes)).toBe(true);
  });
});

describe('GET /hsds/services/{id}', () => {
  it('returns the fully nested service', async () => {
    const { status, body } = await call<Record<string, unknown>>('/hsds/services/s-legal');
    expect(status).toBe(200);
    expect(body).toEqual(realServices[3]);
  });

  it('decodes the id and answers 404 JSON for an unknown id', async () => {
    const { status, headers, body } = await call<ErrorBody>('/hsds/services/no%20such');
    expect(status).toBe(404);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(body).toEqual({ error: { status: 404, message: 'No service with id "no such"' } });
  });
});

describe('GET /hsds/service_at_locations', () => {
  // Every (service, service_at_location) pair of the real services, in the API's base order.
  const pairs = REAL_ORDER.flatMap((id) => {
    const s = realServices.find((candidate) => candidate.id === id) as { id: string; service_at_locations: { id: string; location: Loc }[] };
    return s.service_at_locations.map((sal) => ({ id: sal.id, serviceId: s.id, location: sal.location }));
  });
  const with50701 = [locations.downtown, locations.church];
  const centroid = {
    lat: with50701.reduce((sum, l) => sum + l.latitude, 0) / with50701.length,
    lon: with50701.reduce((sum, l) => sum + l.longitude, 0) / with50701.length,
  };
  const expectedWithin = (radius: number) =>
    pairs
      .filter((p) => p.location.latitude !== undefined && p.location.longitude !== undefined)
      .map((p) => ({ ...p, distance: distanceMetres(centroid.lat, centroid.lon, p.location.latitude as number, p.location.longitude as number) }))
      .filter((p) => p.distance <= radius)
      .sort((a, b) => a.distance - b.distance);

  it('lists one item per service/location pair with list-level services', async () => {
    const { status, body } = await call<Page<SalItem>>('/hsds/service_at_locations?per_page=100');
    expect(status).toBe(200);
    expect(body.total_items).toBe(pairs.length);
    expect(body.contents.map((item) => item.id)).toEqual(pairs.map((p) => p.id));
    const pantryDowntown = body.contents.find((item) => item.id === 'sal-pantry-2');
    expect(pantryDowntown).toMatchObject({ service_id: 's-pantry', location_id: 'L1', description: 'Northside Food Pantry at Downtown Hub' });
    expect(pantryDowntown?.location).toEqual(locations.downtown);
    expect(pantryDowntown?.service).toMatchObject({ id: 's-pantry', organization: organizations.food });
    expect(pantryDowntown?.service).not.toHaveProperty('phones');
  });

  it('full=true nests the full service', async () => {
    const { body } = await call<Page<SalItem>>('/hsds/service_at_locations?full=true&search=pantry');
    expect(body.contents.map((item) => item.id)).toEqual(['sal-pantry-1', 'sal-pantry-2']);
    expect(body.contents[0].service).toEqual(realServices[1]);
  });

  it('postcode alone keeps locations with that postal code', async () => {
    const { status, body } = await call<Page<SalItem>>('/hsds/service_at_locations?postcode=50701');
    expect(status).toBe(200);
    expect(body.contents.map((item) => item.id)).toEqual(['sal-cafe-1', 'sal-clothes-1', 'sal-pantry-2']);
    for (const item of body.contents) expect(item.location?.addresses[0].postal_code).toBe('50701');
  });

  it('postcode + proximity keeps locations within the radius, nearest first', async () => {
    const radius = 5000;
    const expected = expectedWithin(radius);
    expect(expected.length).toBe(4); // sanity: the fixture has locations both inside and outside 5 km
    const { status, body } = await call<Page<SalItem>>(`/hsds/service_at_locations?postcode=50701&proximity=${radius}`);
    expect(status).toBe(200);
    expect(body.total_items).toBe(expected.length);
    expect(body.contents.map((item) => item.id)).toEqual(expected.map((p) => p.id));
    const distances = body.contents.map((item) =>
      distanceMetres(centroid.lat, centroid.lon, item.location?.latitude as number, item.location?.longitude as number));
    for (const d of distances) expect(d).toBeLessThanOrEqual(radius);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('pages through proximity results in distance order and combines with search', async () => {
    const expected = expectedWithin(15000);
    const second = (await call<Page<SalItem>>('/hsds/service_at_locations?postcode=50701&proximity=15000&per_page=2&page=2')).body;
    expect(second).toMatchObject({ total_items: expected.length, page_number: 2, size: 2 });
    expect(second.contents.map((item) => item.id)).toEqual(expected.slice(2, 4).map((p) => p.id));
    const shelters = (await call<Page<SalItem>>('/hsds/service_at_locations?postcode=50701&proximity=15000&search=shelter')).body;
    expect(shelters.contents.map((item) => item.id)).toEqual(['sal-shelter-1']);
  });

  it('measures haversine distances to the millimetre at the edge of the radius', async () => {
    const edge = distanceMetres(centroid.lat, centroid.lon, locations.northside.latitude, locations.northside.longitude);
    const path = (radius: number) => `/hsds/service_at_locations?postcode=50701&proximity=${radius}`;
    const inside = (await call<Page<SalItem>>(path(edge + 0.001))).body.contents.map((item) => item.id);
    const outside = (await call<Page<SalItem>>(path(edge - 0.001))).body.contents.map((item) => item.id);
    expect(inside.at(-1)).toBe('sal-pantry-1');
    expect(outside).not.toContain('sal-pantry-1');
    expect(outside).toHaveLength(inside.length - 1);
  });

  it('never matches virtual locations by proximity', async () => {
    const { body } = await call<Page<SalItem>>('/hsds/service_at_locations?postcode=50701&proximity=20000000');
    const returned = body.contents.map((item) => item.id);
    expect(returned).toHaveLength(expectedWithin(Infinity).length);
    expect(returned).toContain('sal-legal-2');
    expect(returned).not.toContain('sal-legal-1');
  });

  it('answers 400 naming an unknown postcode', async () => {
    for (const path of ['/hsds/service_at_locations?postcode=99999', '/hsds/service_at_locations?postcode=99999&proximity=1000']) {
      const { status, body } = await call<ErrorBody>(path);
      expect(status).toBe(400);
      expect(body.error.status).toBe(400);
      expect(body.error.message).toContain('99999');
    }
  });
});

describe('GET /hsds/taxonomy_terms', () => {
  it('lists the distinct terms used by services, sorted by name', async () => {
    const { status, body } = await call('/hsds/taxonomy_terms');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total_items: 5, total_pages: 1, size: 5, first_page: true, last_page: true, empty: false });
    expect(ids(body)).toEqual(['t-clothing', 't-crisis', 't-housing', 't-food', 't-legal']);
    expect(body.contents[2]).toEqual({
      ...terms.housing, parent_id: null, taxonomy: 'AIRS', taxonomy_detail: { id: 'tax-airs', name: 'AIRS/211 LA County' },
    });
    expect(body.contents[1].parent_id).toBe('t-health');
  });

  it('searches and pages terms', async () => {
    expect(ids((await call('/hsds/taxonomy_terms?search=SHELTER')).body)).toEqual(['t-housing']);
    expect(ids((await call('/hsds/taxonomy_terms?search=crisis%20intervention')).body)).toEqual(['t-crisis']);
    const page2 = (await call('/hsds/taxonomy_terms?per_page=2&page=2')).body;
    expect(page2).toMatchObject({ total_pages: 3, size: 2, first_page: false, last_page: false });
    expect(ids(page2)).toEqual(['t-housing', 't-food']);
  });

  it('returns one term by id, or 404', async () => {
    expect((await call<Record<string, unknown>>('/hsds/taxonomy_terms/t-food')).body).toMatchObject({ id: 't-food', code: 'BD-1800', name: 'Food' });
    const missing = await call<ErrorBody>('/hsds/taxonomy_terms/t-nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('t-nope');
  });
});

describe('errors, CORS and methods', () => {
  it.each([
    ['/hsds/services?page=0', /\bpage\b/],
    ['/hsds/services?page=1.5', /\bpage\b/],
    ['/hsds/services?per_page=abc', /\bper_page\b/],
    ['/hsds/taxonomy_terms?per_page=-2', /\bper_page\b/],
    ['/hsds/service_at_locations?postcode=50701&proximity=-5', /\bproximity\b/],
    ['/hsds/service_at_locations?postcode=50701&proximity=near', /\bproximity\b/],
    ['/hsds/service_at_locations?postcode=50701&proximity=0', /\bproximity\b/],
  ])('%s → 400 naming the parameter', async (path, name) => {
    const { status, headers, body } = await call<ErrorBody>(path);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(body.error.status).toBe(400);
    expect(body.error.message).toMatch(name);
  });

  it.each(['/hsds/nope', '/hsds/services/s-cafe/extra', '/hsds/organizations'])('%s → 404 JSON', async (path) => {
    const { status, body } = await call<ErrorBody>(path);
    expect(status).toBe(404);
    expect(body.error.status).toBe(404);
  });

  it('answers 400 to malformed percent-encoding in the path', async () => {
    const { status, body } = await call<ErrorBody>('/hsds/services/%E0%A4%A');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/percent-encoding/);
  });

  it('sends CORS and no-store headers on success and error responses', async () => {
    for (const path of ['/hsds/services', '/hsds/services/missing', '/hsds/services?page=0']) {
      const { headers } = await call(path);
      expect(headers.get('access-control-allow-origin')).toBe('*');
      expect(headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers an OPTIONS preflight with 204', async () => {
    const { status, headers } = await call('/hsds/services', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.com', 'Access-Control-Request-Method': 'GET' },
    });
    expect(status).toBe(204);
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.get('access-control-allow-methods')).toBe('GET, OPTIONS');
    expect(headers.get('access-control-allow-headers')).toBe('*');
  });

  it('answers other methods with 405 and an Allow header', async () => {
    const { status, headers, body } = await call<ErrorBody>('/hsds/services', { method: 'POST', body: '{}' });
    expect(status).toBe(405);
    expect(headers.get('allow')).toBe('GET, OPTIONS');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(body.error.status).toBe(405);
  });

  it('lets requests outside the base path fall through without writing anything', async () => {
    fallThroughs.length = 0;
    for (const path of ['/hsdsx/services', '/other', '/hs']) {
      const { status, body } = await call<string>(path);
      expect(status).toBe(404);
      expect(body).toBe('fell through');
    }
    expect(fallThroughs).toEqual([
      { url: '/hsdsx/services', headersSent: false },
      { url: '/other', headersSent: false },
      { url: '/hs', headersSent: false },
    ]);
  });
});
