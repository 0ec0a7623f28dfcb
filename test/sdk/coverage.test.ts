import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { coverageNotice, coverageReport, createClient, normalizeFeed } from '../../src/sdk/index.js';
import { useMockServer } from './support/msw.js';
import { page } from './support/services.js';

const server = useMockServer();
const FILE = 'https://static.test/feeds/coverage.json';
const API = 'https://api.test/hsds';

const weekdays = { id: 'sch', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' };
const at = (latitude: number, longitude: number, address?: string) => [
  { id: 'sal', location: { id: 'loc', latitude, longitude, addresses: address ? [{ id: 'a', address_1: address, city: 'Oakland', address_type: 'physical' }] : [] } },
];

/**
 * Twenty records built to known shares: 18 listings and 2 records skipped (no id; a blank name). Of the
 * listings, 12 have a phone (2 more lost an undiallable one), 9 an address, 6 coordinates (4 more lost
 * impossible ones), 10 evaluable hours (2 more only "Call for hours"), 5 languages, 3 categories and 15 a
 * description; 3 lost a javascript: URL and 4 had a scheme-less URL repaired.
 */
function handMadeFeed(): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < 18; i++) {
    const record: Record<string, unknown> = { id: `svc-${i}`, name: `Service ${i}` };
    if (i < 15) record.description = `Help for families, number ${i}.`;
    if (i < 12) record.phones = [{ id: `ph-${i}`, number: '(510) 555-0100' }];
    else if (i < 14) record.phones = [{ id: `ph-${i}`, number: 'Call the front desk' }];
    if (i < 6) record.service_at_locations = at(37.8, -122.27, i < 3 ? `${i} Main St` : undefined);
    else if (i < 10) record.service_at_locations = at(137.8, -522.27, '1 Broadway');
    else if (i < 12) record.service_at_locations = at(37.8, -122.27, '2 Broadway').map((sal) => ({ ...sal, location: { ...sal.location, latitude: null } }));
    if (i < 10) record.schedules = [{ ...weekdays, id: `sch-${i}` }];
    else if (i < 12) record.schedules = [{ id: `sch-${i}`, description: 'Call for hours' }];
    if (i < 5) record.languages = [{ id: `lang-${i}`, code: 'es', name: 'Spanish' }];
    if (i < 3) record.attributes = [{ id: `attr-${i}`, taxonomy_term: { id: 'food', name: 'Food' } }];
    if (i >= 15) record.url = 'javascript:alert(1)';
    else if (i >= 11) record.url = `service${i}.org`;
    records.push(record);
  }
  records.push({ name: 'No id at all' }, { id: 'blank', name: '  ' });
  return records;
}

describe('coverageReport', () => {
  it('gives the exact shares built into a hand-made feed', () => {
    const { listings, issues } = normalizeFeed(handMadeFeed(), FILE);
    const report = coverageReport(listings, issues);
    expect([report.listings, report.records]).toEqual([18, 20]);
    expect(report.present).toEqual({
      phone: { count: 12, share: 12 / 18 },
      address: { count: 9, share: 9 / 18 },
      coordinates: { count: 6, share: 6 / 18 },
      hours: { count: 10, share: 10 / 18 },
      languages: { count: 5, share: 5 / 18 },
      categories: { count: 3, share: 3 / 18 },
      description: { count: 15, share: 15 / 18 },
    });
    expect(report.lost).toEqual({
      record: { count: 2, share: 2 / 20 },
      url: { count: 3, share: 3 / 20 },
      email: { count: 0, share: 0 },
      phone: { count: 2, share: 2 / 20 },
      coordinates: { count: 6, share: 6 / 20 },
      hours: { count: 0, share: 0 },
    });
    expect(report.repaired).toEqual({ count: 4, share: 4 / 20 });
    expect(report.topIssues.slice(0, 3).map((group) => [group.pattern, group.count])).toEqual([
      ['impossible coordinates (N, N); dropped', 4],
      ['no scheme; https:// added: "…"; repaired', 4],
      ['not a usable http(s) URL: "…"; dropped', 3],
    ]);
  });

  it('counts each skipped record, even two under one id', () => {
    const { listings, issues } = normalizeFeed([{ id: 'a', name: 'Kept' }, { id: 'b' }, { id: 'b' }, { id: 'c', name: '' }], FILE);
    const report = coverageReport(listings, issues);
    expect([report.listings, report.records, report.lost.record]).toEqual([1, 4, { count: 3, share: 3 / 4 }]);
  });

  it('measures the demo sample feed', () => {
    const sample: unknown = JSON.parse(readFileSync('demo/data/sample-feed.json', 'utf8'));
    const { listings, issues } = normalizeFeed(sample, 'https://demo.test/sample-feed.json');
    const report = coverageReport(listings, issues);
    expect(report).toMatchObject(DEMO_FIGURES);
    expect(coverageNotice({ ...report, issuesComplete: true }, 'demo')).toBeUndefined();
  });
});

