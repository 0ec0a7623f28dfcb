import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonInSlices } from '../../src/sdk/util/sliced-json.js';

/** Counts the pieces parsed: a pause after each one, never waiting. */
function counter(): { pause: () => undefined; pieces: () => number } {
  let pieces = 0;
  return {
    pause: () => {
      pieces++;
      return undefined;
    },
    pieces: () => pieces,
  };
}

/** A feed of `count` services with enough text to pass the size where splitting starts. */
const services = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `svc-${i}`,
    name: `Service "${i}" [a]{b}, \\ , \u2028`,
    description: 'x'.repeat(200),
    phones: [{ number: '555-0100' }],
    n: i % 7 === 0 ? null : i / 3,
  }));

describe('parseJsonInSlices', () => {
  it('gives JSON.parse’s value for any JSON text, large enough to be split', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 20 }), async (values) => {
        // Padding pushes the document past the splitting threshold, so the scanner really runs.
        const document = { padding: 'p'.repeat(600 * 1024), values, nested: { values } };
        for (const text of [JSON.stringify(document), JSON.stringify(document, null, 2), JSON.stringify([values, document.padding])]) {
          expect(await parseJsonInSlices(text, () => undefined)).toEqual(JSON.parse(text));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('parses a large feed record by record, pausing between them', async () => {
    const feed = services(5000);
    for (const text of [JSON.stringify(feed), JSON.stringify({ total_items: 5000, contents: feed }), JSON.stringify({ services: feed }, null, 1)]) {
      const { pause, pieces } = counter();
      expect(await parseJsonInSlices(text, pause)).toEqual(JSON.parse(text));
      expect(pieces()).toBeGreaterThanOrEqual(5000);
    }
  });

  it('parses a small document whole', async () => {
    const { pause, pieces } = counter();
    expect(await parseJsonInSlices(JSON.stringify(services(3)), pause)).toEqual(services(3));
    expect(pieces()).toBe(0);
  });

  it('keeps "__proto__" a plain key and the last of repeated keys, as JSON.parse does', async () => {
    const padding = 'p'.repeat(600 * 1024);
    const text = `{"__proto__": {"polluted": true}, "a": 1, "a": 2, "padding": "${padding}"}`;
    const value = (await parseJsonInSlices(text, () => undefined)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(Object.keys(JSON.parse(text) as object));
    expect(value.a).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects what JSON.parse rejects', async () => {
    const valid = JSON.stringify(services(4000));
    for (const broken of [valid.slice(0, -1), `${valid}]`, valid.replace('},{', '}{'), valid.replace('"svc-10"', '"svc-10'), `${valid.slice(0, -1)},]`]) {
      expect(() => JSON.parse(broken)).toThrow(SyntaxError);
      await expect(parseJsonInSlices(broken, () => undefined)).rejects.toThrow(SyntaxError);
    }
  });
});
