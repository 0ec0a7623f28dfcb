import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/sdk/index.js';
import { needOf } from '../../../src/sdk/search/category-need.js';

describe('the need a category is filed under', () => {
  it('is read from an AIRS code or from the words of the name, and is absent for a category of no need', () => {
    expect(needOf({ id: '1', name: 'Food Pantries' })).to.equal('food');
    expect(needOf({ id: '2', name: 'Anything', code: 'BH-1800.8500' })).to.equal('housing');
    expect(needOf({ id: '3', name: 'Library cards' })).to.equal(undefined);
  });

  it('marks the categories of a file feed, each with its number of services, most used first', async () => {
    const sample = readFileSync('demo/data/sample-feed.json', 'utf8');
    const client = createClient({ feed: 'https://example.org/feed.json', fetch: async () => new Response(sample) });
    const categories = await client.categories();
    const counts = categories.map((category) => category.services ?? 0);
    expect(counts.every((count) => count > 0)).to.equal(true);
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    expect(categories.find((category) => /food/i.test(category.name))?.need).to.equal('food');
  });
});
