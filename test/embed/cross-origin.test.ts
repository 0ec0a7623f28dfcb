import { expect, waitUntil } from '@open-wc/testing';
import { CLASSIC_CRISIS_WORDS, CLASSIC_SPANISH_API_SCRIPTS, openFrame } from '../support/frame.js';
import { translation as spanish } from '../../src/i18n/translations/es.js';

// The bundles served from a second loopback origin, as from a CDN (scripts/second-origin-plugin.mjs), which
// sends Access-Control-Allow-Origin as CDNs do: without it, none of these pass.

interface TestPage {
  window: Window & { violations?: string[] };
  errors: string[];
}

/** A plain page in an iframe, with the errors it throws and the promises it leaves rejected from now on. */
async function openPage(path: string): Promise<TestPage> {
  const errors: string[] = [];
  const win = (await openFrame(path)).contentWindow!;
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  return { window: win, errors };
}

const directoryOf = (page: TestPage) => page.window.document.querySelector('resource-directory')!.shadowRoot;

function cardTitles(page: TestPage): string[] {
  const cards = [...(directoryOf(page)?.querySelectorAll('resource-card') ?? [])];
  return cards.map((card) => card.shadowRoot?.querySelector('h3')?.textContent ?? '').filter(Boolean);
}

/** The scripts a page fetched from another origin than its own, by path, with rollup's content hashes taken out. */
function scriptsFromElsewhere(page: TestPage): string[] {
  const urls = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
  return urls
    // The feed's coverage check comes when the page is idle after its results (or not yet).
    .filter((url) => url.origin !== page.window.location.origin && url.pathname.endsWith('.js') && !url.pathname.includes('/coverage-sample-'))
    .map((url) => url.pathname.replace(/-[\w-]{8}\.js$/, '.js'))
    .sort();
}

async function waitForSpanish(page: TestPage): Promise<void> {
  const searchButton = () => directoryOf(page)?.querySelector('[part="search-button"]')?.textContent?.trim();
  await waitUntil(() => searchButton() === spanish.searchButton, `a Spanish interface, not "${searchButton()}"`, { timeout: 5000 });
}

describe('the bundles loaded from another origin (a CDN)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the classic script without crossorigin loads Spanish and the SDK from beside itself and shows cards', async () => {
    const page = await openPage('/test/embed/pages/iife-cross-origin.html');
    await waitForSpanish(page);
    await waitUntil(() => cardTitles(page).length === 3, 'three cards from the API', { timeout: 5000 });
    await waitUntil(() => scriptsFromElsewhere(page).includes(CLASSIC_CRISIS_WORDS), 'the crisis words, after the first results', { timeout: 5000 });
    expect(scriptsFromElsewhere(page)).to.deep.equal(CLASSIC_SPANISH_API_SCRIPTS);
    expect(page.errors).to.deep.equal([]);
  });

  it('the classic script with crossorigin="anonymous" loads Spanish from beside itself', async () => {
    const page = await openPage('/test/embed/pages/iife-cross-origin-cors.html');
    await waitForSpanish(page);
    await waitUntil(() => cardTitles(page).length === 3, 'three cards from the API', { timeout: 5000 });
    expect(scriptsFromElsewhere(page)).to.include('/dist/i18n/es.js');
    expect(page.errors).to.deep.equal([]);
  });

  it('the classic script under a strict CSP that requires Trusted Types loads Spanish (the element\'s lang), the SDK and the map', async () => {
    const page = await openPage('/test/embed/pages/iife-cross-origin-csp.html');
    await waitForSpanish(page);
    await waitUntil(() => cardTitles(page).length === 3, 'three cards from the API', { timeout: 5000 });
    const directory = directoryOf(page)!;
    await waitUntil(() => directory.querySelectorAll('.view-toggle button').length === 2, 'the List · Map toggle', { timeout: 5000 });
    directory.querySelectorAll<HTMLButtonElement>('.view-toggle button')[1].click();
    const map = () => directory.querySelector('.map-frame')?.shadowRoot;
    await waitUntil(() => map()?.querySelector('.leaflet-marker-icon') && map()!.querySelector('.leaflet-tile-loaded'), 'pins and tiles', { timeout: 5000 });
    expect(scriptsFromElsewhere(page)).to.include.members(['/dist/i18n/es.js', '/dist/resource-directory-sdk.js', '/dist/resource-directory-map.js']);
    expect(page.window.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('the classic script reads a CSV feed on the main thread under a strict CSP, as browsers start no worker from the SDK\'s other origin', async () => {
    const page = await openPage('/test/embed/pages/iife-cross-origin-csv.html');
    await waitUntil(() => cardTitles(page).length === 3, 'three cards from the CSV tables', { timeout: 5000 });
    expect(cardTitles(page)).to.include('Never Homeless Helpline');
    await waitUntil(() => scriptsFromElsewhere(page).includes(CLASSIC_CRISIS_WORDS), 'the crisis words, after the first results', { timeout: 5000 });
    expect(scriptsFromElsewhere(page)).to.deep.equal([
      CLASSIC_CRISIS_WORDS,
      '/dist/resource-directory-sdk.js',
      '/dist/resource-directory.iife.js',
      '/dist/sdk/data-package.js',
      '/dist/sdk/file-feed.js',
      '/dist/sdk/loaded-file.js',
      '/dist/sdk/local-search.js',
      '/dist/sdk/needs.js',
      '/dist/sdk/resource-directory-sdk.js',
      '/dist/sdk/sdk.js',
    ]);
    expect(page.window.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('the module loads Spanish and its chunks from beside itself, and reads a CSV feed on the main thread', async () => {
    const page = await openPage('/test/embed/pages/module-cross-origin.html');
    await waitForSpanish(page);
    await waitUntil(() => cardTitles(page).length === 3, 'three cards from the CSV tables', { timeout: 5000 });
    const scripts = scriptsFromElsewhere(page);
    expect(scripts).to.include.members(['/dist/resource-directory.js', '/dist/chunks/es.js']);
    expect(scripts.filter((path) => path.includes('file-worker'))).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
});
