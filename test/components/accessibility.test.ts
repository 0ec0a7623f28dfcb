import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { resetSavedStore } from '../../src/components/saved/saved-store.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListing, makeListings } from '../support/listings.js';
import { openFilters } from '../support/filters.js';
import { allElements, deepActive } from '../support/dom.js';
import { suggestingClient } from '../support/suggestions.js';

before(() => cardDefined);

const root = (el: ResourceDirectory) => el.shadowRoot!;
async function loaded(el: ResourceDirectory, count: number): Promise<void> {
  await waitUntil(() => root(el).querySelectorAll('resource-card').length === count, 'cards');
  await Promise.all([...root(el).querySelectorAll('resource-card')].map((card) => card.updateComplete));
}

describe('accessibility', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none' });
  });

  it('reflows at 320 CSS px with no horizontal scrolling, details open', async () => {
    await setViewport({ width: 320, height: 640 });
    const long = makeListing({
      name: 'Cedar Valley Community Behavioral Health Outpatient Counseling and Recovery Services Program',
      url: 'https://averyveryverylongsubdomainnamewithoutanybreaks.cedarvalleycommunitybehavioralhealth.example.org/outpatient',
    });
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient([long, ...makeListings(2)])}></resource-directory>`);
    await loaded(el, 3);
    const card = root(el).querySelector('resource-card')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await card.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const overflowing = allElements(root(el)).filter((element) => element.getBoundingClientRect().right > 321);
    expect(overflowing.map((element) => element.tagName + (element.getAttribute('part') ? `[${element.getAttribute('part')}]` : ''))).to.deep.equal([]);
  });

  it('keeps every control at least 24 by 24 px', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} near="97311"></resource-directory>`);
    await loaded(el, 2);
    await openFilters(el);
    const controls = allElements(root(el)).filter((element) => element.matches('a, button, input, select') && element.getClientRects().length);
    const small = controls.filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width < 24 || box.height < 24;
    });
    expect(small.map((element) => `${element.tagName} ${element.textContent?.trim().slice(0, 30)}`)).to.deep.equal([]);
  });

  it('can be used from the keyboard alone: search, open details, reach the actions', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} crisis="none"></resource-directory>`);
    await loaded(el, 2);
    root(el).querySelector<HTMLInputElement>('#keyword')!.focus();
    await sendKeys({ type: 'Service 2' });
    await sendKeys({ press: 'Enter' });
    await loaded(el, 1);
    // Tab forward until the first card's Details button, as a keyboard user would.
    for (let i = 0; i < 20 && deepActive()?.textContent?.trim() !== 'Details'; i += 1) await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('Details');
    await sendKeys({ press: 'Enter' });
    const card = root(el).querySelector('resource-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="card-details-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActive()?.getAttribute('part')).to.equal('card-details-toggle');
    expect(getComputedStyle(deepActive()!).outlineStyle).to.not.equal('none');
  });

  it('can be used from the keyboard alone: filters, card actions, closing details', async () => {
    const client = fakeClient(makeListings(2));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client} crisis="none"></resource-directory>`);
    await loaded(el, 2);
    /** Tabs forward until the focused element's text (or its label's) is `text`, as a keyboard user would. */
    const tabTo = async (text: string) => {
      const name = () => deepActive()?.textContent?.trim() || (deepActive() as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim();
      for (let i = 0; i < 40 && name() !== text; i += 1) await sendKeys({ press: 'Tab' });
      expect(name()).to.equal(text);
    };
    root(el).querySelector<HTMLInputElement>('#keyword')!.focus();
    await tabTo('Filters');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('#filter-panel'), 'filters open');
    expect(deepActive()?.getAttribute('aria-expanded')).to.equal('true');
    await tabTo('Free services only');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => client.calls.at(-1)?.free === true, 'a search for free services');
    await loaded(el, 2);
    await tabTo('Details');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    const card = root(el).querySelector('resource-card')!;
    await card.updateComplete;
    // Closing the details leaves focus on the same toggle, not lost to the page.
    expect(card.shadowRoot!.querySelector('[part="card-details-toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActive()?.textContent?.trim()).to.equal('Details');
    await tabTo('Save');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => root(el).querySelector('.base > [role="status"]')!.textContent === 'Saved Service 1 on this device', 'saved, announced');
    expect(deepActive()?.getAttribute('aria-pressed')).to.equal('true');
    localStorage.removeItem('resource-directory:saved');
  });

  it('passes axe with zero results, its suggestions reflowing at 320 px with 24 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${suggestingClient()} query="fod pantri"></resource-directory>`);
    await waitUntil(() => root(el).querySelector('[part="category-suggestion"]'), 'the zero-results suggestions');
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('No services match “fod pantri”.');
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const message = root(el).querySelector('[part="message"]')!;
    const controls = [...message.querySelectorAll('a, button')];
    expect(controls.length).to.equal(8); // did you mean, 2 categories, clear, 211 call and text, 988 call and text
    // The 211 links sit in a sentence (WCAG 2.5.8's inline exception); the buttons and 988 links do not.
    const targets = controls.filter((element) => element.matches('button, .crisis-action'));
    const small = targets.filter((element) => element.getBoundingClientRect().width < 24 || element.getBoundingClientRect().height < 24);
    expect(small.map((element) => element.textContent?.trim())).to.deep.equal([]);
  });

  for (const layout of ['list', 'grid', 'compact'] as const) {
    it(`passes axe with a card's More actions open, then its details, in the ${layout} layout, light and dark`, async () => {
      const many = makeListing({
        url: 'https://example.org', email: 'help@example.org', distanceKm: 2,
        phones: [
          { number: '(503) 555-0142', tel: '5035550142', kind: 'voice', languages: [] },
          { number: '(503) 555-0143', tel: '5035550143', kind: 'text', languages: [] },
        ],
      });
      // A page that follows the visitor's light or dark setting, as the demo library (demo/sites/library.css) does.
      const el = await fixture<ResourceDirectory>(html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText">
        <resource-directory .client=${fakeClient([many, ...makeListings(2).slice(1)])} layout=${layout}></resource-directory>
      </div>`).then((page) => page.querySelector('resource-directory')!);
      await loaded(el, 2);
      const card = root(el).querySelector('resource-card')!;
      card.shadowRoot!.querySelector<HTMLButtonElement>('.more-toggle')!.click();
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="card-more"]')!.hasAttribute('hidden')).to.equal(false);
      await expect(el).to.be.accessible();
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
      await card.updateComplete;
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
    });
  }

  it('passes axe with the crisis lines folded, unfolded and opened by the page, the skip link focused and Filters open', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} quick-exit></resource-directory>`);
    await loaded(el, 2);
    expect(root(el).querySelector('[part="crisis-toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="crisis-toggle"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="quick-exit"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('skip-link');
    await expect(el).to.be.accessible();
    await openFilters(el);
    await expect(el).to.be.accessible();
    const pinned = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))} crisis-expanded></resource-directory>`);
    await loaded(pinned, 1);
    await expect(pinned).to.be.accessible();
  });

  it('passes axe with a confirmation showing, in the saved list, and after Clear all with Undo offered', async () => {
    const key = 'resource-directory:saved';
    localStorage.removeItem(key);
    resetSavedStore();
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))}></resource-directory>`);
      await loaded(el, 2);
      const card = root(el).querySelector('resource-card')!;
      [...card.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === 'Save')!.click();
      await waitUntil(() => card.shadowRoot!.querySelector('.confirmation'), 'a confirmation');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[part="saved-toggle"]')!.click();
      await waitUntil(() => root(el).querySelector('[part="saved"] h2'), 'the saved list');
      await loaded(el, 1);
      await expect(el).to.be.accessible();
      [...root(el).querySelectorAll<HTMLButtonElement>('[part="saved"] button')].find((button) => button.textContent!.trim() === 'Clear all')!.click();
      await waitUntil(() => [...root(el).querySelectorAll('[part="saved"] button')].some((button) => button.textContent!.trim() === 'Undo'), 'undo');
      await expect(el).to.be.accessible();
    } finally {
      localStorage.removeItem(key);
      resetSavedStore();
    }
  });

  it('moves nothing when the visitor asks for reduced motion', async () => {
    const pending = fakeClient([], () => new Promise(() => {})); // stays loading
    const animation = async () => {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${pending}></resource-directory>`);
      await waitUntil(() => root(el).querySelector('.skeleton'), 'loading skeleton');
      return getComputedStyle(root(el).querySelector('.skeleton')!).animationName;
    };
    expect(await animation()).to.not.equal('none');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(await animation()).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('stays readable and accessible in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))}></resource-directory>`);
    await loaded(el, 2);
    const button = root(el).querySelector('[part="search-button"]')!;
    expect(getComputedStyle(button).borderTopStyle).to.not.equal('none');
    const card = root(el).querySelector('resource-card')!.shadowRoot!.querySelector('[part="card"]')!;
    expect(getComputedStyle(card).borderTopStyle).to.not.equal('none');
    await expect(el).to.be.accessible();
  });

  describe('with the map open', () => {
    const tiles = '/test/fixtures/map/tile.png?{z}/{x}/{y}';
    /** Two services with a place and one without, so every part of the map view is on screen. */
    const listings = () =>
      makeListings(3).map((listing, index) => ({
        ...listing,
        locations: listing.locations.map((location) => ({
          ...location,
          latitude: index < 2 ? 45 + index / 50 : undefined,
          longitude: index < 2 ? -123 - index / 50 : undefined,
        })),
      }));
    const mapRoot = (el: ResourceDirectory) => root(el).querySelector('.map-frame')?.shadowRoot;
    async function openMap(el: ResourceDirectory): Promise<void> {
      await loaded(el, 3);
      const mapButton = () => [...root(el).querySelectorAll<HTMLButtonElement>('.view-toggle button')].find((b) => b.textContent!.trim() === 'Map');
      await waitUntil(mapButton, 'the List · Map toggle');
      mapButton()!.click();
      await waitUntil(() => mapRoot(el)?.querySelectorAll('.leaflet-marker-icon').length === 2, 'two pins', { timeout: 5000 });
      await waitUntil(() => mapRoot(el)!.querySelector('.leaflet-tile-loaded'), 'tiles', { timeout: 5000 });
    }

    // axe judges contrast only on screen: a viewport that holds the whole map view, list beside map.
    beforeEach(() => setViewport({ width: 1280, height: 1400 }));

    it('passes axe: toggle, map, pins, zoom, credit, the pins on cards and the services not on the map', async () => {
      const el = await fixture<ResourceDirectory>(html`<resource-directory map-tiles=${tiles} map-attribution="Test tiles"
        .client=${fakeClient(listings())}></resource-directory>`);
      await openMap(el);
      expect(root(el).querySelectorAll('.map-pin').length).to.equal(2);
      expect(root(el).querySelector('.off-map') !== null).to.equal(true);
      await expect(el).to.be.accessible();
      // A pin chosen from its card, and its card chosen from the pin, are marked; still accessible.
      root(el).querySelector<HTMLButtonElement>('.map-pin')!.click();
      await waitUntil(() => mapRoot(el)!.querySelector('.leaflet-marker-icon.current'), 'pin marked');
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark color scheme and in forced colors', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await fixture<ResourceDirectory>(html`<resource-directory style="color-scheme: dark; background: Canvas; color: CanvasText"
          map-tiles=${tiles} map-attribution="Test tiles" .client=${fakeClient(listings())}></resource-directory>`);
        await openMap(el);
        root(el).querySelector<HTMLButtonElement>('.map-pin')!.click();
        await waitUntil(() => mapRoot(el)!.querySelector('.leaflet-marker-icon.current'), 'pin marked');
        await expect(el).to.be.accessible();
        await emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
      }
    });

    it('passes axe in Arabic, right to left', async () => {
      const el = await fixture<ResourceDirectory>(html`<resource-directory lang="ar" map-tiles=${tiles} map-attribution="Test tiles"
        .client=${fakeClient(listings())}></resource-directory>`);
      await waitUntil(() => root(el).querySelector('[part="base"]')!.getAttribute('dir') === 'rtl', 'Arabic');
      await loaded(el, 3);
      await waitUntil(() => root(el).querySelector('.view-toggle'), 'the toggle');
      root(el).querySelectorAll<HTMLButtonElement>('.view-toggle button')[1].click();
      await waitUntil(() => mapRoot(el)?.querySelectorAll('.leaflet-marker-icon').length === 2, 'two pins', { timeout: 5000 });
      await expect(el).to.be.accessible();
    });

    it('reflows at 320 CSS px, keeps its controls at least 24 px, and shows focus on pins', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<ResourceDirectory>(html`<resource-directory map-tiles=${tiles} map-attribution="Test tiles"
        .client=${fakeClient(listings())}></resource-directory>`);
      await openMap(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(root(el).querySelector('.map-frame')!.getBoundingClientRect().right).to.be.at.most(321);
      const controls = [
        ...allElements(root(el)).filter((element) => element.matches('a, button') && !element.closest('resource-card')),
        ...mapRoot(el)!.querySelectorAll('a, button, .pin-body'),
      ].filter((element) => element.getClientRects().length);
      const small = controls.filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width < 24 || box.height < 24;
      });
      expect(small.map((element) => `${element.tagName} ${element.textContent?.trim().slice(0, 30)}`)).to.deep.equal([]);
      mapRoot(el)!.querySelector<HTMLElement>('.leaflet-marker-icon')!.focus();
      await sendKeys({ press: 'Tab' }); // to the second pin, by keyboard: its focus ring shows
      const body = deepActive()!.querySelector('.pin-body')!;
      expect(body.textContent).to.equal('2: Service 2');
      expect(getComputedStyle(body).outlineStyle).to.equal('solid');
    });
  });
});
