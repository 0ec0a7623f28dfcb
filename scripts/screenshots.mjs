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

/** The configurator has read the demo feed and its preview shows cards. */
async function configuratorChecked(page) {
  await page.waitForFunction(() => document.querySelector('.report'), { timeout: 15000, polling: 100 });
  await cardsShown(page);
}

/** Opens the details of the first card and scrolls them into view. */
async function openFirstDetails(page) {
  await page.evaluate(() => {
    const card = document.querySelector('resource-directory').shadowRoot.querySelector('resource-card');
    card.shadowRoot.querySelector('[part="card-details-toggle"]').click();
  });
  // The details are a lazy chunk: the region says "Loading details…" until they arrive.
  await page.waitForFunction(
    () => document.querySelector('resource-directory').shadowRoot.querySelector('resource-card').shadowRoot.querySelector('[part="card-details"]:not([hidden]) .detail-list'),
    { timeout: 10000, polling: 100 },
  );
  await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('resource-card').scrollIntoView());
}

/** The sample API's answers (results, categories) never come: the directory stays in its loading state. */
async function holdApiAnswers(page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => (/\/hsds\/(services|taxonomy_terms)/.test(request.url()) ? undefined : request.continue()));
}

/** The empty tiles that hold the tiles' place while the categories are on their way. */
const tilesHoldingPlace = (page) =>
  page.waitForFunction(() => document.querySelector('resource-directory')?.shadowRoot?.querySelector('[part~="browse-tile-pending"]'), { timeout: 15000, polling: 100 });

/** Opens the details of the first card while their chunk cannot be fetched, as offline: the card says so. */
async function openFirstDetailsOffline(page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().includes('card-details') ? request.abort('internetdisconnected') : request.continue()));
  await cardsShown(page);
  await page.evaluate(() => {
    const card = document.querySelector('resource-directory').shadowRoot.querySelector('resource-card');
    card.shadowRoot.querySelector('[part="card-details-toggle"]').click();
  });
  await page.waitForFunction(
    () => document.querySelector('resource-directory').shadowRoot.querySelector('resource-card').shadowRoot.querySelector('[part="card-details"] button'),
    { timeout: 10000, polling: 100 },
  );
  await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('resource-card').scrollIntoView());
}

/** Sets attributes on the directory (layout, lang), waits for its cards and scrolls the first one to the top. */
async function showCards(page, attributes = {}) {
  await page.evaluate((values) => {
    const directory = document.querySelector('resource-directory');
    for (const [name, value] of Object.entries(values)) directory.setAttribute(name, value);
  }, attributes);
  await idle(page);
  await page.waitForFunction(
    (layout) => [...document.querySelector('resource-directory').shadowRoot.querySelectorAll('resource-card')].every((card) => card.getAttribute('layout') === layout),
    { timeout: 10000, polling: 100 },
    attributes.layout ?? 'list',
  );
  await new Promise((resolve) => setTimeout(resolve, 300)); // a language chunk, the card's re-render
  await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('resource-card').scrollIntoView());
}

/** Opens "More" on the first card that has it, and scrolls that card into view. */
async function openFirstMore(page) {
  await page.evaluate(() => {
    const cards = [...document.querySelector('resource-directory').shadowRoot.querySelectorAll('resource-card')];
    const card = cards.find((candidate) => candidate.shadowRoot.querySelector('.more-toggle'));
    card.shadowRoot.querySelector('.more-toggle').click();
    card.scrollIntoView();
  });
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

/** Searches for words that find nothing, waits for what the directory offers instead and scrolls it into view. */
async function searchNothing(page, text) {
  await page.evaluate((value) => document.querySelector('resource-directory').setAttribute('query', value), text);
  await page.waitForFunction(() => document.querySelector('resource-directory')?.shadowRoot?.querySelector('[part="suggestions"]'), {
    timeout: 15000,
    polling: 100,
  });
  await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="status"]').scrollIntoView());
}

/** Presses a button of the directory (or of its first card) by its text. */
async function press(page, text, { card = false } = {}) {
  await page.evaluate(
    (label, inCard) => {
      const root = document.querySelector('resource-directory').shadowRoot;
      const scope = inCard ? root.querySelector('resource-card').shadowRoot : root;
      [...scope.querySelectorAll('button')].find((button) => button.textContent.trim() === label).click();
    },
    text,
    card,
  );
}

/** Waits for the browse tiles, which come with the feed's categories after the first cards. */
const tilesShown = (page) =>
  page.waitForFunction(() => document.querySelector('resource-directory')?.shadowRoot?.querySelector('[part="browse-tile"]'), { timeout: 15000, polling: 100 });

