import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import { Configurator } from '../../src/configure/configurator.js';
import { CDN_DIST } from '../../src/configure/release.js';
import { createClient } from '../../src/sdk/index.js';
import { openFrame } from '../support/frame.js';

// The sample feed as one static file, as the demo's configurator is filled in.
const SAMPLE_FEED = new URL('/demo/data/sample-feed.json', location.href).href;

before(async () => {
  await cardDefined;
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/src/configure/configure.css';
  const loaded = new Promise((resolve) => style.addEventListener('load', resolve));
  document.head.append(style);
  await loaded;
});

let root: HTMLElement;
function open(feed: string): void {
  root = document.createElement('main');
  root.className = 'configurator';
  document.body.append(root);
  new Configurator(root, feed);
}
afterEach(() => {
  document.querySelectorAll('main.configurator').forEach((main) => main.remove());
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

const status = () => root.querySelector('#check-status')!.textContent!.trim();
const preview = () => root.querySelector('resource-directory')!;
/** Cards a directory shows; 0 while it is missing. */
const cardsIn = (directory: Element | null | undefined) => directory?.shadowRoot?.querySelectorAll('resource-card').length ?? 0;
const snippet = (form: string) => root.querySelector<HTMLTextAreaElement>(`#snippet-${form}`)!.value;
const checked = () => waitUntil(() => root.querySelector('.report') && cardsIn(preview()) > 0, 'the report and the preview', { timeout: 8000 });

async function checkFeed(feed: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('#feed')!;
  input.value = feed;
  input.dispatchEvent(new Event('input'));
  root.querySelector<HTMLButtonElement>('.feed-form button')!.click();
  await waitUntil(() => !status().startsWith('Checking') && status() !== '', 'the check', { timeout: 8000 });
}

/** Attributes of a directory as name=value pairs, sorted; the preview's id is its own. */
const attributes = (element: Element) =>
  element
    .getAttributeNames()
    .filter((name) => name !== 'id' && name !== 'style')
    .map((name) => `${name}=${element.getAttribute(name)}`)
    .sort();
const accent = (element: Element) => (element as HTMLElement).style.getPropertyValue('--rd-accent-color');

describe('the configurator', () => {
  it('checks the feed, in figures that match the coverage report, and previews it', async () => {
    open(SAMPLE_FEED);
    await checked();
    const report = await createClient({ feed: SAMPLE_FEED }).coverage();
    expect(status()).to.equal(`Checked ${report.listings} services: ${Math.round(report.present.phone.share * 100)} % have a phone number.`);
    const present = [...root.querySelectorAll('.present li')].map((item) => item.textContent!.trim());
    expect(present).to.include(`${Math.round(report.present.coordinates.share * 100)} % have map coordinates (distance, "near me" and the map).`);
    expect(present).to.include(`${Math.round(report.present.hours.share * 100)} % have opening hours the directory can read ("Open now").`);
    expect(root.querySelectorAll('input[name="category"]').length).to.be.greaterThan(5);
    expect(preview().getAttribute('feed')).to.equal(SAMPLE_FEED);
    await expect(root).to.be.accessible();
  });

  it('ships as dist/configure.html, which checks the feed its address names', async () => {
    const frame = await openFrame(`/dist/configure.html?feed=${encodeURIComponent(SAMPLE_FEED)}`);
    const page = frame.contentDocument!;
    await waitUntil(() => page.querySelector('.report') && cardsIn(page.querySelector('resource-directory')) > 0, 'the report and the preview', { timeout: 8000 });
    expect(page.querySelector<HTMLInputElement>('#feed')!.value).to.equal(SAMPLE_FEED);
    expect(page.querySelector('#check-status')!.textContent).to.match(/^\s*Checked \d+ services: /);
    // The built page names the iframe in the chosen language from i18n/es.js beside it.
    const language = page.querySelector<HTMLSelectElement>('#lang')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    await waitUntil(() => page.querySelector<HTMLTextAreaElement>('#snippet-iframe')!.value.includes('title="Buscar servicios"'), 'the title in Spanish');
  });

  it("says an API's figures come from its first pages", async () => {
    const api = new URL('/hsds', location.href).href;
    open(api);
    await checked();
    const report = await createClient({ feed: api }).coverage();
    expect(status()).to.equal(`Checked the first ${report.listings} services of ${report.sample!.total}: ${Math.round(report.present.phone.share * 100)} % have a phone number.`);
    expect(root.querySelector('.report p')!.textContent).to.contain('An HSDS API (version 3.1)');
  });

  it('changes the preview and all three snippets with each option', async () => {
    open(SAMPLE_FEED);
    await checked();
    const before = { module: snippet('module'), iframe: snippet('iframe') };
    root.querySelector<HTMLInputElement>('input[name="layout"][value="grid"]')!.click();
    const category = root.querySelector<HTMLInputElement>('input[name="category"]')!;
    category.click();
    root.querySelector<HTMLInputElement>('input[name="quick-exit"]')!.click();
    root.querySelector<HTMLInputElement>('input[name="crisis"][value="none"]')!.click();
    root.querySelector<HTMLInputElement>('input[name="own-accent"]')!.click();
    const language = root.querySelector<HTMLSelectElement>('#lang')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    await waitUntil(() => snippet('iframe').includes('title="Buscar servicios"'), 'the iframe titled in Spanish');

    expect(attributes(preview())).to.deep.equal([`categories=${category.value}`, 'crisis=none', `feed=${SAMPLE_FEED}`, 'lang=es', 'layout=grid', 'quick-exit='].sort());
    expect(accent(preview())).to.equal('#7a3e9d');
    expect(snippet('module')).to.not.equal(before.module);
    expect(snippet('module')).to.contain(' layout="grid"').and.contain(' quick-exit').and.contain('--rd-accent-color: #7a3e9d');
    expect(snippet('classic')).to.contain(`<script src="${CDN_DIST}resource-directory.iife.js"></script>`).and.contain(' lang="es"');
    expect(snippet('iframe')).to.not.equal(before.iframe);
    expect(snippet('iframe')).to.contain('layout=grid').and.contain('crisis=none');
    await expect(root).to.be.accessible();
  });

  it('writes snippets that, pasted into a fresh page, show the directory of the preview', async () => {
    open(SAMPLE_FEED);
    await checked();
    root.querySelector<HTMLInputElement>('input[name="layout"][value="compact"]')!.click();
    root.querySelector<HTMLInputElement>('input[name="crisis"][value="custom"]')!.click();
    for (const [field, value] of [['name', 'Valley "Line" & <Chat>'], ['phone', '503-555-0199']]) {
      const input = root.querySelector<HTMLInputElement>(`#crisis-${field}`)!;
      input.value = value;
      input.dispatchEvent(new Event('change'));
    }
    root.querySelector<HTMLInputElement>('input[name="own-accent"]')!.click();
    const shown = attributes(preview());
    expect(shown).to.include('crisis=[{"name":"Valley \\"Line\\" & <Chat>","phone":"503-555-0199"}]');

    for (const form of ['module', 'classic']) {
      const page = document.createElement('iframe');
      page.srcdoc = snippet(form).replaceAll(CDN_DIST, '/dist/');
      document.body.append(page);
      const pasted = () => page.contentDocument?.querySelector('resource-directory');
      await waitUntil(() => cardsIn(pasted()) > 0, `cards from the ${form} snippet`, { timeout: 8000 });
      expect(attributes(pasted()!), form).to.deep.equal(shown);
      expect(accent(pasted()!), form).to.equal(accent(preview()));
    }

    const src = new DOMParser().parseFromString(snippet('iframe'), 'text/html').querySelector('iframe')!.getAttribute('src')!;
    const frame = await openFrame(src.replace(CDN_DIST, '/dist/'));
    const framed = () => frame.contentDocument!.querySelector('resource-directory');
    await waitUntil(() => cardsIn(framed()) > 0, 'cards from the iframe snippet', { timeout: 8000 });
    expect(attributes(framed()!)).to.deep.equal(shown);
    expect(accent(framed()!)).to.equal(accent(preview()));
  });

  it("writes an iframe snippet whose two script lines size the frame to the page in it", async () => {
    open(SAMPLE_FEED);
    await checked();
    const page = document.createElement('iframe');
    page.style.cssText = 'width: 800px; height: 600px';
    page.srcdoc = snippet('iframe').replaceAll(CDN_DIST, '/dist/');
    document.body.prepend(page); // in view: the snippet's iframe loads lazily
    const framed = () => page.contentDocument?.querySelector('iframe');
    const content = () => framed()?.contentDocument?.documentElement;
    await waitUntil(() => cardsIn(content()?.querySelector('resource-directory')) > 0, 'cards in the frame', { timeout: 8000 });
    await waitUntil(() => framed()!.style.height === `${Math.ceil(content()!.getBoundingClientRect().height)}px`, 'the frame sized to its page', { timeout: 5000 });
    expect(framed()!.style.height).to.not.equal('900px');
  });

  it('copies a snippet from the keyboard and says so beside the button', async () => {
    open(SAMPLE_FEED);
    await checked();
    const button = [...root.querySelectorAll<HTMLButtonElement>('.snippet button')].find((b) => b.textContent === 'Copy the iframe')!;
    // The test may not read the clipboard back: it notes what is written to it.
    const written: string[] = [];
    const writeText = navigator.clipboard.writeText.bind(navigator.clipboard);
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: (text: string) => (written.push(text), writeText(text)) });
    button.focus();
    await sendKeys({ press: 'Enter' });
    const confirmation = () => button.nextElementSibling!.textContent!.trim();
    await waitUntil(() => confirmation() !== '', 'a confirmation');
    delete (navigator.clipboard as { writeText?: unknown }).writeText;
    expect(written).to.deep.equal([snippet('iframe')]);
    if (confirmation() !== 'Copied to the clipboard.') {
      // Where the clipboard is refused, the code is selected for Ctrl+C instead.
      expect(confirmation()).to.contain('Selected');
      expect(document.activeElement).to.equal(root.querySelector('#snippet-iframe'));
    }
    await expect(root).to.be.accessible();
  });

  it('explains a feed it cannot read: not a URL, not found, or not shared with other sites (CORS)', async () => {
    open('');
    await checkFeed('javascript:alert(1)');
    expect(status()).to.equal('Could not read the feed. That is not a web address: a feed address starts with https://.');
    await checkFeed('/no-such-feed.json');
    expect(status()).to.contain('Could not read the feed.').and.contain('Check the feed address');
    await expect(root).to.be.accessible();

    const elsewhere = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/demo/data/sample-feed.json`;
    await checkFeed(elsewhere);
    expect(status()).to.contain('Your browser could not read the feed at all').and.contain('Access-Control-Allow-Origin');
    expect(root.querySelector('.report')).to.equal(null);
    await expect(root).to.be.accessible();
  });
});
