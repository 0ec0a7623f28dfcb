// Benchmarks the SDK on crafted hostile feeds of under 1 MB each (the shapes of the attack review in issue
// #12): how long normalizing each takes on the main thread with no worker, next to JSON.parse of the same
// bytes in the same run. Target: no feed under 1 MB takes more than 200 ms. Prints figures; asserts nothing.
// Run after a build (`npm run bench`), or point RD_SDK_PATH at another build of src/sdk/index.ts.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const sdkPath = process.env.RD_SDK_PATH
  ? pathToFileURL(process.env.RD_SDK_PATH).href
  : new URL('../dist/esm/sdk/index.js', import.meta.url).href;
const { normalizeFeed } = await import(sdkPath);

const RUNS = Number(process.env.RD_BENCH_RUNS ?? 5);
const BUDGET_MS = 200;
const MAX_BYTES = 1024 * 1024;
const FEED_URL = 'https://bench.test/hostile.json';

const service = (id, fields = {}) => ({ id: `svc-${id}`, name: `Service ${id}`, status: 'active', ...fields });
// Written as text: JSON.stringify itself overflows the stack on such depths.
const deepRecord = (depth) => `{"id":"svc-2","name":"Deep",${'"service_at_locations":[{'.repeat(depth)}"id":"x"${'}]'.repeat(depth)}}`;

/** Each a feed body under 1 MB (a value, or JSON text), built to be as slow as its shape allows. */
const FEEDS = {
  '55,000 service areas on one service': [service(1, { service_areas: Array.from({ length: 55_000 }, (_, i) => ({ name: `A${i}` })) })],
  '9,000 sites on one service': [
    service(1, { service_at_locations: Array.from({ length: 9_000 }, (_, i) => ({ id: `sal-${i}`, location: { id: `loc-${i}`, name: `L${i}` } })) }),
  ],
  '4,000 records sharing one id': Array.from({ length: 4_000 }, (_, i) => ({ id: 'same', name: `Copy ${i}`, description: `Variant ${i}` })),
  'a record nested 5,000 levels deep': `[${JSON.stringify(service(1))},${deepRecord(5_000)}]`,
  'unclosed <svg in 900 KB of description': [service(1, { description: '<svg'.repeat(225_000) })],
  'unclosed <svg a=" in 900 KB': [service(1, { description: '<svg a="'.repeat(112_000) })],
  'unfinished Markdown links in 900 KB': [service(1, { description: '[a'.repeat(450_000) })],
  'a heading and 900 KB of spaces': [service(1, { description: `# Title${' '.repeat(900_000)}x` })],
  'a run of U+2028 line separators': [service(1, { description: '\u2028'.repeat(300_000) })],
  'bidi controls and lone surrogates everywhere': Array.from({ length: 3_000 }, (_, i) =>
    service(i, { name: `\u202E${i}\ud800\u200B`, phones: [{ number: `\u202E0010-555-${i}\udc00` }], email: `a${i}@b.org\u202E` }),
  ),
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

let slowest = { name: '', time: 0 };
for (const [name, feed] of Object.entries(FEEDS)) {
  const bytes = typeof feed === 'string' ? feed : JSON.stringify(feed);
  if (bytes.length > MAX_BYTES) throw new Error(`${name}: ${bytes.length} bytes, over the 1 MB this benchmark is about`);
  const parses = [];
  const normalizes = [];
  let result;
  for (let run = 0; run < RUNS; run++) {
    let started = performance.now();
    const json = JSON.parse(bytes);
    parses.push(performance.now() - started);
    started = performance.now();
    result = normalizeFeed(json, FEED_URL);
    normalizes.push(performance.now() - started);
  }
  const time = median(normalizes);
  if (time > slowest.time) slowest = { name, time };
  console.log(
    `${name} (${Math.round(bytes.length / 1024)} KB): normalize ${ms(time)} (${(time / median(parses)).toFixed(1)}x JSON.parse ${ms(median(parses))}), ` +
      `${result.listings.length} listings, ${result.issues.length} issues`,
  );
}
console.log(`slowest: ${slowest.name}, ${ms(slowest.time)} (median of ${RUNS})`);
console.log(`target no hostile feed under 1 MB over ${BUDGET_MS} ms: ${slowest.time <= BUDGET_MS ? 'ok' : 'MISSED'}`);
