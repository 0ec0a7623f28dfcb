import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListings } from '../support/listings.js';
import { captureWarnings, deepActive } from '../support/dom.js';

before(() => cardDefined);
afterEach(async () => {
  await executeServerCommand('unblock-requests');
  await executeServerCommand('release-requests');
});

// The filters and the crisis words are lazy chunks. A visitor whose connection drops must not be left
// with a button that claims an open panel, and must get the crisis emphasis once the network is back.
const root = (el: ResourceDirectory) => el.shadowRoot!;

describe('lazy chunks on a flaky network', () => {
  // First: the crisis words load once per page, so no other directory on this page may have fetched them.
  it('brings the crisis lines forward once their words can be fetched', async () => {
    await executeServerCommand('block-requests', { matching: 'crisis-terms' });
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} query="suicide"></resource-directory>`);
    await waitUntil(() => root(el).querySelector('[part="status"]')?.textContent?.includes('found'), 'the search done');
    expect(root(el).querySelector('[part="crisis"]')!.classList.contains('urgent')).to.equal(false);
    await executeServerCommand('unblock-requests');
    el.query = 'suicide help';
    await waitUntil(() => root(el).querySelector('[part="crisis"]')!.classList.contains('urgent'), 'emphasis once online');
  });

  it('folds the filters again when their chunk cannot be fetched, and opens them on the next press', async () => {
    await executeServerCommand('block-requests', { matching: 'filter-panel' });
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))}></resource-directory>`);
      const toggle = root(el).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
      toggle.click();
      await waitUntil(() => warnings.length > 0, 'a warning about the filters');
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).querySelector('#filter-panel') === null).to.equal(true);
      await executeServerCommand('unblock-requests');
      toggle.click();
      await waitUntil(() => root(el).querySelector('#filter-panel'), 'the panel, once the network is back');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    } finally {
      restore();
    }
  });

  it('keeps showing English while Korean cannot be fetched, and switches once it can', async () => {
    await executeServerCommand('block-requests', { matching: 'translations/ko' });
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory lang="ko" .client=${fakeClient(makeListings(2))}></resource-directory>`);
      await waitUntil(() => warnings.some(([message]) => String(message).includes('한국어')), 'a warning naming the language');
      expect(root(el).querySelector('[part="search-button"]')!.textContent!.trim()).to.equal('Search');
      await executeServerCommand('unblock-requests');
      el.query = 'food';
      await waitUntil(() => root(el).querySelector('[part="base"]')!.getAttribute('lang') === 'ko', 'Korean');
      expect(root(el).querySelector('[part="search-button"]')!.textContent!.trim()).to.not.equal('Search');
    } finally {
      restore();
    }
  });

  it('goes back to the list, and says why in the console, when the map cannot be fetched', async () => {
    await executeServerCommand('block-requests', { matching: 'map-view' });
    const { warnings, restore } = captureWarnings();
    try {
      const listings = makeListings(2).map((listing, index) => ({
        ...listing,
        locations: listing.locations.map((location) => ({ ...location, latitude: 45 + index / 10 })),
      }));
      const el = await fixture<ResourceDirectory>(html`<resource-directory map-tiles="/test/fixtures/map/tile.png?{z}/{x}/{y}" .client=${fakeClient(listings)}></resource-directory>`);
      const mapButton = () => [...root(el).querySelectorAll<HTMLButtonElement>('.view-toggle button')].find((b) => b.textContent!.trim() === 'Map');
      await waitUntil(mapButton, 'the List · Map toggle');
      mapButton()!.click();
      await waitUntil(() => warnings.some(([message]) => String(message).includes('could not load the map')), 'a warning');
      await el.updateComplete;
      expect(mapButton()!.getAttribute('aria-pressed')).to.equal('false');
      expect(root(el).querySelector('.map-region') === null).to.equal(true);
      await executeServerCommand('unblock-requests');
      mapButton()!.click();
      await waitUntil(() => root(el).querySelector('.map-frame')?.shadowRoot?.querySelector('.leaflet-marker-icon'), 'the map, once the network is back', { timeout: 5000 });
    } finally {
      restore();
    }
  });
  // No other test on this page opens a card's details: their chunk is fetched here first.
  it("says in words when a card's details cannot be fetched, and loads them when the visitor tries again", async () => {
    await executeServerCommand('block-requests', { matching: 'card-details' });
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))}></resource-directory>`);
      await waitUntil(() => root(el).querySelector('resource-card'), 'a card');
      const card = root(el).querySelector<ResourceDirectoryCard>('resource-card')!;
      await card.updateComplete;
      const toggle = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!;
      // The region is drawn afresh when the details open.
      const region = () => card.shadowRoot!.querySelector('[part="card-details"]')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(region().querySelector('p')!.textContent).to.equal('The details could not be loaded. Check your connection and try again.');
      expect(region().getAttribute('aria-busy')).to.equal(null);
      await el.updateComplete;
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('The details could not be loaded.');
      expect(warnings.some(([message]) => String(message).includes('could not load the details'))).to.equal(true);
      await expect(el).to.be.accessible();

      // Back online, but slow: "Try again" says the details are on their way until they come.
      await executeServerCommand('unblock-requests');
      await executeServerCommand('hold-requests', { matching: 'card-details', until: 'nothing-requests-this' });
      const retry = region().querySelector<HTMLButtonElement>('button')!;
      expect(retry.textContent).to.equal('Try again');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => region().querySelector('p')?.textContent === 'Loading details…', 'the details on their way');
      expect(region().getAttribute('aria-busy')).to.equal('true');
      expect(deepActive()).to.equal(toggle);
      await expect(el).to.be.accessible();
      await executeServerCommand('release-requests');
      await card.updateComplete;
      expect(region().querySelector('.detail-list dt')!.textContent).to.equal('Locations');
      expect(region().getAttribute('aria-busy')).to.equal(null);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    } finally {
      restore();
    }
  });
});
