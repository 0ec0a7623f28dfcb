import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ResourceDirectoryClient, type SearchOptions, type SearchResult } from '../../src/sdk/index.js';
import { startDemoApi, type DemoApi } from './support/demo-api.js';

// The demo's HSDS API against the same services as a static file: every filter and sort, singly and
// combined, must give the same total and the same listings on every page, in the same order.

let demo: DemoApi;
let api: ResourceDirectoryClient;
let file: ResourceDirectoryClient;

beforeAll(async () => {
  demo = await startDemoApi();
  api = createClient({ feed: demo.api, kind: 'api' });
  file = createClient({ feed: demo.file, kind: 'file' });
});
afterAll(() => demo.close());

/** Salem, Oregon, where the sample services are. */
const salem = { latitude: 44.9429, longitude: -123.0351 };
/** A Tuesday, 2:30 PM in Salem, and a Sunday night. */
const tuesdayAfternoon = new Date('2026-12-01T22:30:00Z');
const sundayNight = new Date('2026-12-07T06:30:00Z');

type Query = Omit<SearchOptions, 'page' | 'signal'>;

const filters: Record<string, Query> = {
  'nothing': {},
  'text': { text: 'support group' },
  'a text prefix': { text: 'counsel' },
  'one category': { categories: ['term-food'] },
  'a category code': { categories: ['SG-PEER'] },
  'two categories': { categories: ['term-mode-inperson', 'term-pop-youth'] },
  // Typed in another case than the feed's: a server may hold ids to their case, a file does not.
  'a category code in another case': { categories: ['sg-peer'] },
  'a category id in another case': { categories: ['Term-Food'] },
  'two categories, the first in another case': { categories: ['sg-peer', 'term-mode-online'] },
  'a language': { languages: ['vi'] },
  'two languages': { languages: ['Somali', 'ar'] },
  'free': { free: true },
  'open on a Tuesday afternoon': { openAt: tuesdayAfternoon },
  'open on a Sunday night': { openAt: sundayNight },
  'a point': { near: salem },
  'a point and a radius': { near: salem, radiusKm: 8 },
  // A ZIP without a radius lists every service, nearest first: not only those at that ZIP.
  'a postcode': { near: { postcode: '97311' } },
  'a postcode + text': { text: 'support', near: { postcode: '97312' } },
  'a postcode + category': { categories: ['term-food'], near: { postcode: '97326' } },
  'a postcode + free + Spanish': { free: true, languages: ['es'], near: { postcode: '97310' } },
  'a postcode and a radius': { near: { postcode: '97311' }, radiusKm: 10 },
  // Radii about as wide as the ZIP's own addresses: the centre measured from decides who is in.
  'a postcode and a small radius': { near: { postcode: '97343' }, radiusKm: 2 },
  'a postcode, a radius and a category': { categories: ['term-food'], near: { postcode: '97310' }, radiusKm: 1.5 },
  'a postcode, a radius and a text': { text: 'support', near: { postcode: '97358' }, radiusKm: 1 },
  // The server refuses it (it knows 97343 and 97343-9999, not this spelling): the ZIP's addresses place it.
  'a ZIP+4 the server does not know, and a radius': { near: { postcode: '973439999' }, radiusKm: 2 },
  'free + Vietnamese': { free: true, languages: ['vi'] },
  'free + Spanish + open now': { free: true, languages: ['es'], openAt: tuesdayAfternoon },
  'text + free': { text: 'food', free: true },
  'category + language': { categories: ['term-mh-out'], languages: ['es'] },
  'text + category + point + radius': { text: 'support', categories: ['term-sg-peer'], near: salem, radiusKm: 15 },
  'everything': { text: 'help', categories: ['term-mode-inperson', 'term-housing'], languages: ['en'], free: true, openAt: tuesdayAfternoon, near: salem, radiusKm: 30 },
};
const sorts = [undefined, 'relevance', 'name', 'distance'] as const;

/** Every page of a search, with a page size that leaves a short last page. */
async function allPages(client: ResourceDirectoryClient, query: Query): Promise<SearchResult[]> {
  const pages = [await client.search({ ...query, pageSize: 7 })];
  while (pages.length < pages[0]!.totalPages) pages.push(await client.search({ ...query, page: pages.length + 1, pageSize: 7 }));
  return pages;
}

const summary = (pages: SearchResult[]) => ({
  total: pages[0]!.total,
  totalPages: pages[0]!.totalPages,
  lowerBound: pages.some((p) => p.totalIsLowerBound),
  pages: pages.map((p) => p.items.map((item) => item.id)),
  distances: pages.map((p) => p.items.map((item) => item.distanceKm?.toFixed(3))),
});

