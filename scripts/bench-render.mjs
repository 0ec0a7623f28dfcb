// Measures what the cards cost once their data is in hand (issue #17 item 4), in headless Chromium, on the
// built script-tag entry (dist/resource-directory.js; RD_DIST points at another build):
//   - main-thread work to render the first 25 cards on an unthrottled CPU (target at most 50 ms), as a ratio
//     to building the same 25 listings' names as plain DOM in the same page, the floor any widget pays;
//   - DOM nodes per collapsed card: its shadow root and its light DOM (target at most 80);
//   - JS heap added by the directory with ten cards, after garbage collection (target at most 1 MiB);
//   - long tasks while a visitor types and searches the 10,000-service file on CPU ×4 (target: none over 50 ms).
// Files are served from memory and dist/ by a server of its own on loopback. RD_BASELINE_DIST names another
// build (say, of the commit before a change) measured in the same run, page loads interleaved, for the first
// three figures; without it the figures issue #17 gives for the build before this work are printed beside
// them. Prints figures, asserts nothing.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { generateFeed } from './generate-feed.mjs';

const DIST = resolve(process.env.RD_DIST ?? 'dist');
const BASELINE = process.env.RD_BASELINE_DIST && resolve(process.env.RD_BASELINE_DIST);
/** The build the server serves now: `DIST`, or `BASELINE` while it is measured. */
let served = DIST;
const RUNS = Number(process.env.RUNS ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

// What issue #17 measured before this work, printed when no baseline build is given.
const BEFORE = { render: '≈110 ms', nodes: '≈140', heap: '1.6 MiB' };

const sampleFeed = await readFile('demo/data/sample-feed.json', 'utf8');
const largeFeed = JSON.stringify(generateFeed(10_000));
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css' };

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<meta name="viewport" content="width=device-width"></head><body><main></main></body></html>`;

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  const send = (type, body, status = 200) => response.writeHead(status, { 'content-type': type }).end(body);
  if (pathname === '/') return send('text/html', PAGE);
  if (pathname === '/feed.json') return send('application/json', sampleFeed);
  if (pathname === '/services-10000.json') return send('application/json', largeFeed);
  try {
    return send(TYPES[extname(pathname)] ?? 'application/octet-stream', await readFile(join(served, pathname.replace(/\.\.+/g, ''))));
  } catch {
    return send('text/plain', '', 404);
  }
});
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });

async function openPage() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${ORIGIN}/`);
  return page;
}

/**
 * Loads the widget and the SDK, and a client whose listings are already read (its first search is done), so
 * what is timed is the cards alone. `window.bench` keeps them for the measurements.
 */
async function prepare(page, pageSize) {
  await page.evaluate(async (size) => {
    await import('/resource-directory.js');
    const { createClient } = await import('/resource-directory-sdk.js');
    const client = createClient({ feed: `${location.origin}/feed.json` });
    await client.search({ pageSize: size });
    await client.categories();
    await customElements.whenDefined('resource-card');
    // Results arrive: the mark the render is timed from.
    const timed = { ...client, feed: client.feed, info: (o) => client.info(o), get: (id, o) => client.get(id, o), categories: (o) => client.categories(o), coverage: (o) => client.coverage(o),
      search: async (options) => {
        const result = await client.search(options);
        performance.mark('results');
        return result;
      } };
    window.bench = { client: timed, size };
  }, pageSize);
}

/** Renders the directory and resolves once its cards are drawn and laid out; returns the main-thread time from the results. */
const renderDirectory = (page) =>
  page.evaluate(async () => {
    const { client, size } = window.bench;
    const directory = document.createElement('resource-directory');
    directory.setAttribute('page-size', String(size));
    directory.setAttribute('map-tiles', 'none');
    directory.client = client;
    document.querySelector('main').append(directory);
    const cards = () => [...directory.shadowRoot.querySelectorAll('resource-card')];
    while (cards().length < size) await new Promise((done) => setTimeout(done, 0));
    await Promise.all(cards().map((card) => card.updateComplete));
    document.body.getBoundingClientRect(); // style and layout, part of the work
    return performance.now() - performance.getEntriesByName('results').at(-1).startTime;
  });

/** The floor: the same listings' names and summaries as plain elements, laid out. */
const renderPlain = (page) =>
  page.evaluate(async () => {
    const { items } = await window.bench.client.search({ pageSize: window.bench.size });
    const started = performance.now();
    const list = document.createElement('ul');
    for (const listing of items) {
      const item = document.createElement('li');
      item.innerHTML = '<h3></h3><p></p>';
      item.firstChild.textContent = listing.name;
      item.lastChild.textContent = listing.summary ?? '';
      list.append(item);
    }
    document.querySelector('main').append(list);
    document.body.getBoundingClientRect();
    return performance.now() - started;
  });