/** Chooses the first browse tile, then ticks "Open now", and waits for the chips of both. */
async function chipsAfterSearch(page) {
  await tilesShown(page);
  await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="browse-tile"]').click());
  await idle(page);
  await page.waitForFunction(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="remove-filter"]'), { timeout: 15000, polling: 100 });
  await filter(page, { checks: ['Open now'] });
  await page.waitForFunction(() => document.querySelector('resource-directory').shadowRoot.querySelectorAll('[part="remove-filter"]').length === 2, { timeout: 15000, polling: 100 });
  await page.evaluate(() => {
    const root = document.querySelector('resource-directory').shadowRoot;
    root.querySelector('[part="filters-toggle"]').click();
    root.querySelector('[part="search-form"]').scrollIntoView();
  });
}

/** Saves the first two cards and opens the saved list, scrolled to its heading. */
async function savedList(page) {
  await page.evaluate(() => {
    const root = document.querySelector('resource-directory').shadowRoot;
    for (const card of [...root.querySelectorAll('resource-card')].slice(0, 2)) {
      [...card.shadowRoot.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Save').click();
    }
    root.querySelector('[part="saved-toggle"]').click();
  });
  await page.waitForFunction(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="saved"] resource-card'), { timeout: 10000, polling: 100 });
  await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="saved"]').scrollIntoView());
}

/**
 * Prints the saved list with window.print stubbed, then shows the sheet's frame full size instead of the
 * page, so the screenshot is the printed sheet.
 */
