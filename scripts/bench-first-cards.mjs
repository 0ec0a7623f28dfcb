// Measures how long the demo takes to show its first cards in headless Chromium, for the sample API feed
// and the static JSON feed, against a baseline measured in the same run: a page that only fetches the
// same first page of data with no widget. Prints medians; asserts nothing (see README, "Speed and size").
import puppeteer from 'puppeteer-core';
import { startDemoServer } from './demo-server.mjs';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { origin, stop } = await startDemoServer();

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });

async function timeToCards(path) {
  const page = await browser.newPage();
  const start = Date.now();
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(
    () => document.querySelector('resource-directory')?.shadowRoot?.querySelector('resource-card')?.shadowRoot?.querySelector('h3'),
    { timeout: 10000, polling: 'raf' },
  );
  const elapsed = Date.now() - start;
  await page.close();
  return elapsed;
}

async function timeToData(url) {
  const page = await browser.newPage();
  const start = Date.now();
  await page.goto(`${origin}/demo/demo.css`);
  await page.evaluate(async (target) => (await fetch(target)).json(), url);
  const elapsed = Date.now() - start;
  await page.close();
  return elapsed;
}

try {
  const results = {};
  for (const [name, measure] of [
    ['baseline: fetch one API page, no widget', () => timeToData('/hsds/services?per_page=10&full=true')],
    ['demo, sample API (/demo/)', () => timeToCards('/demo/')],
    ['baseline: fetch the static file, no widget', () => timeToData('/feeds/cedar-valley-county.json')],
    ['demo, static JSON file (/demo/static-feed.html)', () => timeToCards('/demo/static-feed.html')],
  ]) {
    await measure(); // warm-up
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await measure());
    results[name] = median(runs);
  }
  const [apiBase, api, fileBase, file] = Object.values(results);
  for (const [name, ms] of Object.entries(results)) console.log(`${name}: median ${ms} ms over ${RUNS} loads`);
  console.log(`first cards, API feed: ${api} ms = ${(api / apiBase).toFixed(1)}x the bare data fetch`);
  console.log(`first cards, static file: ${file} ms = ${(file / fileBase).toFixed(1)}x the bare data fetch`);
} finally {
  await browser.close();
  stop();
}
