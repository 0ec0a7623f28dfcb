import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ResourceDirectoryClient, type SearchOptions } from '../../../src/sdk/index.js';
import { startDemoApi, type DemoApi } from '../support/demo-api.js';

// The demo's HSDS API against the same services as a static file: words in people's own words, other
// languages and typos give the same totals and the same listings, in the same order, through both.

let demo: DemoApi;
let api: ResourceDirectoryClient;
let file: ResourceDirectoryClient;

beforeAll(async () => {
  demo = await startDemoApi();
  api = createClient({ feed: demo.api, kind: 'api' });
  file = createClient({ feed: demo.file, kind: 'file' });
});
afterAll(() => demo.close());

async function everything(client: ResourceDirectoryClient, options: SearchOptions) {
  const first = await client.search({ ...options, pageSize: 9 });
  const pages = [first];
  while (pages.length < first.totalPages) pages.push(await client.search({ ...options, page: pages.length + 1, pageSize: 9 }));
  return { total: first.total, ids: pages.flatMap((page) => page.items.map((item) => item.id)) };
}

const searches: Record<string, SearchOptions> = {
  'plural': { text: 'pantries' },
  'everyday words': { text: 'where can I get food' },
  'an abbreviation': { text: 'AA meeting' },
  'program names': { text: 'food stamps' },
  'Spanish': { text: 'comida' },
  'Chinese': { text: '住房' },
  'Arabic with its article': { text: 'الطعام' },
  'a typo': { text: 'shleter' },
  'a word one typo from another ("dental", not "mental")': { text: 'dental' },
  'a word of a need one typo from a word of the feed ("grief", not "brief")': { text: 'grief' },
  'two needs': { text: 'housing veterans' },
  // An API's own text search decides what its words match: the demo's takes starts and Porter stems,
  // not "counselors" for "counseling" nor typos, which only a file adds (see README).
  'a need and a filter': { text: 'counsel', languages: ['es'] },
  'a need near a place': { text: 'food', near: { latitude: 44.9429, longitude: -123.0351 }, radiusKm: 40 },
};

describe('an API understands words as the same data as a file does', () => {
  for (const [name, options] of Object.entries(searches)) {
    it(name, async () => {
      const fromFile = await everything(file, options);
      expect(fromFile.total, 'the file finds something').toBeGreaterThan(0);
      expect(await everything(api, options)).toEqual(fromFile);
    });
  }

  it('asks the API for the need\'s own taxonomy terms and names when words name a need', async () => {
    const before = demo.requests.length;
    await createClient({ feed: demo.api, kind: 'api' }).search({ text: 'comida' });
    const asked = demo.requests.slice(before).map((path) => new URL(path, 'http://x').searchParams);
    expect(asked.some((params) => params.get('taxonomy_term_id') === 'term-food')).toBe(true);
    expect(asked.some((params) => params.get('search') === 'food')).toBe(true);
    expect(asked.some((params) => params.get('search') === 'comida')).toBe(true);
  });

  it('makes one request for words that name no need, as before', async () => {
    const before = demo.requests.length;
    await api.search({ text: 'sunrise' });
    expect(demo.requests.slice(before).filter((path) => path.includes('/services'))).toHaveLength(1);
  });
});

describe('when words find nothing', () => {
  it('suggests a respelling the feed knows and categories to try, through a file', async () => {
    const result = await file.search({ text: 'outpatent xyzzy' });
    expect(result.total).toBe(0);
    expect(result.suggestions?.text).toBe('outpatient xyzzy');
    expect(result.suggestions?.categories.length).toBeGreaterThan(0);
  });

  it('suggests through an API too, from its categories and our words', async () => {
    const result = await api.search({ text: 'outpatent' });
    expect(result.total).toBe(0);
    expect(result.suggestions?.text).toBe('outpatient');
    expect(result.suggestions?.categories[0]?.name).toMatch(/^outpatient/i);
  });

  it('offers the categories of a need first when its words found nothing with the filters', async () => {
    const result = await file.search({ text: 'food', languages: ['Klingon'] });
    expect(result.total).toBe(0);
    expect(result.suggestions?.categories[0]?.name).toMatch(/food|meal/i);
  });

  it('respells with English words and the feed\'s own, never into another language', async () => {
    // "despensa" names food in Spanish; "solidaria" is found nowhere, and is not French "solidaire".
    const result = await file.search({ text: 'despensa solidaria' });
    expect(result.total).toBe(0);
    expect(result.suggestions?.text).toBeUndefined();
    expect(result.suggestions?.categories[0]?.name).toMatch(/^food/i);
  });

  it('says nothing when something was found', async () => {
    expect((await file.search({ text: 'food' })).suggestions).toBeUndefined();
  });
});
