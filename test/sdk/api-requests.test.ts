import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type SearchOptions } from '../../src/sdk/index.js';
import { startDemoApi, type DemoApi } from './support/demo-api.js';

describe('requests per page of results on the demo API', () => {
  let demo: DemoApi;
  beforeAll(async () => {
    demo = await startDemoApi();
  });
  afterAll(() => demo.close());

  /** Requests made by a fresh client (after its one detection request) for a search, then for its page 2. */
  async function count(query: SearchOptions) {
    const api = createClient({ feed: demo.api, kind: 'api' });
    await api.info();
    demo.requests.length = 0;
    const first = await api.search(query);
    const forFirst = demo.requests.length;
    await api.search({ ...query, page: 2 });
    return { forFirst, forSecond: demo.requests.length - forFirst, total: first.total, api };
  }

  it('a query the server answers itself is one request a page', async () => {
    expect(await count({})).toMatchObject({ forFirst: 1, forSecond: 1 });
    expect(await count({ text: 'support' })).toMatchObject({ forFirst: 1, forSecond: 1 });
    expect(await count({ categories: ['term-food'], sort: 'relevance' })).toMatchObject({ forFirst: 1, forSecond: 1 });
  });

  it('a query it cannot answer pulls its selection once; later pages, other local filters and sorts cost nothing', async () => {
    const { forFirst, forSecond, api } = await count({ free: true, languages: ['vi'] });
    expect([forFirst, forSecond]).toEqual([2, 0]); // 167 services, 100 a page
    demo.requests.length = 0;
    await api.search({ openAt: new Date('2026-12-01T22:30:00Z') });
    await api.search({ near: { latitude: 44.94, longitude: -123.03 }, sort: 'distance' });
    await api.search({ languages: ['es'], sort: 'name', page: 3 });
    expect(demo.requests).toEqual([]);
    // A new server-side selection (a text) is a new pull, smaller.
    await api.search({ text: 'support', free: true });
    expect(demo.requests).toHaveLength(1);
  });

  it('open now and distance from a point: one pull each', async () => {
    expect(await count({ openAt: new Date('2026-12-01T22:30:00Z') })).toMatchObject({ forFirst: 2, forSecond: 0 });
    expect(await count({ near: { latitude: 44.94, longitude: -123.03 }, sort: 'distance' })).toMatchObject({ forFirst: 2, forSecond: 0 });
  });

  it('a postcode without a radius: one pull of the selection without it; another postcode costs nothing', async () => {
    const { forFirst, forSecond, total, api } = await count({ near: { postcode: '97311' } });
    expect({ forFirst, forSecond, total }).toEqual({ forFirst: 2, forSecond: 0, total: 167 });
    demo.requests.length = 0;
    await api.search({ near: { postcode: '97326' }, sort: 'name' });
    await api.search({ near: { postcode: '10001' } }); // unknown: answered from the pull, no 400 from the server
    expect(demo.requests).toEqual([]);
    await api.search({ near: { postcode: '97311' }, text: 'support' });
    expect(demo.requests).toHaveLength(1);
    expect(demo.requests[0]).toMatch(/^\/hsds\/services\?/);
    expect(demo.requests[0]).not.toMatch(/postcode/);
  });

  it('a postcode with a text is placed among all the feed\'s addresses (one more pull), unless a geocoder places it', async () => {
    const query = { near: { postcode: '97311' }, text: 'support' };
    expect(await count(query)).toMatchObject({ forFirst: 3, forSecond: 0 }); // the text's selection, then everything
    const geocode = async () => ({ latitude: 44.94, longitude: -123.03 });
    const api = createClient({ feed: demo.api, kind: 'api', geocode });
    await api.info();
    demo.requests.length = 0;
    await api.search(query);
    expect(demo.requests).toHaveLength(1);
  });

  it('a postcode with a radius: the postcode alone (to place it, once), then the server\'s selection within reach', async () => {
    const { forFirst, forSecond, api } = await count({ near: { postcode: '97311' }, radiusKm: 10 });
    expect([forFirst, forSecond]).toEqual([2, 0]);
    demo.requests.length = 0;
    await api.search({ near: { postcode: '97312' }, radiusKm: 10 });
    expect(demo.requests).toEqual([
      expect.stringMatching(/^\/hsds\/service_at_locations\?postcode=97312&page=1&per_page=100&full=true$/),
      expect.stringMatching(/^\/hsds\/service_at_locations\?postcode=97312&proximity=1\d{4}&/),
    ]);
    demo.requests.length = 0;
    await api.search({ near: { postcode: '97312' }, radiusKm: 10, text: 'support' });
    expect(demo.requests).toEqual([expect.stringMatching(/^\/hsds\/service_at_locations\?postcode=97312&proximity=1\d{4}&search=support&/)]);
  });

  it('an unknown ZIP with a radius: the one request the server refuses, not a pull of the whole feed', async () => {
    const { forFirst, total } = await count({ near: { postcode: '10001' }, radiusKm: 5 });
    expect({ forFirst, total }).toEqual({ forFirst: 1, total: 0 });
  });

  it('a category typed in another case than the feed\'s: asked again as the feed spells it, then as spelled', async () => {
    const { forFirst, forSecond, total } = await count({ categories: ['Term-Food'] });
    expect({ forFirst, forSecond, total }).toEqual({ forFirst: 3, forSecond: 1, total: 20 }); // as typed, the terms, as spelled
    expect(demo.requests.at(-1)).toMatch(/taxonomy_term_id=term-food&/);
  });

  it('with cache: false, each search asks again', async () => {
    const api = createClient({ feed: demo.api, kind: 'api', cache: false });
    await api.info();
    demo.requests.length = 0;
    await api.search({ free: true });
    await api.search({ free: true, page: 2 });
    expect(demo.requests).toHaveLength(4);
  });
});
