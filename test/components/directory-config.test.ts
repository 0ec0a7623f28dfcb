import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
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

  it('says so when the feed does not know the place in near', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed="/hsds" near="00000" radius="5"></resource-directory>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('does not know the place "00000"');
    await expect(el).to.be.accessible();
  });
});
