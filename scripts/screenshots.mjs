// Takes screenshots of the demo's states at 390×844 (phone) and 1280×900 (desktop) into docs/screenshots/,
// on a fixed clock (Tuesday 3 March 2026, 2:30 PM in Cedar Valley) so hours and meetings read the same every
// run. Usage: `npm run screenshots` (builds first). Pass state names to take only those.
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from './demo-server.mjs';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { fakeTile } from './fake-tile.mjs';

const OUT = 'docs/screenshots';
const FIXED_NOW = Date.parse('2026-03-03T14:30:00-08:00');
const VIEWPORTS = { phone: { width: 390, height: 844, deviceScaleFactor: 1 }, desktop: { width: 1280, height: 900, deviceScaleFactor: 1 } };

const cardsShown = (page) =>
  page.waitForFunction(() => document.querySelector('resource-directory')?.shadowRoot?.querySelector('resource-card')?.shadowRoot?.querySelector('h3'), {
    timeout: 15000,
    polling: 100,
  });

const idle = (page) =>
  page.waitForFunction(() => document.querySelector('resource-directory')?.shadowRoot?.querySelector('[aria-busy="true"]') === null, { timeout: 15000, polling: 100 });

async function search(page, text) {
  await page.evaluate((value) => {
    const directory = document.querySelector('resource-directory');
    directory.setAttribute('query', value);
  }, text);
  await idle(page);
  await cardsShown(page);
}

/** Opens Filters, ticks the named checkboxes and picks a spoken language, then scrolls the count into view. */
async function filter(page, { checks = [], language } = {}) {
  const panel = () => document.querySelector('resource-directory')?.shadowRoot?.querySelector('#filter-panel');
  await page.evaluate(() => {
    const root = document.querySelector('resource-directory').shadowRoot;
    [...root.querySelectorAll('button')].find((b) => b.getAttribute('aria-controls') === 'filter-panel' || /filter/i.test(b.textContent ?? ''))?.click();
  });
  await page.waitForFunction(panel, { timeout: 10000, polling: 100 });
  await page.evaluate(
    (wanted, code) => {
      const root = document.querySelector('resource-directory').shadowRoot.querySelector('#filter-panel');
      for (const label of root.querySelectorAll('label.check')) {
        const input = label.querySelector('input');
        if (wanted.some((w) => label.textContent?.includes(w)) && !input.checked) input.click();
      }
      const select = root.querySelector('select[name="language"]');
      if (code && select) {
        select.value = code;
        select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }
    },
    checks,
    language,
  );
  await idle(page);
  await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="status"]')?.scrollIntoView());
}

/** Opens the details of the first card and scrolls them into view. */
async function openFirstDetails(page) {
  await page.evaluate(() => {
    const card = document.querySelector('resource-directory').shadowRoot.querySelector('resource-card');
    card.shadowRoot.querySelector('[part="card-details-toggle"]').click();
  });
  await page.waitForFunction(
    () => document.querySelector('resource-directory').shadowRoot.querySelector('resource-card').shadowRoot.querySelector('[part="card-details"]:not([hidden])'),
    { timeout: 10000, polling: 100 },
  );
  await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('resource-card').scrollIntoView());
}

/** Points the directory at another feed and waits for its message (an error state). */
async function feedFails(page, feed) {
  await page.evaluate((url) => document.querySelector('resource-directory').setAttribute('feed', url), feed);
  await page.waitForFunction(() => document.querySelector('resource-directory')?.shadowRoot?.querySelector('[part="message"][role="alert"]'), {
    timeout: 15000,
    polling: 100,
  });
  await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="message"]').scrollIntoView({ block: 'center' }));
}

const TILE = fakeTile();

/**
 * Presses Map and waits for pins and tiles. OpenStreetMap's tile server is never asked: its tiles are
 * answered here with a stand-in (scripts/fake-tile.mjs), so the screenshots show the layout, not the streets.
 */
