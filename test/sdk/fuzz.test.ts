// Hostile and broken feeds, generated and mutated from the official HSDS examples: the SDK may skip or repair
// what it cannot use, but never throws anything but its own errors and never loses a usable record silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClient, isResourceDirectoryError, normalizeFeed, type Listing, type NormalizedFeed } from '../../src/sdk/index.js';
import { wellFormed } from '../../src/sdk/normalize/clean-text.js';
import { recordsOf, servicesOf } from '../../src/sdk/normalize/feed.js';
import { fixture } from './support/fixtures.js';

const FEED = 'https://fuzz.test/feed.json';
const SEEDS = ['service_full', 'service_list', 'service_at_location_full', 'service_at_location_list', 'organization_full', 'tabular'].flatMap(
  (name) => [`3.0/${name}.json`, `3.1/${name}.json`],
);
const seeds = SEEDS.map((path) => fixture(path));

/** A value nested `levels` deep, printed short in a counterexample (printing it whole overflows the stack). */
function nestedValue(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level++) value = level % 2 ? { id: 'x', name: value } : [value];
  return Object.assign(value as object, { [fc.toStringMethod]: () => `nestedValue(${levels})` });
}

const hostileString = fc.oneof(
  fc.constantFrom('\ud800', 'a\udc00b', '\u202e0010-555-009-1', '\u200b\u200c\u2060', '\u2066\u2069', ' ', '', 'N/A', '<svg'.repeat(500), '&#xD800;'),
  // Text the old regular expressions took seconds over.
  fc.constantFrom('<svg a="'.repeat(12_500), `${'\u2028'.repeat(30_000)}x`, `# a${' '.repeat(30_000)}b`),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('<', '>', '*', '_', '[', '](', '#', ' ', '\n', '\u2028', 'a', '\ud83d', '\ude00', '\u202e'), maxLength: 200 }),
  fc.integer({ min: 15_000, max: 30_000 }).map((length) => 'x'.repeat(length)),
);
/** Values a broken or hostile publisher puts where anything is expected. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, 0, -1, 1e300, Number.MAX_SAFE_INTEGER, '12', '-0.5', 'NaN', [], {}),
  fc.integer({ min: 50, max: 6000 }).map(nestedValue),
  // Around the list limit.
  fc.integer({ min: 9_990, max: 10_010 }).map((length) => Array.from({ length }, (_, i) => (i % 2 ? { id: 'x', name: 'Item' } : 'x'))),
  fc.jsonValue({ maxDepth: 3 }),
);

type Container = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** Every place in the document where a value can be replaced: container and key. */
function slots(root: unknown): [Container, string | number][] {
  const found: [Container, string | number][] = [];
  const pending: unknown[] = [root];
  while (pending.length) {
    const container = pending.pop();
    if (!isContainer(container)) continue;
    for (const [key, child] of Object.entries(container)) {
      found.push([container, Array.isArray(container) ? Number(key) : key]);
      pending.push(child);
    }
  }
  return found;
}

/** A seed with some of its values replaced by hostile ones. */
const mutatedFeed = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 4 }))
  .map(([seedIndex, mutations]) => {
    const feed: unknown = structuredClone(seeds[seedIndex]);
    for (const [at, value] of mutations) {
      const places = slots(feed);
      if (!places.length) break;
      const [container, key] = places[at % places.length]!;
      (container as Record<string | number, unknown>)[key] = value;
    }
    return feed;
  });

const idValue = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.nat(), hostileValue);
/** Feeds built from scratch: a list of service-like records with any of their fields hostile. */
const generatedFeed = fc.array(
  fc.record(
    {
      id: idValue,
      name: fc.oneof(fc.string({ maxLength: 20 }), hostileValue),
      description: hostileValue,
      phones: fc.array(fc.record({ number: fc.oneof(fc.string({ maxLength: 15 }), hostileValue) }), { maxLength: 3 }),
      service_at_locations: fc.oneof(hostileValue, fc.array(fc.record({ id: idValue, distance: hostileValue, location: fc.record({ id: idValue, name: hostileValue }) }), { maxLength: 3 })),
      schedules: hostileValue,
      service_areas: hostileValue,
    },
    { requiredKeys: ['id'] },
  ),
  { maxLength: 6 },
);

