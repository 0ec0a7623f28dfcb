import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { tileSource } from '../../src/components/map/tile-source.js';
import type { Listing } from '../../src/sdk/model.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListing } from '../support/listings.js';
import { captureWarnings, deepActive } from '../support/dom.js';

before(() => cardDefined);
afterEach(() => executeServerCommand('unblock-requests'));

interface NetworkLog {
  requests: { url: string }[];
}

/** Tiles from the test server itself (a static PNG; the query keeps each tile's address), never the network. */
const LOCAL_TILES = '/test/fixtures/map/tile.png?z={z}&x={x}&y={y}';

/** Listings at different places around Salem, Oregon; `off` of them have no coordinates. */
function placedListings(count: number, off = 0): Listing[] {
  return Array.from({ length: count }, (_, index) => {
    const listing = makeListing({ id: `svc-${index + 1}`, name: `Service ${index + 1}`, summary: `Summary of service ${index + 1}.` });
    const [location] = listing.locations;
    const placed = index < count - off;
    return {
      ...listing,
      locations: [{ ...location, latitude: placed ? 44.9 + index * 0.02 : undefined, longitude: placed ? -123.05 + index * 0.03 : undefined }],
    };
  });
}

const root = (el: ResourceDirectory) => el.shadowRoot!;
const cards = (el: ResourceDirectory) => [...root(el).querySelectorAll('resource-card')];
const button = (el: ResourceDirectory, text: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.view-toggle button')].find((b) => b.textContent!.trim() === text);
const mapRoot = (el: ResourceDirectory) => root(el).querySelector('.map-frame')?.shadowRoot ?? null;
const pins = (el: ResourceDirectory) => [...(mapRoot(el)?.querySelectorAll<HTMLElement>('.leaflet-marker-icon') ?? [])];

async function loaded(el: ResourceDirectory, count: number): Promise<void> {
  await waitUntil(() => cards(el).length === count, 'cards');
  await Promise.all(cards(el).map((card) => card.updateComplete));
}

/** A directory with its toggle; `tiles` null leaves map-tiles unset (OpenStreetMap's tiles). */
async function withToggle(listings: Listing[], tiles: string | null = LOCAL_TILES): Promise<ResourceDirectory> {
  const el = await fixture<ResourceDirectory>(html`<resource-directory crisis="none" map-tiles=${tiles ?? nothing}
    map-attribution=${tiles === LOCAL_TILES ? 'Test tiles' : nothing} .client=${fakeClient(listings)}></resource-directory>`);
  await loaded(el, listings.length);
  await waitUntil(() => button(el, 'Map'), 'the List · Map toggle');
  return el;
}

async function openMap(el: ResourceDirectory, count: number): Promise<void> {
  button(el, 'Map')!.click();
  await waitUntil(() => pins(el).length === count, `${count} pins`, { timeout: 8000 });
}

describe('<resource-directory> map view', () => {
  // First in this file: Leaflet and the map's code load once per page.
  it('asks no tile host and fetches no map code until the visitor opens the map, then tiles from map-tiles', async function () {
    this.timeout(20000); // the first opening fetches Leaflet unbundled
    await executeServerCommand('network-log-start');
    const el = await withToggle(placedListings(3));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = (await executeServerCommand<NetworkLog, undefined>('network-log-stop'))!.requests.map((request) => request.url);
    expect(before.filter((url) => /tile\.png|leaflet|map-view/.test(url))).to.deep.equal([]);

    await executeServerCommand('network-log-start');
    await openMap(el, 3);
    await waitUntil(() => mapRoot(el)!.querySelector('img.leaflet-tile-loaded'), 'a tile shown', { timeout: 8000 });
    const after = (await executeServerCommand<NetworkLog, undefined>('network-log-stop'))!.requests.map((request) => new URL(request.url));
    expect(after.some((url) => url.pathname.endsWith('leaflet-src.esm.js'))).to.equal(true);
    const tiles = after.filter((url) => url.pathname === '/test/fixtures/map/tile.png');
    expect(tiles.length).to.be.greaterThan(0);
    for (const tile of tiles) expect(tile.search).to.match(/^\?z=\d+&x=\d+&y=\d+$/);
    // The page's address is the tile host's business only as far as its origin.
    expect(mapRoot(el)!.querySelector<HTMLImageElement>('img.leaflet-tile')!.referrerPolicy).to.equal('strict-origin');
    expect(button(el, 'Map')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('says beside the Map button, and in its description, which host the map loads from', async () => {
    const osm = await withToggle(placedListings(2), null);
    const describedBy = button(osm, 'Map')!.getAttribute('aria-describedby')!;
    expect(root(osm).getElementById(describedBy)!.textContent).to.equal('Map from tile.openstreetmap.org');
    expect(root(osm).getElementById(describedBy)!.getClientRects().length).to.be.greaterThan(0); // visible, not only spoken

    const other = await withToggle(placedListings(2), 'https://{s}.tiles.example.org/v1/{z}/{x}/{y}.png');
    expect(root(other).querySelector('#map-source')!.textContent).to.equal('Map from tiles.example.org');
  });

  it('puts the map beside or above the list; List takes it away again', async () => {
    const el = await withToggle(placedListings(3));
    expect(root(el).querySelector('.map-region') === null).to.equal(true);
    await openMap(el, 3);
    expect(root(el).querySelectorAll('.map-pin').length).to.equal(3);
    button(el, 'List')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.map-region') === null).to.equal(true);
    expect(root(el).querySelectorAll('.map-pin').length).to.equal(0);
    expect(button(el, 'List')!.getAttribute('aria-pressed')).to.equal('true');
    expect(cards(el).length).to.equal(3);
  });

  it('numbers pins as the list does, and a pin shows its card: marked, with focus on its heading', async () => {
    const el = await withToggle(placedListings(3));
    await openMap(el, 3);
    expect(pins(el).map((pin) => pin.textContent)).to.deep.equal(['1: Service 1', '2: Service 2', '3: Service 3']);
    expect(pins(el).every((pin) => pin.getAttribute('role') === 'button' && pin.tabIndex === 0)).to.equal(true);
    pins(el)[1].click();
    await waitUntil(() => deepActive()?.textContent === 'Service 2', 'focus on the second card');
    expect(deepActive()!.tagName).to.equal('H3');
    const badges = [...root(el).querySelectorAll('.map-pin')];
    expect(badges.map((badge) => badge.getAttribute('aria-current'))).to.deep.equal([null, 'true', null]);
    expect(pins(el)[1].classList.contains('current')).to.equal(true);
  });

  it("a card's Show on map brings its pin into view, marked and focused", async () => {
    const el = await withToggle(placedListings(3));
    await openMap(el, 3);
    const badge = root(el).querySelectorAll<HTMLButtonElement>('.map-pin')[2];
    expect(badge.textContent!.trim()).to.equal('3: Show Service 3 on the map');
    badge.click();
    await waitUntil(() => deepActive() === pins(el)[2], 'focus on pin 3');
    expect(pins(el)[2].classList.contains('current')).to.equal(true);
    expect(badge.getAttribute('aria-current')).to.equal('true');
    const frame = root(el).querySelector('.map-frame')!.getBoundingClientRect();
    const pin = pins(el)[2].querySelector('.pin-body')!.getBoundingClientRect();
    expect(pin.left).to.be.within(frame.left, frame.right);
    expect(pin.top).to.be.within(frame.top, frame.bottom);
  });

  it('keyboard: the pins are in the tab order after the list; Enter on a pin focuses its card, Space on Show on map its pin', async () => {
    const el = await withToggle(placedListings(2));
    button(el, 'Map')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => pins(el).length === 2, 'pins');
    const isPin = () => deepActive()?.classList.contains('leaflet-marker-icon');
    for (let i = 0; i < 40 && !isPin(); i += 1) await sendKeys({ press: 'Tab' });
    expect(deepActive()!.textContent).to.equal('1: Service 1');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.textContent).to.equal('2: Service 2');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.textContent === 'Service 2', 'the second card');
    for (let i = 0; i < 40 && !deepActive()?.classList.contains('map-pin'); i += 1) await sendKeys({ press: 'Tab' });
    expect(deepActive()!.textContent).to.contain('Show Service 2 on the map');
    await sendKeys({ press: ' ' });
    await waitUntil(() => deepActive() === pins(el)[1], 'back on pin 2');
  });

  it('pans with the arrow keys once the map has focus, and zooms with its buttons', async () => {
    const el = await withToggle(placedListings(2));
    await openMap(el, 2);
    const at = () => pins(el)[0].querySelector('.pin-body')!.getBoundingClientRect();
    const gap = () => Math.abs(pins(el)[1].querySelector('.pin-body')!.getBoundingClientRect().left - at().left);
    const start = at().left;
    mapRoot(el)!.querySelector<HTMLElement>('.map')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => at().left < start - 20, 'the map moved east, the pins west');
    const spread = gap();
    const [zoomIn, zoomOut] = mapRoot(el)!.querySelectorAll<HTMLButtonElement>('.zoom button');
    expect([zoomIn.getAttribute('aria-label'), zoomOut.getAttribute('aria-label')]).to.deep.equal(['Zoom in', 'Zoom out']);
    zoomIn.click();
    await waitUntil(() => gap() > spread * 1.5, 'pins further apart');
  });

  it('closes cleanly in the middle of a move or zoom', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const el = await withToggle(placedListings(3));
      await openMap(el, 3);
      mapRoot(el)!.querySelector<HTMLButtonElement>('.zoom button')!.click(); // a zoom animation starts
      root(el).querySelectorAll<HTMLButtonElement>('.map-pin')[2].click(); // and a move to pin 3
      button(el, 'List')!.click();
      await new Promise((resolve) => setTimeout(resolve, 600)); // past Leaflet's animation timers
      expect(errors).to.deep.equal([]);
      expect(root(el).querySelector('.map-frame') === null).to.equal(true);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('lists the services the map cannot show, each a way to its card', async () => {
    const el = await withToggle(placedListings(4, 2));
    await openMap(el, 2);
    const off = root(el).querySelector('.off-map')!;
    expect(off.querySelector('p')!.textContent).to.equal('Not on the map:');
    expect(off.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('off-map');
    const names = [...off.querySelectorAll('button')];
    expect(names.map((name) => name.textContent!.trim())).to.deep.equal(['Service 3', 'Service 4']);
    expect(root(el).querySelectorAll('.map-pin').length).to.equal(2); // only placed cards get a pin
    names[1].click();
    await waitUntil(() => deepActive()?.textContent === 'Service 4', 'focus on the fourth card');
  });

  it('shares one pin between services at one address', async () => {
    const listings = placedListings(3);
    listings[2] = { ...listings[2], locations: listings[0].locations };
    const el = await withToggle(listings);
    await openMap(el, 2);
    expect(pins(el).map((pin) => pin.textContent)).to.deep.equal(['1, 3: Service 1; Service 3', '2: Service 2']);
  });

  it('joins places that would hide each other, and opens such a pin by zooming in until they part', async () => {
    const listings = placedListings(3);
    const [first] = listings[0].locations;
    listings[1] = { ...listings[1], locations: [{ ...first, latitude: first.latitude! + 0.0004, longitude: first.longitude! + 0.0004 }] };
    const el = await withToggle(listings);
    await openMap(el, 2);
    expect(pins(el).map((pin) => pin.textContent)).to.deep.equal(['1, 2: Service 1; Service 2', '3: Service 3']);
    pins(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => pins(el).length === 3, 'the two places apart');
    expect(pins(el).map((pin) => pin.textContent)).to.include.members(['1: Service 1', '2: Service 2']);
    expect(deepActive()!.textContent).to.equal('1: Service 1'); // focus stays with the first of them
  });

  it('offers no map when no service in hand has a place, or when map-tiles is none', async () => {
    const nowhere = await fixture<ResourceDirectory>(html`<resource-directory crisis="none" map-tiles=${LOCAL_TILES} .client=${fakeClient(placedListings(2, 2))}></resource-directory>`);
    await loaded(nowhere, 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await nowhere.updateComplete;
    expect(root(nowhere).querySelector('.view-toggle') === null).to.equal(true);

    const off = await fixture<ResourceDirectory>(html`<resource-directory crisis="none" map-tiles="none" .client=${fakeClient(placedListings(2))}></resource-directory>`);
    await loaded(off, 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root(off).querySelector('.view-toggle') === null).to.equal(true);
  });

  it('offers no map, and says why in the console, for a map-tiles that is not a tile template', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory crisis="none" map-tiles="javascript:alert({z}{x}{y})" .client=${fakeClient(placedListings(2))}></resource-directory>`);
      await loaded(el, 2);
      await waitUntil(() => warnings.some(([message]) => String(message).includes('map-tiles')), 'a warning');
      expect(root(el).querySelector('.view-toggle') === null).to.equal(true);
    } finally {
      restore();
    }
  });

  it("credits OpenStreetMap for its tiles, and shows map-attribution's words for others", async () => {
    // The default tiles are OpenStreetMap's: cut off here, so no test asks the real tile server.
    await executeServerCommand('block-requests', { matching: 'tile.openstreetmap.org' });
    const osm = await withToggle(placedListings(2), null);
    await openMap(osm, 2);
    const link = mapRoot(osm)!.querySelector<HTMLAnchorElement>('.attribution a')!;
    expect([link.textContent, link.href, link.rel]).to.deep.equal(['© OpenStreetMap contributors', 'https://www.openstreetmap.org/copyright', 'noopener noreferrer']);
    expect(link.getBoundingClientRect().height).to.be.at.least(24); // a target, not only small print

    const own = await fixture<ResourceDirectory>(html`<resource-directory crisis="none" map-tiles=${LOCAL_TILES}
      map-attribution="Tiles © Cedar Valley GIS <b>" .client=${fakeClient(placedListings(2))}></resource-directory>`);
    await loaded(own, 2);
    await waitUntil(() => button(own, 'Map'), 'toggle');
    await openMap(own, 2);
    const credit = mapRoot(own)!.querySelector('.attribution')!;
    expect(credit.textContent).to.equal('Tiles © Cedar Valley GIS <b>');
    expect(credit.children.length).to.equal(0); // text, never markup
  });
});

describe('tileSource: the map-tiles an embedder may give', () => {
  const base = 'https://www.example.org/help/page.html';
  it("defaults to OpenStreetMap's tiles, and names the host the map loads from", () => {
    expect(tileSource(undefined, base)).to.deep.equal({ tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', host: 'tile.openstreetmap.org' });
    expect(tileSource('  ', base)!.host).to.equal('tile.openstreetmap.org');
  });

  it('keeps the placeholders, drops a {s} subdomain from the host, and resolves a relative template against the page', () => {
    expect(tileSource('https://{s}.tiles.example.net/{z}/{x}/{-y}.png?key=abc', base)).to.deep.equal({
      tiles: 'https://{s}.tiles.example.net/{z}/{x}/{-y}.png?key=abc',
      host: 'tiles.example.net',
    });
    expect(tileSource('/tiles/{z}/{x}/{y}.png', base)).to.deep.equal({ tiles: 'https://www.example.org/tiles/{z}/{x}/{y}.png', host: 'www.example.org' });
  });

  it('refuses a template without {z}, {x} and {y}, or one that is not http(s)', () => {
    for (const bad of ['https://tiles.example.net/{z}/{x}.png', 'javascript:alert({z}{x}{y})', 'data:image/png,{z}{x}{y}', 'ftp://tiles.example.net/{z}/{x}/{y}.png']) {
      expect(tileSource(bad, base), bad).to.equal(undefined);
    }
  });
});
