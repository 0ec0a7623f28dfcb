import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryConfig } from '../../src/config.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListings } from '../support/listings.js';
import { captureWarnings } from '../support/dom.js';

const lastCall = (client: ReturnType<typeof fakeClient>) => client.calls.at(-1)!;


// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

describe('<resource-directory> configuration', () => {
  afterEach(() => {
    delete window.ResourceDirectoryConfig;
  });

  it('passes query, preset categories, page size, and near with radius in miles to the client', async () => {
    const client = fakeClient(makeListings(3));
    await fixture(html`<resource-directory .client=${client} query="food" categories="FOOD, term-housing" page-size="5"
      near="97301" radius="10" units="mi"></resource-directory>`);
    await waitUntil(() => client.calls.length > 0, 'a search');
    const call = lastCall(client);
    expect(call.text).to.equal('food');
    expect(call.categories).to.deep.equal(['FOOD', 'term-housing']);
    expect(call.pageSize).to.equal(5);
    expect(call.near).to.deep.equal({ postcode: '97301' });
    expect(call.radiusKm).to.be.closeTo(16.09, 0.01);
  });

  it('reads coordinates in near and kilometres in units', async () => {
    const client = fakeClient(makeListings(1));
    await fixture(html`<resource-directory .client=${client} near="45.01,-123.02" radius="5" units="km"></resource-directory>`);
    await waitUntil(() => client.calls.length > 0, 'a search');
    expect(lastCall(client).near).to.deep.equal({ latitude: 45.01, longitude: -123.02 });
    expect(lastCall(client).radiusKm).to.equal(5);
  });

  it('hides the search form and the filters when asked to', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))} no-search no-filters></resource-directory>`);
    expect(el.shadowRoot!.querySelector('form') === null, 'no search form').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="filters-toggle"], #filter-panel') === null, 'no filters').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="saved-toggle"]') !== null, 'the saved list stays reachable').to.equal(true);
  });

  it('lays cards out in a grid', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(4))} layout="grid"></resource-directory>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('resource-card').length === 4, 'cards');
    el.style.width = '900px';
    const columns = getComputedStyle(el.shadowRoot!.querySelector('[part="results"]')!).gridTemplateColumns.split(' ');
    expect(columns.length).to.be.greaterThan(1);
  });

  it('takes defaults from window.ResourceDirectoryConfig, with attributes winning', async () => {
    window.ResourceDirectoryConfig = { feed: '/hsds', pageSize: 2, query: 'from config', layout: 'compact', uiLanguages: 'en,es', feedLang: 'es' };
    const el = await fixture<ResourceDirectory>(html`<resource-directory query="from attribute"></resource-directory>`);
    expect([el.uiLanguages, el.feedLang]).to.deep.equal(['en,es', 'es']);
    expect(el.feed).to.equal('/hsds');
    expect(el.pageSize).to.equal(2);
    expect(el.layout).to.equal('compact');
    expect(el.query).to.equal('from attribute');
  });

  describe('every attribute has its window.ResourceDirectoryConfig key', () => {
    /** A directory with one card, under `config`; attributes on the element still win. */
    async function configured(config: ResourceDirectoryConfig): Promise<ResourceDirectory> {
      window.ResourceDirectoryConfig = config;
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))}></resource-directory>`);
      await waitUntil(() => el.shadowRoot!.querySelector('resource-card'), 'a card');
      return el;
    }
    const part = (el: ResourceDirectory, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);
    const card = (el: ResourceDirectory) => el.shadowRoot!.querySelector('resource-card')!;

    it('crisis: none drops the crisis lines', async () => {
      expect(part(await configured({ crisis: 'none' }), 'crisis') === null, 'no crisis lines').to.equal(true);
    });

    it('crisisExpanded opens every crisis line, with no toggle', async () => {
      const el = await configured({ crisisExpanded: true });
      expect(part(el, 'crisis') !== null && part(el, 'crisis-toggle') === null, 'open, no toggle').to.equal(true);
    });

    it('quickExit shows the Exit this page button, and quickExitUrl says where it goes', async () => {
      const el = await configured({ quickExit: true, quickExitUrl: 'https://example.org/weather' });
      expect(part(el, 'quick-exit') !== null, 'an exit button').to.equal(true);
      expect(el.quickExitUrl).to.equal('https://example.org/weather');
    });

    it('staleAfterMonths reaches the cards', async () => {
      expect((await configured({ staleAfterMonths: 6 })).staleAfterMonths).to.equal(6);
      expect(card(await configured({ staleAfterMonths: 6 })).getAttribute('stale-after-months')).to.equal('6');
    });

    it('reportUrl reaches the cards', async () => {
      expect(card(await configured({ reportUrl: 'mailto:data@example.org' })).getAttribute('report-url')).to.equal('mailto:data@example.org');
    });

    it("mapTiles and mapAttribution set the map view's tiles and credit", async () => {
      const el = await configured({ mapTiles: 'https://tiles.example.org/{z}/{x}/{y}.png', mapAttribution: 'Example tiles' });
      expect([el.mapTiles, el.mapAttribution]).to.deep.equal(['https://tiles.example.org/{z}/{x}/{y}.png', 'Example tiles']);
    });

    it('vocabularySrc sets where the everyday words are fetched from', async () => {
      expect((await configured({ vocabularySrc: '/vocabulary.json' })).vocabularySrc).to.equal('/vocabulary.json');
    });

    it('leaves each of these to an attribute on the element', async () => {
      window.ResourceDirectoryConfig = { crisis: 'none', quickExit: true, staleAfterMonths: 6, mapTiles: 'none', vocabularySrc: '/from-config.json' };
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))} crisis="us"
        quick-exit-url="https://example.org/" stale-after-months="18" map-tiles="https://tiles.example.org/{z}/{x}/{y}.png"
        vocabulary-src="/from-attribute.json"></resource-directory>`);
      expect(part(el, 'crisis') !== null, 'crisis lines from the attribute').to.equal(true);
      expect(part(el, 'quick-exit') !== null, 'quick exit from the config').to.equal(true);
      expect([el.staleAfterMonths, el.mapTiles, el.vocabularySrc]).to.deep.equal([18, 'https://tiles.example.org/{z}/{x}/{y}.png', '/from-attribute.json']);
    });
  });

  it('shows a clear message and warns in the console for a feed that is not a URL', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory feed="http://[bad"></resource-directory>`);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('not a valid feed address');
      expect(warnings.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  for (const feed of ['/hsds', '/demo/data/sample-feed.json']) {
    it(`says so when the feed does not know the place in near, on ${feed}`, async () => {
      const el = await fixture<ResourceDirectory>(html`<resource-directory feed=${feed} near="00000" radius="5"></resource-directory>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error', { timeout: 4000 });
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('does not know the place "00000"');
      await expect(el).to.be.accessible();
    });
  }
});