const feeds = fc.oneof(mutatedFeed, generatedFeed);

/**
 * An id as the SDK keeps it: trimmed like every field ("a \n" and "a" are one record), a lone surrogate
 * made U+FFFD like all text of a listing.
 */
const sameId = (id: string): string => wellFormed(id.trim());

/** The service records with an id and a name to show (what the feed offers us to list). */
function usableRecords(json: unknown): { id: string }[] {
  let services: unknown[];
  try {
    services = servicesOf(recordsOf(json, FEED));
  } catch (error) {
    expect(isResourceDirectoryError(error)).toBe(true);
    return [];
  }
  return services.flatMap((s) => {
    if (typeof s !== 'object' || s === null) return [];
    const { id, name } = s as Record<string, unknown>;
    const usableId = (typeof id === 'string' && id.trim() !== '') || (typeof id === 'number' && Number.isFinite(id));
    return usableId && typeof name === 'string' && name.trim() !== '' ? [{ id: sameId(String(id)) }] : [];
  });
}

/** Something a reader can see: not only spaces, bidi controls, zero-width characters or soft hyphens. */
const visible = (name: string): boolean => /[^\s\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u.test(name);

/** The feed as a response body; undefined when nested too deep for JSON.stringify itself. */
function serialized(json: unknown): string | undefined {
  try {
    return JSON.stringify(json);
  } catch {
    return undefined;
  }
}

let slowestMs = 0;

function checkNormalization(json: unknown): void {
  let result: NormalizedFeed | undefined;
  const started = performance.now();
  try {
    result = normalizeFeed(json, FEED);
  } catch (error) {
    expect(isResourceDirectoryError(error), String(error)).toBe(true);
    return;
  }
  const elapsed = performance.now() - started;
  if ((serialized(json)?.length ?? Infinity) < 1_000_000) slowestMs = Math.max(slowestMs, elapsed);
  const listed = new Set(result.listings.map((l: Listing) => sameId(l.source.id)));
  const named = new Set(result.issues.flatMap((issue) => (issue.recordId === undefined ? [] : [sameId(issue.recordId)])));
  for (const { id } of usableRecords(json)) expect(listed.has(id) || named.has(id), `record ${JSON.stringify(id)} vanished without an issue`).toBe(true);
  for (const listing of result.listings) expect(visible(listing.name), `listing ${listing.id} has no visible name`).toBe(true);
}

describe('fuzzed feeds', () => {
  it('normalizeFeed: only typed errors, no usable record lost silently, no nameless listing', () => {
    slowestMs = 0;
    fc.assert(fc.property(feeds, checkNormalization), { numRuns: 500, endOnFailure: true });
    // A generous bound (the target is 200 ms on a free core): the old code took seconds on some of these.
    console.info(`fuzz: slowest normalization of a feed under 1 MB took ${slowestMs.toFixed(0)} ms`);
    expect(slowestMs).toBeLessThan(2000);
  }, 60_000);

  it('createClient search: resolves or rejects with one of the SDK errors', async () => {
    await fc.assert(
      fc.asyncProperty(feeds, async (json) => {
        const body = serialized(json);
        fc.pre(body !== undefined);
        const client = createClient({
          feed: FEED,
          kind: 'file',
          cache: false,
          retries: 0,
          fetch: () => Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } })),
        });
        const failure = await client.search({ text: 'a' }).then(
          () => undefined,
          (error: unknown) => error ?? 'rejected without a reason',
        );
        if (failure !== undefined) expect(isResourceDirectoryError(failure), String(failure)).toBe(true);
      }),
      { numRuns: 150, endOnFailure: true },
    );
  }, 60_000);
});
