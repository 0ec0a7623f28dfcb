import { describe, expect, it } from 'vitest';
import { normalizeFeed } from '../../src/sdk/index.js';
import { servicesOf } from '../../src/sdk/normalize/feed.js';
import { MAX_DEPTH, MAX_LIST_ITEMS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../src/sdk/normalize/limits.js';

const FEED = 'https://feed.test/services.json';
const times = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

function nested(levels: number): unknown {
  let value: unknown = { leaf: true };
  for (let level = 0; level < levels; level++) value = level % 2 ? { inner: value } : [value];
  return value;
}

const secondsFor = (work: () => void): number => {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
};

describe('limits on one untrusted record', () => {
  it('skips a record nested 6,000 levels deep with an issue naming it, and keeps the rest', () => {
    const { listings, issues } = normalizeFeed({ services: [{ id: 'deep', name: 'Deep', organization: nested(6000) }, { id: 'ok', name: 'Fine' }] }, FEED);
    expect(listings.map((l) => l.id)).toEqual(['ok']);
    expect(issues).toContainEqual(expect.objectContaining({ recordId: 'deep', message: expect.stringContaining(`nested more than ${MAX_DEPTH} levels`) }));
  });

  it('keeps a record nested within the limit', () => {
    const { listings } = normalizeFeed({ services: [{ id: 'x', name: 'Nested extension', metadata: nested(MAX_DEPTH - 2) }] }, FEED);
    expect(listings.map((l) => l.id)).toEqual(['x']);
  });

  it('skips a record holding a list longer than the limit and keeps the rest', () => {
    const areas = times(MAX_LIST_ITEMS + 1, (i) => ({ name: `Area ${i}` }));
    const { listings, issues } = normalizeFeed({ services: [{ id: 'huge', name: 'Huge', service_areas: areas }, { id: 'ok', name: 'Fine' }] }, FEED);
    expect(listings.map((l) => l.id)).toEqual(['ok']);
    expect(issues).toContainEqual({ recordId: 'huge', path: 'service_areas', message: expect.stringContaining(`${MAX_LIST_ITEMS + 1} items`) });
  });

  it('cuts an overlong name and description, with an issue each, without splitting a surrogate pair', () => {
    const name = `${'n'.repeat(MAX_NAME_LENGTH - 1)}😀tail`;
    const description = 'd'.repeat(MAX_TEXT_LENGTH + 5000);
    const { listings, issues } = normalizeFeed({ services: [{ id: 'long', name, description }] }, FEED);
    expect(listings[0]!.name).toBe('n'.repeat(MAX_NAME_LENGTH - 1));
    expect(listings[0]!.description).toHaveLength(MAX_TEXT_LENGTH);
    expect(issues).toContainEqual({ recordId: 'long', path: 'name', message: `${name.length} characters long; cut to ${MAX_NAME_LENGTH}` });
    expect(issues).toContainEqual({ recordId: 'long', path: 'description', message: `${description.length} characters long; cut to ${MAX_TEXT_LENGTH}` });
  });

  it('leaves the raw feed untouched when it cuts text', () => {
    const record = { id: 'long', name: 'Long', description: 'd'.repeat(MAX_TEXT_LENGTH + 1) };
    normalizeFeed({ services: [record] }, FEED);
    expect(record.description).toHaveLength(MAX_TEXT_LENGTH + 1);
  });

  it('reads 130,000 service_at_locations with distances without overflowing the stack', () => {
    const sals = times(130_000, (i) => ({ id: `sal${i}`, distance: 130_000 - i, service: { id: 'big', name: 'Big' }, location: { id: `l${i}` } }));
    const { listings, issues } = normalizeFeed([...sals, { id: 'ok', name: 'Fine' }], FEED);
    expect(listings.map((l) => l.id)).toEqual(['ok']);
    expect(issues).toContainEqual(expect.objectContaining({ recordId: 'big', path: 'service_at_locations' }));
  });
});

describe('linear-time text', () => {
  // Each of these descriptions took 0.4–0.7 s to reduce to text before (quadratic): 50 of them 18–36 s.
  const fill = (unit: string): string => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  it.each([['<svg a="'], ['<svg'], ['![a](']])('reads 50 descriptions of %j × 100,000 characters in well under 5 s', (unit) => {
    const services = times(50, (i) => ({ id: `s${i}`, name: 'Service', description: fill(unit) }));
    let listings: unknown[] = [];
    expect(secondsFor(() => (listings = normalizeFeed({ services }, FEED).listings))).toBeLessThan(5);
    expect(listings).toHaveLength(50);
  });
});

describe('linear-time merging and deduplication', () => {
  it('merges 100,000 service_at_locations of one service in well under 2 s (quadratic before: minutes)', () => {
    const sals = times(100_000, (i) => ({ id: `sal${i % 50_000}`, distance: i, service: { id: 'big', name: 'Big' }, location: { id: `l${i % 50_000}` } }));
    let merged: unknown[] = [];
    expect(secondsFor(() => (merged = servicesOf(sals)))).toBeLessThan(2);
    const service = merged[0] as { service_at_locations: { id: string; distance: number }[] };
    expect(merged).toHaveLength(1);
    expect(service.service_at_locations).toHaveLength(50_000);
    // A repeated SAL keeps its place and takes the later distance.
    expect(service.service_at_locations[0]).toMatchObject({ id: 'sal0', distance: 50_000 });
  });

  it('deduplicates a record full to the list limit in every list in well under 2 s (about 5 s before)', () => {
    const n = MAX_LIST_ITEMS;
    const record = {
      id: 'full',
      name: 'Full',
      service_at_locations: times(n, (i) => ({ id: `sal${i}`, location: { id: `l${i % (n / 2)}` }, service_areas: [{ name: `Area ${i % 100}` }] })),
      schedules: times(n, (i) => ({ id: `sc${i % (n / 2)}`, freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' })),
      service_areas: times(n, (i) => ({ name: `Area ${i % (n / 2)}` })),
      locations: [{ id: 'l', accessibility: times(n, (i) => ({ description: `Step-free entrance ${i % (n / 2)}` })) }],
    };
    let listing = normalizeFeed({ services: [record] }, FEED).listings[0]!;
    expect(secondsFor(() => (listing = normalizeFeed({ services: [record] }, FEED).listings[0]!))).toBeLessThan(2);
    expect(listing.locations).toHaveLength(n / 2 + 1);
    expect(listing.schedules).toHaveLength(n / 2);
    expect(listing.serviceAreas).toHaveLength(n / 2);
    expect(listing.locations.at(-1)!.accessibility).toHaveLength(n / 2);
  });
});
