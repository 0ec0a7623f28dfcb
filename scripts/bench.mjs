// Benchmarks the SDK's static-file path on a generated 10,000-service HSDS 3.1 feed:
//   (a) normalizing it, as a ratio to JSON.parse of the same bytes (target: at most 3x);
//   (b) client-side search time per query (target: median under 8 ms).
// Run after a build (`npm run bench`), or point RD_SDK_PATH at another build of src/sdk/index.ts.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const sdkPath = process.env.RD_SDK_PATH
  ? pathToFileURL(process.env.RD_SDK_PATH).href
  : new URL('../dist/esm/sdk/index.js', import.meta.url).href;
const { createClient, normalizeFeed } = await import(sdkPath);
const { between, generateFeed, pick, TERMS, WORDS } = await import('./generate-feed.mjs');

const SERVICES = Number(process.env.RD_BENCH_SERVICES ?? 10_000);
const RUNS = Number(process.env.RD_BENCH_RUNS ?? 9);
const FEED_URL = 'https://bench.test/feed.json';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * p) - 1)];
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

const bytes = JSON.stringify(generateFeed(SERVICES));
console.log(`feed: ${SERVICES.toLocaleString('en')} services, ${(bytes.length / 1024 / 1024).toFixed(1)} MB of JSON`);

// (a) normalize vs JSON.parse, measured back to back in each run so both see the same machine load; the
// ratio reported is the median of the per-run ratios.
const parseTimes = [];
const normalizeTimes = [];
const ratios = [];
let listings = 0;
for (let run = 0; run < RUNS; run++) {
  let started = performance.now();
  const json = JSON.parse(bytes);
  parseTimes.push(performance.now() - started);
  started = performance.now();
  listings = normalizeFeed(json, FEED_URL).listings.length;
  normalizeTimes.push(performance.now() - started);
  ratios.push(normalizeTimes[run] / parseTimes[run]);
}
const ratio = median(ratios);
console.log(`normalize: ${ms(median(normalizeTimes))} = ${ratio.toFixed(1)}x JSON.parse (${ms(median(parseTimes))}), median of ${RUNS} runs, ${listings.toLocaleString('en')} listings`);

// (b) search through the static-file client, served from memory.
const client = createClient({
  feed: FEED_URL,
  maxBytes: 200 * 1024 * 1024,
  fetch: async () => new Response(bytes, { headers: { 'content-type': 'application/json' } }),
});
let started = performance.now();
await client.search({ text: 'warm-up' });
console.log(`first search (fetch + parse + normalize + index): ${ms(performance.now() - started)}`);

const queries = Array.from({ length: 50 }, (_, i) => {
  const query = { text: `${WORDS[(i * 7) % WORDS.length]}${i % 3 === 0 ? ` ${WORDS[(i * 13) % WORDS.length]}` : ''}`, page: 1 + (i % 3) };
  if (i % 4 === 1) query.categories = [TERMS[i % TERMS.length].code];
  if (i % 5 === 2) query.languages = [pick(['es', 'spa', 'Vietnamese', 'zh'])];
  if (i % 6 === 3) query.free = true;
  if (i % 3 === 2) Object.assign(query, { near: { latitude: 34.05, longitude: -118.25 }, radiusKm: between(2, 40) });
  if (i % 10 === 9) delete query.text;
  return query;
});
const searchTimes = [];
for (const query of queries) {
  started = performance.now();
  await client.search(query);
  searchTimes.push(performance.now() - started);
}
const searchMedian = median(searchTimes);
console.log(`search: median ${ms(searchMedian)}, p95 ${ms(percentile(searchTimes, 0.95))} over ${queries.length} queries`);

const verdicts = [
  ['normalize ≤ 3x JSON.parse', ratio <= 3],
  ['search median < 8 ms', searchMedian < 8],
];
for (const [target, met] of verdicts) console.log(`target ${target}: ${met ? 'ok' : 'MISSED'}`);
if (verdicts.some(([, met]) => !met)) process.exitCode = 1;