describe('an HSDS API answers like the same data as a file', () => {
  for (const [name, query] of Object.entries(filters)) {
    for (const sort of sorts) {
      if (sort === 'distance' && !query.near) continue;
      // The server's postcode+radius selection comes back nearest first, so its "feed order" is not the file's.
      if (sort === 'relevance' && query.radiusKm !== undefined && query.near && 'postcode' in query.near) continue;
      it(`${name}${sort ? `, sorted by ${sort}` : ''}`, async () => {
        const fromFile = summary(await allPages(file, { ...query, sort }));
        const fromApi = summary(await allPages(api, { ...query, sort }));
        expect(fromApi).toEqual(fromFile);
        expect(fromApi.pages.flat()).toHaveLength(fromFile.total);
        expect(new Set(fromApi.pages.flat()).size).toBe(fromApi.total);
      });
    }
  }

  it('finds something for most of those searches (the comparison is not between empty lists)', async () => {
    const totals = await Promise.all(Object.values(filters).map(async (query) => (await file.search(query)).total));
    expect(totals.filter((total) => total > 0).length).toBeGreaterThanOrEqual(Object.keys(filters).length - 2);
    expect((await file.search(filters['free + Vietnamese']!)).total).toBeGreaterThan(0);
  });

  it('answers an unknown postcode without a radius as the file does: nothing, and why', async () => {
    const query = { near: { postcode: '10001' }, text: 'support' };
    const fromFile = await file.search(query);
    expect(fromFile).toMatchObject({ items: [], total: 0, issues: [{ path: 'near.postcode' }] });
    expect(await api.search(query)).toEqual(fromFile);
  });

  it('orders services of the same name alike, whatever order the server selected them in', async () => {
    // Several services are named "Connection Recovery Support Group (Cedar Valley Mental Health Alliance)".
    const names = (await allPages(file, { text: 'meeting', sort: 'name' })).flatMap((p) => p.items.map((item) => item.name));
    expect(new Set(names).size).toBeLessThan(names.length);
    for (const sort of ['name', 'relevance'] as const) {
      expect(summary(await allPages(api, { text: 'meeting', sort }))).toEqual(summary(await allPages(file, { text: 'meeting', sort })));
    }
  });

  it('answers the same categories alike in any order and any case', async () => {
    const fromFile = summary(await allPages(file, { categories: ['SG-PEER', 'term-mode-online'] }));
    expect(fromFile.total).toBeGreaterThan(0);
    for (const categories of [['sg-peer', 'term-mode-online'], ['term-mode-online', 'sg-peer'], ['TERM-MODE-ONLINE', 'Sg-Peer']]) {
      expect(summary(await allPages(api, { categories }))).toEqual(fromFile);
    }
  });

  it('answers an unknown postcode with a radius as the file does: nothing, and why', async () => {
    for (const query of [{ near: { postcode: '10001' }, radiusKm: 5 }, { near: { postcode: '97399' }, radiusKm: 5, text: 'support' }]) {
      const fromFile = await file.search(query);
      expect(fromFile).toMatchObject({ items: [], total: 0, issues: [{ path: 'near.postcode' }] });
      expect(await api.search(query)).toEqual(fromFile);
    }
  });

  it('says "at least" for a postcode when maxRecords stopped the pull', async () => {
    const bounded = createClient({ feed: demo.api, kind: 'api', maxRecords: 100 });
    const known = await bounded.search({ near: { postcode: '97311' } });
    expect(known).toMatchObject({ total: 100, totalIsLowerBound: true });
    expect(await bounded.search({ near: { postcode: '10001' } })).toMatchObject({ items: [], total: 0, totalIsLowerBound: true, issues: [{ path: 'near.postcode' }] });
    expect((await api.search({ near: { postcode: '97311' } })).totalIsLowerBound).toBeUndefined();
  });

  it('measures from the same centre of a postcode whatever else is searched, and only within the radius', async () => {
    const near = { postcode: '97310' };
    const distances = async (query: Query) => {
      const items = (await allPages(api, { ...query, near, radiusKm: 5 })).flatMap((p) => p.items);
      return new Map(items.map((item) => [item.id, item.distanceKm]));
    };
    const unfiltered = await distances({});
    expect([...unfiltered.values()].every((distanceKm) => distanceKm! <= 5)).toBe(true);
    for (const query of [{ categories: ['term-food'] }, { text: 'pantry' }]) {
      const filtered = await distances(query);
      expect(filtered.size).toBeGreaterThan(0);
      expect([...filtered].filter(([id, distanceKm]) => distanceKm !== unfiltered.get(id))).toEqual([]);
    }
  });

  it('places a postcode with the geocoder first, as the file does', async () => {
    const geocode = async (postcode: string) => (postcode === '10001' ? salem : undefined);
    const withGeocoder = (client: ResourceDirectoryClient) => allPages(client, { near: { postcode: '10001' }, sort: 'distance' });
    const fromFile = summary(await withGeocoder(createClient({ feed: demo.file, kind: 'file', geocode })));
    expect(fromFile.total).toBe(167);
    expect(summary(await withGeocoder(createClient({ feed: demo.api, kind: 'api', geocode })))).toEqual(fromFile);
  });

  it('places a postcode with the geocoder first within a radius too, wherever the server centres it', async () => {
    // South-west of the ZIP's addresses in the feed, whose centre the server measures from.
    const geocode = async () => ({ latitude: 45.02, longitude: -122.8 });
    const withGeocoder = (client: ResourceDirectoryClient) => allPages(client, { near: { postcode: '97343' }, radiusKm: 2, sort: 'distance' });
    const fromFile = summary(await withGeocoder(createClient({ feed: demo.file, kind: 'file', geocode })));
    expect(fromFile.total).toBeGreaterThan(0);
    expect(summary(await withGeocoder(createClient({ feed: demo.api, kind: 'api', geocode })))).toEqual(fromFile);
  });

  it('orders by distance with the nearest first and unknown distances last, across pages', async () => {
    const { pages } = summary(await allPages(api, { near: salem, sort: 'distance' }));
    const results = await allPages(api, { near: salem, sort: 'distance' });
    const distances = results.flatMap((p) => p.items.map((item) => item.distanceKm ?? Infinity));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.some((d) => d === Infinity)).toBe(true); // online-only services, after every measured one
    expect(pages.flat()).toHaveLength(results[0]!.total);
  });

  it('orders by name across pages, not in the order the server ranked them', async () => {
    const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare;
    const ranked = (await allPages(api, { text: 'support' })).flatMap((p) => p.items.map((item) => item.name));
    expect(ranked).not.toEqual([...ranked].sort(byName));
    const names = (await allPages(api, { text: 'support', sort: 'name' })).flatMap((p) => p.items.map((item) => item.name));
    expect(names).toEqual([...ranked].sort(byName));
  });
});