async function printSheet(page) {
  await savedList(page);
  await page.evaluate(() => {
    const appended = new Promise((resolve) => {
      new MutationObserver((changes, observer) => {
        const frame = changes.flatMap((change) => [...change.addedNodes]).find((node) => node.tagName === 'IFRAME');
        if (!frame) return;
        observer.disconnect();
        resolve(frame);
      }).observe(document.body, { childList: true });
    });
    // The sheet's frame calls print() as soon as it is filled: stub it on every new frame's window.
    const append = Element.prototype.append;
    Element.prototype.append = function (...nodes) {
      append.apply(this, nodes);
      for (const node of nodes) if (node.tagName === 'IFRAME') node.contentWindow.print = () => {};
    };
    [...document.querySelector('resource-directory').shadowRoot.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Print a sheet').click();
    return appended.then((frame) => {
      frame.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;border:0;background:#fff;z-index:10;';
    });
  });
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
  'api-first-screen': { path: '/demo/', run: tilesShown },
  'api-first-screen-loading': { path: '/demo/', before: holdApiAnswers, ready: tilesHoldingPlace },
  'file-first-screen': { path: '/demo/static-feed.html', run: tilesShown },
  'browse-tiles': {
    path: '/demo/static-feed.html',
    run: async (page) => {
      await tilesShown(page);
      await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="search-form"]').scrollIntoView());
    },
  },
  'browse-tiles-arabic': {
    path: '/demo/static-feed.html',
    run: async (page) => {
      await page.evaluate(() => document.querySelector('resource-directory').setAttribute('lang', 'ar'));
      await page.waitForFunction(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="base"][dir="rtl"]'), { timeout: 10000, polling: 100 });
      await tilesShown(page);
      await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="search-form"]').scrollIntoView());
    },
  },
  'chips-after-search': { path: '/demo/static-feed.html', run: chipsAfterSearch },
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
      // The week and the holiday rows under it, rather than the top of the card.
      await page.evaluate(() => {
        const card = document.querySelector('resource-directory').shadowRoot.querySelector('resource-card');
        card.shadowRoot.querySelector('.special-hours').scrollIntoView({ block: 'center' });
      });
    },
  },
  'csv-package-first-screen': { path: '/demo/data-package.html' },
  // The national sources through the demo's key-hiding proxy: the library on the 211 NDP, the church on FindTreatment.gov.
  'ndp-cards': { path: '/demo/ndp.html', run: (page) => showCards(page) },
  'findtreatment-cards': { path: '/demo/findtreatment.html', run: (page) => showCards(page) },
  // Each host site with the widget themed to it (its CSS in demo/sites/*-widget.css) and in its default look.
  'api-first-screen-unthemed': { path: '/demo/?theme=none' },
  'file-first-screen-unthemed': { path: '/demo/static-feed.html?theme=none' },
  'csv-package-first-screen-unthemed': { path: '/demo/data-package.html?theme=none' },
  'library-cards-themed': { path: '/demo/', run: (page) => showCards(page) },
  'library-cards-unthemed': { path: '/demo/?theme=none', run: (page) => showCards(page) },
  'church-cards-themed': { path: '/demo/static-feed.html', run: (page) => showCards(page) },
  'church-cards-unthemed': { path: '/demo/static-feed.html?theme=none', run: (page) => showCards(page) },
  'school-cards-themed': { path: '/demo/data-package.html', run: (page) => showCards(page) },
  'school-cards-unthemed': { path: '/demo/data-package.html?theme=none', run: (page) => showCards(page) },
  // The demo bar's "The site's CSS for the widget" open: the recipe a webmaster copies.
  'church-site-css': {
    path: '/demo/static-feed.html',
    run: async (page) => {
      await page.evaluate(() => document.querySelector('.demo-bar summary').click());
      await page.waitForFunction(() => document.getElementById('widget-theme-css').textContent.includes('resource-directory'), { timeout: 10000, polling: 100 });
    },
  },
  'csv-package-details': { path: '/demo/data-package.html', run: openFirstDetails },
  'cards-list': { path: '/demo/', run: (page) => showCards(page) },
  'cards-more-open': {
    path: '/demo/',
    run: async (page) => {
      await showCards(page);
      await openFirstMore(page);
    },
  },
  'cards-details-open': { path: '/demo/', run: openFirstDetails },
  'cards-details-offline': { path: '/demo/', run: openFirstDetailsOffline },
  // Everything the details can label: two places keeping different hours, a contact, prices, chat, documents.
  // The sample feed gives SNAP Enrollment Help no documents, prices or chat page: they are added to its listing here.
  'cards-details-rich': {
    path: '/demo/static-feed.html',
    run: async (page) => {
      await search(page, 'SNAP Enrollment Help');
      await page.evaluate(() => {
        const card = document.querySelector('resource-directory').shadowRoot.querySelector('resource-card');
        card.listing = {
          ...card.listing,
          requiredDocuments: [{ name: 'Photo ID' }, { name: 'Proof of income for the last 30 days, such as pay stubs' }, { name: 'Social Security numbers for everyone applying' }],
          costOptions: [{ option: 'Application help', amount: 0 }, { option: 'Copies and faxes of your documents', amount: 0.1, currency: 'USD', amountDescription: 'per page' }],
          paymentsAccepted: ['Cash', 'Debit card'],
          links: [{ label: 'Chat with a benefits specialist', url: 'https://cedarvalley.example/benefits/chat' }],
          // The generated food services' "no ID needed" would contradict the documents above.
          applicationProcess: 'Walk in during open hours, or text to book an appointment.',
        };
      });
      await openFirstDetails(page);
      // The rows after the hours tables (cards-details-open shows those): from Chat on a phone, Phones on a desktop.
      const label = page.viewport().width < 600 ? 'Chat' : 'Phones';
      await page.evaluate((text) => {
        const card = document.querySelector('resource-directory').shadowRoot.querySelector('resource-card');
        [...card.shadowRoot.querySelectorAll('dt')].find((dt) => dt.textContent.trim() === text).scrollIntoView();
      }, label);
    },
  },
  'cards-details-arabic': {
    path: '/demo/static-feed.html',
    run: async (page) => {
      await search(page, 'SNAP Enrollment Help');
      await showCards(page, { lang: 'ar' });
      await openFirstDetails(page);
      await page.evaluate(() => {
        const card = document.querySelector('resource-directory').shadowRoot.querySelector('resource-card');
        card.shadowRoot.querySelector('.detail-list').scrollIntoView();
      });
    },
  },
  'cards-grid': { path: '/demo/', run: (page) => showCards(page, { layout: 'grid' }) },
  'cards-compact': { path: '/demo/', run: (page) => showCards(page, { layout: 'compact' }) },
  'cards-dark': { path: '/demo/', dark: true, run: (page) => showCards(page) },
  'cards-spanish': { path: '/demo/', run: (page) => showCards(page, { lang: 'es' }) },
  'cards-arabic': { path: '/demo/', run: (page) => showCards(page, { lang: 'ar' }) },
  'api-crisis-in-own-words': { path: '/demo/', run: (page) => search(page, 'i want to kill myself') },
  'file-unknown-place': {
    path: '/demo/static-feed.html',
    run: async (page) => {
      await page.evaluate(() => document.querySelector('resource-directory').setAttribute('near', '00000'));
      await page.waitForFunction(() => document.querySelector('resource-directory')?.shadowRoot?.querySelector('[role="alert"]'), { timeout: 15000, polling: 100 });
      await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="status"]').scrollIntoView());
    },
  },
  'file-crisis-words-find-others': {
    path: '/demo/static-feed.html',
    run: async (page) => {
      await search(page, 'depression');
      await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="status"]').scrollIntoView());
    },
  },
  // Everyday words in another language over the English sample feed: "comida" finds food services.
  'file-everyday-words-spanish': { path: '/demo/static-feed.html', run: (page) => search(page, 'donde hay comida') },
  'file-no-results-suggestions': { path: '/demo/static-feed.html', run: (page) => searchNothing(page, 'fod pantri') },
  'api-no-results-suggestions': { path: '/demo/', run: (page) => searchNothing(page, 'fod pantri') },
  'file-no-results-spanish': {
    path: '/demo/static-feed.html',
    run: async (page) => {
      await page.evaluate(() => document.querySelector('resource-directory').setAttribute('lang', 'es'));
      await searchNothing(page, 'despensa solidaria');
    },
  },
  'crisis-unfolded': { path: '/demo/', run: (page) => press(page, 'More crisis lines') },
  'crisis-expanded-attribute': {
    path: '/demo/',
    run: (page) => page.evaluate(() => document.querySelector('resource-directory').setAttribute('crisis-expanded', '')),
  },
  'arabic-crisis-folded': {
    path: '/demo/',
    run: async (page) => {
      await page.evaluate(() => document.querySelector('resource-directory').setAttribute('lang', 'ar'));
      await page.waitForFunction(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="base"][dir="rtl"]'), { timeout: 10000, polling: 100 });
    },
  },
  'skip-link-focused': {
    path: '/demo/',
    run: async (page) => {
      // The last link shown on the host page before the directory, then Tab: the directory's first stop.
      await page.evaluate(() => {
        const directory = document.querySelector('resource-directory');
        const before = (link) => link.compareDocumentPosition(directory) & Node.DOCUMENT_POSITION_FOLLOWING;
        [...document.querySelectorAll('a')].filter((link) => before(link) && link.getClientRects().length > 0).at(-1).focus();
      });
      await page.keyboard.press('Tab');
    },
  },
  'filters-open-keyboard': {
    path: '/demo/',
    run: async (page) => {
      await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="filters-toggle"]').focus());
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('resource-directory').shadowRoot.querySelector('#filter-panel input'), { timeout: 10000, polling: 100 });
      await page.keyboard.press('Tab');
      await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('[part="filters"]').scrollIntoView());
    },
  },
  'card-saved-confirmation': {
    path: '/demo/',
    run: async (page) => {
      await press(page, 'Save', { card: true });
      await page.evaluate(() => document.querySelector('resource-directory').shadowRoot.querySelector('resource-card').scrollIntoView());
    },
  },
  'saved-list': { path: '/demo/', run: savedList },
  'saved-cleared-undo': {
    path: '/demo/',
    run: async (page) => {
      await savedList(page);
      await press(page, 'Clear all');
      await page.waitForFunction(() => document.querySelector('resource-directory').shadowRoot.querySelector('#saved-undo'), { timeout: 10000, polling: 100 });
    },
  },
  'saved-print-sheet': { path: '/demo/', run: printSheet },
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
  // The configurator on the demo's static feed: the check's report, the options and the live preview.
  'configure-checked': { path: '/demo/configure.html', ready: configuratorChecked },
  'configure-options': {
    path: '/demo/configure.html',
    ready: configuratorChecked,
    run: async (page) => {
      await page.click('input[name="layout"][value="grid"]');
      await page.click('input[name="own-accent"]');
      await page.select('#lang', 'es');
      await page.waitForFunction(() => document.querySelector('#snippet-iframe')?.value.includes('lang=es'), { timeout: 10000, polling: 100 });
      await page.evaluate(() => document.querySelector('.code').scrollIntoView());
    },
  },
  'configure-feed-error': {
    path: '/demo/configure.html',
    ready: configuratorChecked,
    run: async (page) => {
      await page.evaluate(() => {
        document.querySelector('#feed').value = '';
      });
      await page.type('#feed', 'https://feeds.invalid/hsds');
      await page.click('.feed-form button');
      await page.waitForFunction(() => document.querySelector('#check-status.failed'), { timeout: 30000, polling: 100 });
    },
  },
  // dist/embed.html in an iframe on a host page that allows no script of its own but the two resizing lines.
  'embed-iframe': {
    path: '/demo/iframe.html',
    ready: (page) =>
      page.waitForFunction(
        () => document.querySelector('iframe')?.contentDocument?.querySelector('resource-directory')?.shadowRoot?.querySelector('resource-card')?.shadowRoot?.querySelector('h3'),
        { timeout: 15000, polling: 100 },
      ),
    run: (page) => page.evaluate(() => document.querySelector('h1').scrollIntoView()),
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
        if (state.dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await page.emulateTimezone('America/Los_Angeles');
        await page.evaluateOnNewDocument((fixed) => {
          // Every state starts with nothing saved (the pages share one browser profile).
          if (window === window.top) localStorage.clear();
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
        await state.before?.(page);
        await page.goto(`${origin}${state.path}`);
        await (state.ready ?? cardsShown)(page);
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
