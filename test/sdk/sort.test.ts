import { describe, expect, it } from 'vitest';
import { normalizeFeed } from '../../src/sdk/index.js';
import { SearchIndex } from '../../src/sdk/search/local-search.js';
import { service } from './support/services.js';

// Sorting is done on the whole result set before paging, so page 2 continues page 1's order.
const { listings } = normalizeFeed(
  [
    service({ id: 'online', name: 'Anchor helpline', description: 'Phone support' }),
    service({ id: 'far', name: 'Zephyr clinic', at: [{ latitude: 45.5, longitude: -122.7 }] }),
    service({ id: 'twin', name: 'Birch support', description: 'A group', at: [{ latitude: 44.95, longitude: -123.03 }] }),
    service({ id: 'near', name: 'Maple support group', at: [{ latitude: 44.95, longitude: -123.03 }] }),
    service({ id: 'mid', name: 'élan centre', description: 'support', at: [{ latitude: 45.1, longitude: -123.0 }] }),
  ],
  'https://feed.test/feed.json',
);
const index = new SearchIndex(listings);
const point = { latitude: 44.9429, longitude: -123.0351 };
const ids = (query: Parameters<SearchIndex['search']>[0]) => index.search(query).items.map((l) => l.id);
const pages = (query: Omit<Parameters<SearchIndex['search']>[0], 'page' | 'pageSize'>) => [1, 2, 3].flatMap((page) => ids({ ...query, page, pageSize: 2 }));

describe('sorting a whole result set', () => {
  it('by name, accent- and case-insensitively, across pages', () => {
    expect(pages({ sort: 'name' })).toEqual(['online', 'twin', 'mid', 'near', 'far']);
  });

  it('services of the same name by id, not by their place in the feed (an API selects in its own order)', () => {
    const { listings: namesakes } = normalizeFeed(
      ['b', 'c', 'a'].map((id) => service({ id, name: 'Support group', description: 'Peer support' })),
      'https://feed.test/feed.json',
    );
    for (const feed of [namesakes, [...namesakes].reverse()]) {
      const sorted = (sort: 'name' | 'relevance') => new SearchIndex(feed).search({ text: 'support', sort, page: 1, pageSize: 3 }).items.map((l) => l.id);
      expect([sorted('name'), sorted('relevance')]).toEqual([['a', 'b', 'c'], ['a', 'b', 'c']]);
    }
  });

  it('by distance, nearest first, ties by relevance, unknown distances last', () => {
    expect(pages({ point, sort: 'distance' })).toEqual(['twin', 'near', 'mid', 'far', 'online']);
    // With words, the tie between the two at the same place goes to the one whose name holds more of them.
    expect(pages({ point, sort: 'distance', text: 'support group' })).toEqual(['near', 'twin']);
    expect(pages({ point, sort: 'distance', text: 'support' })).toEqual(['twin', 'near', 'mid', 'online']);
  });

  it('by relevance: name matches first, then feed order, even with a point', () => {
    expect(pages({ point, sort: 'relevance', text: 'support' })).toEqual(['twin', 'near', 'online', 'mid']);
    expect(pages({ point, sort: 'relevance' })).toEqual(['online', 'far', 'twin', 'near', 'mid']);
  });

  it('by distance when there is a point and no sort is given, else by relevance', () => {
    expect(pages({ point })).toEqual(['twin', 'near', 'mid', 'far', 'online']);
    expect(pages({})).toEqual(['online', 'far', 'twin', 'near', 'mid']);
    expect(pages({ sort: 'distance' })).toEqual(['online', 'far', 'twin', 'near', 'mid']);
  });
});