/** Main-thread time for 25 cards and for the plain names, with `build` served: median of RUNS page loads, interleaved. */
async function renderTimes(builds) {
  const times = builds.map(() => ({ cards: [], plain: [] }));
  for (let run = 0; run <= RUNS; run += 1) {
    for (const [i, build] of builds.entries()) {
      served = build;
      const page = await openPage();
      await prepare(page, 25);
      const plainMs = await renderPlain(page);
      const cardsMs = await renderDirectory(page);
      await page.close();
      if (run === 0) continue; // warm-up: the browser's own caches
      times[i].plain.push(plainMs);
      times[i].cards.push(cardsMs);
    }
  }
  served = DIST;
  return times.map(({ cards, plain }) => ({ cards: median(cards), plain: median(plain) }));
}

async function nodesAndHeap(build) {
  served = build;
  const page = await openPage();
  const session = await page.createCDPSession();
  const heap = async () => {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  };
  const blank = await heap();
  await prepare(page, 10);
  const ready = await heap();
  await renderDirectory(page);
  const withCards = await heap();
  const nodes = await page.evaluate(() => {
    const count = (root) => {
      let total = 0;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) total += 1;
      return total;
    };
    const cards = [...document.querySelector('resource-directory').shadowRoot.querySelectorAll('resource-card')];
    return cards.map((card) => count(card.shadowRoot) + count(card));
  });
  await page.close();
  served = DIST;
  return { nodes, cardsHeap: withCards - ready, wholeHeap: withCards - blank };
}

/** Types and searches in the 10,000-service file on CPU ×4, and reports every long task meanwhile. */
async function typingLongTasks() {
  const page = await openPage();
  await page.evaluate(async () => {
    await import('/resource-directory.js');
    const directory = document.createElement('resource-directory');
    directory.setAttribute('feed', '/services-10000.json');
    directory.setAttribute('map-tiles', 'none');
    document.querySelector('main').append(directory);
  });
  await page.waitForFunction(() => document.querySelector('resource-directory').shadowRoot.querySelectorAll('resource-card').length >= 10, { timeout: 60000, polling: 100 });
  // The page settles first (categories, the words the search knows, the browse tiles): the visitor reads, then types.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 3000)));
  await page.emulateCPUThrottling(4);
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
  });
  const input = await page.evaluateHandle(() => document.querySelector('resource-directory').shadowRoot.querySelector('#keyword'));
  const typing = [];
  const searching = [];
  const taken = () => page.evaluate(() => window.longTasks.splice(0));
  for (const words of ['food', 'housing help', 'mental health', 'legal advice', 'shelter']) {
    await input.click({ clickCount: 3 });
    await input.type(words, { delay: 120 }); // a quick typist
    typing.push(...(await taken()));
    await page.keyboard.press('Enter');
    await page.evaluate(() => document.querySelector('resource-directory').searchComplete);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 200))));
    searching.push(...(await taken()));
  }
  await page.close();
  return { typing, searching };
}

try {
  const [render, baseRender] = await renderTimes(BASELINE ? [DIST, BASELINE] : [DIST]);
  const { nodes, cardsHeap, wholeHeap } = await nodesAndHeap(DIST);
  const base = BASELINE ? await nodesAndHeap(BASELINE) : undefined;
  const { typing, searching } = await typingLongTasks();
  const longTasks = (tasks) => `longest task ${ms(Math.max(0, ...tasks))}, ${tasks.filter((duration) => duration > 50).length} over 50 ms of ${tasks.length} long tasks`;
  const ratio = ({ cards, plain }) => `${(cards / plain).toFixed(1)}x the same names as plain DOM (${ms(plain)})`;
  const before = (measured, quoted) => (BASELINE ? `baseline build ${measured}` : `before this work ${quoted}, from issue #17`);
  console.log(`first 25 cards, main thread from results to laid out: ${ms(render.cards)}, ${ratio(render)}, median of ${RUNS} page loads ` +
    `(target ≤ 50 ms; ${before(baseRender && `${ms(baseRender.cards)}, ${ratio(baseRender)}`, BEFORE.render)})`);
  console.log(`DOM nodes per collapsed card: median ${median(nodes)}, most ${Math.max(...nodes)} ` +
    `(target ≤ 80; ${before(base && `median ${median(base.nodes)}, most ${Math.max(...base.nodes)}`, BEFORE.nodes)})`);
  console.log(`JS heap added by the directory with ten cards: ${mib(cardsHeap)}; with the widget's code and the feed from a blank page: ${mib(wholeHeap)} ` +
    `(target ≤ 1 MiB; ${before(base && `${mib(base.cardsHeap)}; ${mib(base.wholeHeap)}`, BEFORE.heap)})`);
  console.log(`the 10,000-service file on CPU ×4, typing five searches: ${longTasks(typing)}; from Enter to each search's cards: ${longTasks(searching)} (target: none over 50 ms)`);
} finally {
  await browser.close();
  server.close();
}
