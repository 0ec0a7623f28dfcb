import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { allElements } from '../support/dom.js';
import { openFrame } from '../support/frame.js';
import { frameAxeViolations } from '../support/frame-axe.js';
import { translation as spanish } from '../../src/i18n/translations/es.js';

/** The heights dist/embed.html posts to this window, with the window that posted each. */
function heightMessages(): { from: MessageEventSource | null; height: number }[] {
  const messages: { from: MessageEventSource | null; height: number }[] = [];
  window.addEventListener('message', (event: MessageEvent<{ type?: string; height?: number }>) => {
    if (event.data?.type === 'resource-directory:height' && typeof event.data.height === 'number') messages.push({ from: event.source, height: event.data.height });
  });
  return messages;
}

const directoryIn = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('resource-directory')!;
const cardCount = (frame: HTMLIFrameElement) => directoryIn(frame)?.shadowRoot?.querySelectorAll('resource-card').length ?? 0;
/** The test server under its other loopback name: another origin, as a CDN is to a church's site. */
const otherOrigin = () => `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

describe('dist/embed.html in an iframe', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the directory its parameters describe, in Spanish, and tells the parent its growing height', async () => {
    const messages = heightMessages();
    const frame = await openFrame('/dist/embed.html?feed=/hsds&lang=es&page-size=3&layout=compact&no-filters&unknown=1&--rd-accent-color=%237a3e9d');
    await waitUntil(() => directoryIn(frame)?.shadowRoot?.querySelector('[part="search-button"]')?.textContent?.trim() === spanish.searchButton, 'Spanish', { timeout: 5000 });
    await waitUntil(() => cardCount(frame) === 3, 'three cards', { timeout: 5000 });
    const directory = directoryIn(frame);
    expect(directory.getAttribute('layout')).to.equal('compact');
    expect(directory.hasAttribute('no-filters')).to.equal(true);
    expect(directory.hasAttribute('unknown')).to.equal(false);
    expect(directory.style.getPropertyValue('--rd-accent-color')).to.equal('#7a3e9d');
    expect(frame.contentDocument!.documentElement.lang).to.equal('es');

    // Sized as the README's two lines do it, the frame then holds the whole directory.
    const fromFrame = () => messages.filter((message) => message.from === frame.contentWindow).map((message) => message.height);
    const pageHeight = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    await waitUntil(() => fromFrame().at(-1) === pageHeight(), 'the height with the cards', { timeout: 5000 });
    const heights = fromFrame();
    expect(heights[0]).to.be.below(heights.at(-1)!);
    expect(new Set(heights).size).to.equal(heights.length, 'a message only when the height changes');
    frame.style.height = `${heights.at(-1)}px`;
    expect(frame.contentDocument!.documentElement.scrollHeight).to.be.at.most(frame.clientHeight);
  });

  it('works from another origin than the page that frames it', async () => {
    const messages = heightMessages();
    const frame = await openFrame(`${otherOrigin()}/dist/embed.html?feed=/hsds&page-size=3`);
    expect(() => frame.contentDocument!.body).to.throw(); // truly cross-origin: only messages come through
    // A crisis bar and a search form are short; with three cards the page is far taller.
    await waitUntil(() => messages.some((message) => message.from === frame.contentWindow && message.height > 900), 'the height with cards', { timeout: 8000 });
  });

  it('lets the page connect to the feed only, and load images from the tile host only, though its static policy allows any https host', async () => {
    const frame = await openFrame('/dist/embed.html?feed=/hsds&page-size=1');
    await waitUntil(() => cardCount(frame) === 1, 'a card', { timeout: 5000 });
    const win = frame.contentWindow!;
    const policies = [...win.document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')].map((meta) => meta.content);
    expect(policies[1]).to.equal(`connect-src ${location.origin}; img-src https://tile.openstreetmap.org`);
    const blocked: string[] = [];
    win.document.addEventListener('securitypolicyviolation', (event) => blocked.push(`${event.effectiveDirective} ${event.blockedURI}`));
    const reached = (url: string) => win.fetch(url).then((response) => response.ok, () => false);
    expect(await reached('/hsds/services')).to.equal(true);
    expect(await reached('https://elsewhere.invalid/services')).to.equal(false);
    win.document.createElement('img').src = 'https://elsewhere.invalid/tile.png';
    await waitUntil(() => blocked.length === 2, 'the violation reports');
    expect(blocked).to.deep.equal(['connect-src https://elsewhere.invalid/services', 'img-src https://elsewhere.invalid/tile.png']);

    const ownTiles = await openFrame('/dist/embed.html?feed=https://feed.invalid/hsds&map-tiles=https://{s}.tiles.invalid/{z}/{x}/{y}.png');
    const narrowed = ownTiles.contentDocument!.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')[1]!.content;
    expect(narrowed).to.equal('connect-src https://feed.invalid; img-src https://*.tiles.invalid');
  });

  it('takes hostile parameters as text: no script runs, and the directory says its feed is not valid', async () => {
    const marker = window as Window & { hostileRan?: boolean };
    const feed = encodeURIComponent('javascript:parent.hostileRan=true');
    const lang = encodeURIComponent('<img src=x onerror="parent.hostileRan=true">');
    const frame = await openFrame(`/dist/embed.html?feed=${feed}&lang=${lang}&crisis=${encodeURIComponent('"><script>parent.hostileRan=true</script>')}`);
    const alert = () => directoryIn(frame)?.shadowRoot?.querySelector('[role="alert"]');
    await waitUntil(() => alert(), 'the configuration error', { timeout: 5000 });
    expect(alert()!.textContent).to.contain('is not a valid feed address');
    // No image or inline script anywhere in the frame, its shadow roots included: no handler can run, now or later.
    const injected = allElements(frame.contentDocument!).filter((element) => element.matches('img, script:not([src])'));
    expect(injected.map((element) => element.outerHTML)).to.deep.equal([]);
    expect(marker.hostileRan).to.equal(undefined);
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(await frameAxeViolations(frame)).to.deep.equal([]);
  });

  it('opens the map under its narrowed policy, tiles from the map-tiles host, with no violation', async () => {
    const tiles = encodeURIComponent('/test/fixtures/map/tile.png?{z}/{x}/{y}');
    const frame = await openFrame(`/dist/embed.html?feed=/hsds&page-size=3&map-tiles=${tiles}&map-attribution=Test+tiles`);
    const violations: string[] = [];
    frame.contentDocument!.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
    const directory = directoryIn(frame).shadowRoot!;
    await waitUntil(() => directory.querySelectorAll('.view-toggle button').length === 2, 'the List · Map toggle', { timeout: 5000 });
    directory.querySelectorAll<HTMLButtonElement>('.view-toggle button')[1]!.click();
    const map = () => directory.querySelector('.map-frame')?.shadowRoot;
    await waitUntil(() => map()?.querySelector('.leaflet-marker-icon') && map()!.querySelector('.leaflet-tile-loaded'), 'pins and tiles', { timeout: 5000 });
    expect(violations).to.deep.equal([]);
  });

  it('leaves the whole page on quick exit, not just the frame, replacing its history entry', async () => {
    const host = await openFrame('/test/embed/pages/embed-host.html');
    const inner = host.contentDocument!.querySelector('iframe')!;
    const button = () => inner.contentDocument?.querySelector('resource-directory')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="quick-exit"]');
    await waitUntil(() => button(), 'the Exit this page button', { timeout: 5000 });
    const historyLength = host.contentWindow!.history.length;
    const left = new Promise((resolve) => host.addEventListener('load', resolve, { once: true }));
    host.focus();
    inner.focus();
    button()!.focus();
    await sendKeys({ press: 'Enter' }); // a real key press: the activation that lets a frame navigate its parent
    await left;
    expect(host.contentWindow!.location.pathname).to.equal('/test/embed/pages/neutral.html');
    expect(host.contentWindow!.history.length).to.equal(historyLength);
  });

  it('passes axe with results shown', async () => {
    const frame = await openFrame('/dist/embed.html?feed=/hsds&page-size=3');
    await waitUntil(() => cardCount(frame) === 3 && directoryIn(frame).shadowRoot!.querySelector('resource-card')!.shadowRoot?.querySelector('h3'), 'cards', { timeout: 5000 });
    expect(await frameAxeViolations(frame)).to.deep.equal([]);
  });
});