describe('an HSDS API that ignores full=true answers like the same data as a file', () => {
  let summaries: DemoApi;
  beforeAll(async () => {
    summaries = await startDemoApi({ ignoreFull: true });
  });
  afterAll(() => summaries.close());

  // Near a postcode with a radius, the server's selection is ordered here without completing it: each page's
  // summaries are completed as they are shown, and keep the distances measured for the search.
  for (const sort of [undefined, 'name', 'distance'] as const) {
    it(`a postcode and a radius${sort ? `, sorted by ${sort}` : ''}`, async () => {
      const query = { near: { postcode: '97311' }, radiusKm: 3, sort };
      const fromFile = summary(await allPages(file, query));
      expect(fromFile.distances.flat().every((distance) => distance !== undefined)).toBe(true);
      expect(summary(await allPages(createClient({ feed: summaries.api, kind: 'api' }), query))).toEqual(fromFile);
    });
  }
});

describe('an HSDS API whose pages give no totals answers like the same data as a file', () => {
  /** Every page of a search, as a visitor reaches them: while the last one says another follows. */
  async function pagesOffered(client: ResourceDirectoryClient, query: Query): Promise<SearchResult[]> {
    const pages = [await client.search({ ...query, pageSize: 7 })];
    while (pages.at(-1)!.page < pages.at(-1)!.totalPages) pages.push(await client.search({ ...query, page: pages.length + 1, pageSize: 7 }));
    return pages;
  }

  const variants = {
    'no Page field but contents': ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'],
    'no total_items': ['total_items'],
  };
  for (const [variant, omitPageFields] of Object.entries(variants)) {
    describe(variant, () => {
      let untotalled: DemoApi;
      beforeAll(async () => {
        untotalled = await startDemoApi({ omitPageFields });
      });
      afterAll(() => untotalled.close());

      // 167 services and 20 in term-food end on a short page of 7; the 14 in term-employ on a full one.
      for (const query of [{}, { categories: ['term-food'] }, { categories: ['term-employ'] }]) {
        it(`${JSON.stringify(query)}: every page offered, "at least" until the last, then the file's total`, async () => {
          const fromFile = await allPages(file, query);
          const pages = await pagesOffered(createClient({ feed: untotalled.api, kind: 'api' }), query);
          expect(pages.flatMap((p) => p.items.map((item) => item.id))).toEqual(fromFile.flatMap((p) => p.items.map((item) => item.id)));
          const last = pages.at(-1)!;
          expect(last.totalIsLowerBound).toBeUndefined();
          expect(last.total).toBe(fromFile[0]!.total);
          for (const earlier of pages.slice(0, -1)) {
            expect(earlier).toMatchObject({ totalIsLowerBound: true });
            expect(earlier.total).toBeGreaterThan(earlier.page * earlier.pageSize); // the widget offers "Show more"
          }
        });
      }
    });
  }
});