async function openMap(page, { pin } = {}) {
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    new URL(request.url()).hostname.endsWith('tile.openstreetmap.org')
      ? request.respond({ status: 200, contentType: 'image/png', body: TILE })
      : request.continue(),
  );
  await page.waitForFunction(() => document.querySelector('resource-directory').shadowRoot.querySelectorAll('.view-toggle button').length === 2, {
    timeout: 10000,
    polling: 100,
  });
  await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelectorAll('.view-toggle button')[1].click());
  await page.waitForFunction(
    () => {
      const map = document.querySelector('resource-directory').shadowRoot.querySelector('.map-frame')?.shadowRoot;
      return map?.querySelector('.leaflet-marker-icon') && map.querySelectorAll('.leaflet-tile-loaded').length > 1;
    },
    { timeout: 15000, polling: 100 },
  );
  if (pin !== undefined) {
    // "Show on map" on a card: the map scrolls into view with that pin marked and focused.
    await page.evaluate((index) => {
      const badge = document.querySelector('resource-directory').shadowRoot.querySelectorAll('.map-pin')[index];
      badge.closest('li').scrollIntoView(); // the visitor is reading that card
      badge.click();
    }, pin);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the smooth scroll to the map
  } else {
    await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="status"]').scrollIntoView());
  }
}

/** Each state: a page, then what a visitor does; `now` replaces the default fixed clock. */
const STATES = {
  'api-first-screen': { path: '/demo/' },
  'file-first-screen': { path: '/demo/static-feed.html' },
  'file-anxiety-group-tuesday': { path: '/demo/static-feed.html', run: (page) => search(page, 'anxiety skills') },
  'api-anxiety-group-tuesday': { path: '/demo/', run: (page) => search(page, 'anxiety skills') },
  'api-free-vietnamese': { path: '/demo/', run: (page) => filter(page, { checks: ['Free'], language: 'vi' }) },
  'file-free-vietnamese': { path: '/demo/static-feed.html', run: (page) => filter(page, { checks: ['Free'], language: 'vi' }) },
  'api-open-now': { path: '/demo/', run: (page) => filter(page, { checks: ['Open now'] }) },
  'file-monthly-group': { path: '/demo/static-feed.html', run: (page) => search(page, 'monthly') },
  'file-pantry-holiday-hours': {
    path: '/demo/static-feed.html',
    now: Date.parse('2026-12-21T10:00:00-08:00'),
    run: async (page) => {
      await search(page, 'Millbrook Community Food Pantry');
      await openFirstDetails(page);
    },
  },
  'csv-package-first-screen': { path: '/demo/data-package.html' },
  'csv-package-details': { path: '/demo/data-package.html', run: openFirstDetails },
  'api-crisis-in-own-words': { path: '/demo/', run: (page) => search(page, 'i want to kill myself') },
  'error-feed-not-found': { path: '/demo/static-feed.html', run: (page) => feedFails(page, '/feeds/no-such-feed.json') },
  'api-map-open': { path: '/demo/', run: (page) => openMap(page) },
  'api-map-show-on-map': { path: '/demo/', run: (page) => openMap(page, { pin: 2 }) },
  'file-map-food-arabic': {
    path: '/demo/static-feed.html',
    run: async (page) => {
      await page.evaluate(() => document.querySelector('resource-directory').setAttribute('lang', 'ar'));
      await search(page, 'food');
      await openMap(page);
    },
  },
  'error-spanish-not-found': {
    path: '/demo/static-feed.html',
    run: async (page) => {
      await page.evaluate(() => document.querySelector('resource-directory').setAttribute('lang', 'es'));
      await feedFails(page, '/feeds/no-such-feed.json');
    },
  },
};

const wanted = process.argv.slice(2);
const { origin, stop } = await startDemoServer();
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
await mkdir(OUT, { recursive: true });

let failures = 0;
try {
  for (const [name, state] of Object.entries(STATES)) {
    if (wanted.length && !wanted.includes(name)) continue;
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const page = await browser.newPage();
      try {
        await page.setViewport(viewport);
        await page.emulateTimezone('America/Los_Angeles');
        await page.evaluateOnNewDocument((fixed) => {
          const RealDate = Date;
          const offset = fixed - RealDate.now();
          globalThis.Date = class extends RealDate {
            constructor(...args) {
              if (args.length) super(...args);
              else super(RealDate.now() + offset);
            }
            static now() {
              return RealDate.now() + offset;
            }
          };
        }, state.now ?? FIXED_NOW);
        await page.goto(`${origin}${state.path}`);
        await cardsShown(page);
        await state.run?.(page);
        await page.evaluate(() => document.fonts.ready);
        const file = `${OUT}/${name}-${size}.png`;
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
      } catch (error) {
        failures += 1;
        console.error(`${name} (${size}): ${error.message}`);
      } finally {
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  stop();
}
process.exitCode = failures ? 1 : 0;