describe('client.coverage()', () => {
  it('reads the whole static file, however many pages it takes', async () => {
    const more = Array.from({ length: 30 }, (_, i) => ({ id: `more-${i}`, name: `More ${i}`, email: i % 2 ? 'help@more.org.' : 'help@more.org' }));
    const records = [...handMadeFeed(), ...more];
    server.use(http.get(FILE, () => HttpResponse.json(records)));
    const report = await createClient({ feed: FILE, kind: 'file' }).coverage();
    const { listings, issues } = normalizeFeed(records, FILE);
    expect(report).toEqual({ ...coverageReport(listings, issues), issuesComplete: true });
    expect([report.listings, report.records, report.lost.record.count, report.repaired.count]).toEqual([48, 50, 2, 19]);
  });

  it('leaves the result cache to visitors\' searches when it pages through a file', async () => {
    const records = Array.from({ length: 60 }, (_, i) => ({ id: `svc-${i}`, name: `Service ${i}` }));
    server.use(http.get(FILE, () => HttpResponse.json(records)));
    const stored: string[] = [];
    const storage = { getItem: () => null, setItem: (key: string) => void stored.push(key), removeItem: () => undefined };
    const client = createClient({ feed: FILE, kind: 'file', cache: { storage } });
    await client.search({ text: 'Service 7' });
    expect((await client.coverage()).listings).toBe(60);
    expect(stored.filter((key) => key.includes('"search"'))).toHaveLength(1);
  });

  it("takes an API's first page from the result cache when the directory has just searched it", async () => {
    const requested: string[] = [];
    const all = Array.from({ length: 3 }, (_, i) => ({ id: `api-${i}`, name: `Service ${i}`, phones: [] }));
    server.use(
      http.get(`${API}/`, () => HttpResponse.json({ version: '3.1' })),
      http.get(`${API}/services`, ({ request }) => {
        requested.push(new URL(request.url).search);
        return HttpResponse.json(page(all, 1, all.length, 3));
      }),
    );
    const client = createClient({ feed: API, kind: 'api' });
    // As <resource-directory> asks for its first page (relevance is its order without a place), then checks it.
    await client.search({ page: 1, pageSize: 3, sort: 'relevance' });
    expect((await client.coverage({ sampleSize: 3 })).listings).toBe(3);
    expect(requested).toEqual(['?page=1&per_page=3&full=true']);
  });

  it('samples an API through its first pages only, and says so', async () => {
    const requested: string[] = [];
    const all = Array.from({ length: 300 }, (_, i) => ({ id: `api-${i}`, name: `Service ${i}`, url: i % 4 ? 'https://ok.example/' : 'not a url', phones: [] }));
    server.use(
      http.get(`${API}/`, () => HttpResponse.json({ version: '3.1' })),
      http.get(`${API}/services`, ({ request }) => {
        const url = new URL(request.url);
        requested.push(url.search);
        const number = Number(url.searchParams.get('page'));
        const size = Number(url.searchParams.get('per_page'));
        return HttpResponse.json(page(all.slice((number - 1) * size, number * size), number, all.length, size));
      }),
    );
    const report = await createClient({ feed: API, kind: 'api', cache: false }).coverage({ sampleSize: 150 });
    expect(requested.map((search) => new URLSearchParams(search).get('page'))).toEqual(['1', '2']);
    expect(report.sample).toEqual({ limit: 150, total: 300 });
    expect([report.listings, report.lost.url]).toEqual([150, { count: 38, share: 38 / 150 }]);
    const notice = coverageNotice(report, API)!;
    expect(notice).toContain(`reading the feed ${API} lost information`);
    expect(notice).toContain('the first 150 of its 300 listings were checked');
    expect(notice).toContain('unusable web addresses, left out: 38 of 150 records (25%)');
  });
});

describe('coverageNotice', () => {
  it('speaks only when more than a tenth of the records lost something', () => {
    const { listings, issues } = normalizeFeed(handMadeFeed(), FILE);
    const report = { ...coverageReport(listings, issues), issuesComplete: true };
    expect(coverageNotice(report, FILE)).toBe(
      [
        `<resource-directory>: reading the feed ${FILE} lost information (all 20 records were checked):`,
        '  • unusable web addresses, left out: 3 of 20 records (15%)',
        '  • impossible or half map coordinates, left out: 6 of 20 records (30%)',
        'Commonest problems: 4× service_at_locations.0.location.latitude: impossible coordinates (N, N); dropped · 4× url: no scheme; https:// added: "…"; repaired · 3× url: not a usable http(s) URL: "…"; dropped',
        'Details: client.coverage() and the issues of each search result.',
      ].join('\n'),
    );
    const { listings: clean, issues: none } = normalizeFeed(handMadeFeed().slice(0, 6), FILE);
    expect(coverageNotice({ ...coverageReport(clean, none), issuesComplete: true }, FILE)).toBeUndefined();
  });
});

/** Measured on demo/data/sample-feed.json; phones, coordinates and hours agree with counts over the raw JSON. */
const DEMO_FIGURES = {
  listings: 167,
  records: 167,
  present: {
    phone: { count: 165 },
    address: { count: 135 },
    coordinates: { count: 134 },
    hours: { count: 158 },
    languages: { count: 167 },
    categories: { count: 167 },
    description: { count: 167 },
  },
  lost: { record: { count: 0 }, url: { count: 0 }, email: { count: 0 }, phone: { count: 0 }, coordinates: { count: 0 }, hours: { count: 0 } },
  repaired: { count: 0 },
  topIssues: [],
};
