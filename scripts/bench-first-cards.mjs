// Measures how long the demo takes to show its first ten cards on a slow phone (slow 4G: 150 ms round trip,
// 1.6 Mbps down, 750 kbps up; CPU ×4) in headless Chromium, for the sample API and the static JSON file,
// against baselines measured in the same run: a bare page (demo/bench-bare.html) that fetches the same data
// and prints ten names. Every load is cold (a fresh browser context, so an empty HTTP cache) and the four
// pages take turns, so load on the machine weighs on all alike. Prints medians and ratios; asserts nothing
// (see README, "Speed and size"). RUNS=7 for more runs (at least 5). RD_BASELINE_ROOT=<another checkout, built>
// adds its two demos, served from that checkout by a second demo server, to the turns: a before/after in one run.
// A floor page (demo/bench-floor.html) does the bare page's work with what any build of the directory must load
// first: an external module script, Lit, shadow DOM and the SDK's zod/mini service schema. Its ratio is the part
// of the target the fixed design spends before a line of the directory's own code runs.
import { rm } from 'node:fs/promises';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { startDemoServer } from './demo-server.mjs';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const RUNS = Math.max(5, Number(process.env.RUNS ?? 5));
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The directory's first ten cards have their names. */
const tenCards = () => {
  const cards = document.querySelector('resource-directory')?.shadowRoot?.querySelectorAll('resource-card') ?? [];
  return [...cards].filter((card) => card.shadowRoot?.querySelector('h3')?.textContent).length >= 10;
};
/** The bare page printed its ten names. */
const tenNames = () => document.querySelectorAll('li').length >= 10;
/** The floor page's element printed its ten names. */
const tenFloorNames = () => (document.querySelector('floor-names')?.shadowRoot?.querySelectorAll('h3').length ?? 0) >= 10;

const pages = [
  { name: 'bare page, one API page', path: '/demo/bench-bare.html?src=/hsds/services%3Fper_page%3D10%26full%3Dtrue', ready: tenNames },
  { name: 'floor page, one API page', path: '/demo/bench-floor.html?src=/hsds/services%3Fper_page%3D10%26full%3Dtrue', ready: tenFloorNames, baseline: 'bare page, one API page' },
  { name: 'API demo (/demo/)', path: '/demo/', ready: tenCards, baseline: 'bare page, one API page' },
  { name: 'bare page, the static file', path: '/demo/bench-bare.html?src=/feeds/cedar-valley-county.json', ready: tenNames },
  { name: 'floor page, the static file', path: '/demo/bench-floor.html?src=/feeds/cedar-valley-county.json', ready: tenFloorNames, baseline: 'bare page, the static file' },
  { name: 'static-file demo (/demo/static-feed.html)', path: '/demo/static-feed.html', ready: tenCards, baseline: 'bare page, the static file' },
];

const BASELINE_ROOT = process.env.RD_BASELINE_ROOT;
if (BASELINE_ROOT) {
  pages.push(
    { name: 'API demo, baseline build', path: '/demo/', ready: tenCards, baseline: 'bare page, one API page', server: 'baseline' },
    { name: 'static-file demo, baseline build', path: '/demo/static-feed.html', ready: tenCards, baseline: 'bare page, the static file', server: 'baseline' },
  );
}

const FLOOR_DIR = 'dist/bench-floor';
const floor = await rollup({ input: 'scripts/bench-floor/floor-names.js', plugins: [nodeResolve(), terser()], onwarn: (warning, warn) => ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code) || warn(warning) });
await floor.write({ dir: FLOOR_DIR, format: 'es' });
await floor.close();

const { origin, stop } = await startDemoServer();
const baselineServer = BASELINE_ROOT ? await startDemoServer({ root: BASELINE_ROOT }) : undefined;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });

/**
 * One cold load on the slow profile: milliseconds from navigation to ready, and the bytes of script (as sent,
 * compressed) that had arrived by then.
 */
async function load({ path, ready, server }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const client = await page.createCDPSession();
    await client.send('Network.enable');
    await client.send('Network.emulateNetworkConditions', SLOW_4G);
    await client.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // The page notes the frame its content is ready in, from its first script on, whenever that is.
    await page.evaluateOnNewDocument(`{
      const ready = ${ready};
      const check = () => (ready() ? (window.__readyAt = performance.now()) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    }`);
    await page.goto(`${server === 'baseline' ? baselineServer.origin : origin}${path}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const ms = await page.waitForFunction(() => window.__readyAt, { timeout: 60_000, polling: 100 }).then((handle) => handle.jsonValue());
    // The page's timeline lists the file worker's script too (same origin, so its sizes are readable).
    const scriptBytes = await page.evaluate(
      (readyAt) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\.m?js(?:\?|$)/.test(entry.name) && entry.responseEnd <= readyAt)
          .reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      ms,
    );
    return { ms: Math.round(ms), scriptBytes };
  } finally {
    await context.close();
  }
}

try {
  const results = new Map(pages.map((page) => [page.name, []]));
  for (const page of pages) await load(page); // warm-up: the server compresses each file once
  for (let run = 0; run < RUNS; run += 1) {
    for (const page of pages) results.get(page.name).push(await load(page));
    process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
  }
  console.log(`First ten cards on slow 4G (150 ms RTT, 1.6/0.75 Mbps) and CPU ×${CPU_SLOWDOWN}, median of ${RUNS} cold loads each, interleaved:`);
  const medians = new Map();
  for (const page of pages) {
    const runs = results.get(page.name);
    const ms = median(runs.map((r) => r.ms));
    medians.set(page.name, ms);
    const bytes = median(runs.map((r) => r.scriptBytes));
    const goal = page.ready === tenFloorNames ? 'the fixed design alone' : 'target ≤ 1.5×';
    const ratio = page.baseline ? ` = ${(ms / medians.get(page.baseline)).toFixed(2)}× the bare page (${goal})` : '';
    const script = page.baseline ? `; script before the cards: ${kib(bytes)} as sent` : '';
    console.log(`  ${page.name}: ${ms} ms${ratio}${script}  [${runs.map((r) => r.ms).join(', ')}]`);
  }
} finally {
  await browser.close();
  stop();
  baselineServer?.stop();
  await rm(FLOOR_DIR, { recursive: true, force: true }); // never published with dist/
}
