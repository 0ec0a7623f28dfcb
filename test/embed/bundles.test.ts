import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { CLASSIC_CRISIS_WORDS, CLASSIC_SPANISH_API_SCRIPTS, openFrame } from '../support/frame.js';
import { translation as spanish } from '../../src/i18n/translations/es.js';

/** A plain page in an iframe, with the errors it throws from now on. */
async function openPage(path: string): Promise<{ window: Window; errors: string[] }> {
  const errors: string[] = [];
  const win = (await openFrame(path)).contentWindow!;
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  return { window: win, errors };
}

/** The bundle files a page fetched, sorted, with rollup's content hashes taken out of chunk names. */
/** The bundles' scripts a page fetched, but the feed's coverage check, which comes when the page is idle after its results (or not yet). */
const distScripts = (paths: string[]): string[] =>
  paths
    .filter((path) => path.startsWith('/dist/') && !path.includes('/coverage-sample-'))
    .map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'))
    .sort();

function cardTitles(win: Window): string[] {
  const directory = win.document.querySelector('resource-directory');
  const cards = [...(directory?.shadowRoot?.querySelectorAll('resource-card') ?? [])];
  return cards.map((card) => card.shadowRoot?.querySelector('h3')?.textContent ?? '').filter(Boolean);
}

describe('the built bundles on a plain page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('dist/resource-directory.iife.js, pasted twice as a classic script, shows cards from the sample API', async () => {
    const page = await openPage('/test/embed/pages/iife.html');
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards from the API', { timeout: 5000 });
    expect(page.window.customElements.get('resource-card')).to.not.equal(undefined);
    expect(page.errors).to.deep.equal([]);
  });

  it("the classic script loads only the page's language, from beside itself, under a strict CSP", async () => {
    const page = await openPage('/test/embed/pages/iife-csp-es.html');
    const directory = () => page.window.document.querySelector('resource-directory')!.shadowRoot;
    await waitUntil(() => directory()?.querySelector('[part="search-button"]')?.textContent?.trim() === spanish.searchButton, 'Spanish interface', { timeout: 5000 });
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards', { timeout: 5000 });
    const scripts = () => page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));
    await waitUntil(() => scripts().includes(CLASSIC_CRISIS_WORDS), 'the crisis words, after the first results', { timeout: 5000 });
    expect(distScripts(scripts())).to.deep.equal(CLASSIC_SPANISH_API_SCRIPTS);
    expect((page.window as Window & { violations?: string[] }).violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('the classic script reads a CSV feed with the SDK it loads from beside itself, and the file worker (with the table reader) beside that', async () => {
    const page = await openPage('/test/embed/pages/iife-csv.html');
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards from the CSV tables', { timeout: 5000 });
    expect(cardTitles(page.window)).to.include('Never Homeless Helpline');
    const scripts = () => page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));
    await waitUntil(() => scripts().includes(CLASSIC_CRISIS_WORDS), 'the crisis words, after the first results', { timeout: 5000 });
    expect(distScripts(scripts())).to.deep.equal([
      CLASSIC_CRISIS_WORDS,
      '/dist/resource-directory-sdk.js',
      '/dist/resource-directory.iife.js',
      '/dist/sdk/file-feed.js',
      '/dist/sdk/file-worker.js',
      '/dist/sdk/needs.js',
      '/dist/sdk/resource-directory-sdk.js',
      '/dist/sdk/sdk.js',
    ]);
    expect(page.errors).to.deep.equal([]);
  });

  it('dist/resource-directory.js as a module shows cards from an HSDS 1.1 datapackage.json', async () => {
    const page = await openPage('/test/embed/pages/module-datapackage.html');
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards from the data package', { timeout: 5000 });
    expect(cardTitles(page.window)).to.include('Never Homeless Helpline');
    expect(page.errors).to.deep.equal([]);
  });

  it('dist/resource-directory.js as a module shows cards from a static JSON feed', async () => {
    const page = await openPage('/test/embed/pages/module.html');
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards from the file feed', { timeout: 5000 });
    expect(page.errors).to.deep.equal([]);
  });

  it('offers Try again when the SDK and card chunks cannot be fetched, and shows cards once they can', async () => {
    await executeServerCommand('block-requests', { matching: ['/dist/chunks/sdk-', '/dist/chunks/card-'] });
    try {
      const page = await openPage('/test/embed/pages/module.html');
      const directory = () => page.window.document.querySelector('resource-directory')!.shadowRoot;
      await waitUntil(() => directory()?.querySelector('[part="retry-button"]'), 'an error with Try again', { timeout: 5000 });
      await executeServerCommand('unblock-requests');
      directory()!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await waitUntil(() => cardTitles(page.window).length === 3, 'three cards once the chunks arrive', { timeout: 5000 });
    } finally {
      await executeServerCommand('unblock-requests');
    }
  });

  it('stays quiet when a page loads both the classic script and the module', async () => {
    const page = await openPage('/test/embed/pages/both-bundles.html');
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the module bundle run its define too
    expect((page.window as Window & { warnings?: string[] }).warnings).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('works on a page with a strict CSP (no unsafe-inline, no unsafe-eval) that requires Trusted Types', async () => {
    const page = await openPage('/test/embed/pages/csp.html');
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards under CSP', { timeout: 5000 });
    expect((page.window as Window & { violations?: string[] }).violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  /** Opens the map of the page's directory and waits for its pins and a tile. */
  async function openMap(win: Window): Promise<ShadowRoot> {
    const directory = win.document.querySelector('resource-directory')!.shadowRoot!;
    await waitUntil(() => directory.querySelectorAll('.view-toggle button').length === 2, 'the List · Map toggle', { timeout: 5000 });
    directory.querySelectorAll<HTMLButtonElement>('.view-toggle button')[1].click();
    const map = () => directory.querySelector('.map-frame')?.shadowRoot;
    await waitUntil(() => map()?.querySelector('.leaflet-marker-icon') && map()!.querySelector('.leaflet-tile-loaded'), 'pins and tiles', { timeout: 5000 });
    return map()!;
  }

  it('opens the map (Leaflet in its lazy chunk) on a page with a strict CSP that requires Trusted Types', async () => {
    const page = await openPage('/test/embed/pages/csp-map.html');
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards under CSP', { timeout: 5000 });
    const map = await openMap(page.window);
    expect(map.querySelector('.attribution')!.textContent).to.equal('Test tiles');
    const scripts = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // The List · Map toggle is in the entry; the map and Leaflet only in their chunk.
    expect(distScripts(scripts).filter((path) => path.includes('map'))).to.deep.equal(['/dist/chunks/map-view.js']);
    expect((page.window as Window & { violations?: string[] }).violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('the classic script opens the map from beside itself, under a strict CSP with Trusted Types', async () => {
    const page = await openPage('/test/embed/pages/iife-csp-map.html');
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards', { timeout: 5000 });
    const before = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(before.filter((path) => path.includes('map') || path.includes('tile'))).to.deep.equal([]);
    await openMap(page.window);
    const scripts = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(distScripts(scripts)).to.include('/dist/resource-directory-map.js');
    expect((page.window as Window & { violations?: string[] }).violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
  it("the classic script opens a card's details from beside itself, under a strict CSP with Trusted Types", async () => {
    const page = await openPage('/test/embed/pages/iife-csp-map.html');
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards', { timeout: 5000 });
    const card = page.window.document.querySelector('resource-directory')!.shadowRoot!.querySelector('resource-card')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await waitUntil(() => card.shadowRoot!.querySelector('[part="card-details"] .detail-list dt'), 'the details', { timeout: 5000 });
    const scripts = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(distScripts(scripts)).to.include('/dist/resource-directory-card-details.js');
    expect(card.shadowRoot!.querySelector('[part="card-details"] > button')!.textContent).to.equal('Add to contacts');
    expect((page.window as Window & { violations?: string[] }).violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('the classic script reads a crisis in the words of a search with the crisis words from beside itself, under a strict CSP', async () => {
    const page = await openPage('/test/embed/pages/iife-csp-map.html');
    await waitUntil(() => cardTitles(page.window).length === 3, 'three cards', { timeout: 5000 });
    const directory = page.window.document.querySelector('resource-directory')!;
    directory.setAttribute('query', 'my dad hits me');
    await waitUntil(() => directory.shadowRoot!.querySelector('[part="crisis"]')?.classList.contains('urgent'), 'the crisis lines raised', { timeout: 5000 });
    const scripts = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(distScripts(scripts)).to.include('/dist/resource-directory-crisis-words.js');
    expect((page.window as Window & { violations?: string[] }).violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
});
