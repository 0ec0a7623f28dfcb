import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import type { SearchResult } from '../../src/sdk/index.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListing, makeListings } from '../support/listings.js';
import { openFilters } from '../support/filters.js';
import { deepActive } from '../support/dom.js';

const root = (el: ResourceDirectory) => el.shadowRoot!;
const cards = (el: ResourceDirectory) => [...root(el).querySelectorAll<ResourceDirectoryCard>('resource-card')];

function withCategories() {
  const client = fakeClient(makeListings(3));
  client.categories = async () => [
    { id: 'term-food', code: 'FOOD', name: 'Food' },
    { id: 'term-housing', code: 'HOUSING', name: 'Housing and shelter' },
  ];
  return client;
}


// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

describe('<resource-directory> search and filters', () => {
  it('shows category chips from the feed, and a chip click searches and fires rd-search', async () => {
    const client = withCategories();
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await openFilters(el);
    await waitUntil(() => root(el).querySelectorAll('[part="filter-chip"]').length === 2, 'chips');
    const food = root(el).querySelector<HTMLInputElement>('[part="filter-chip"] input')!;
    setTimeout(() => food.click());
    const event = await oneEvent(el, 'rd-search');
    expect(event.detail.query.categories).to.deep.equal(['term-food']);
    await waitUntil(() => client.calls.at(-1)?.categories?.[0] === 'term-food', 'filtered search');
    await expect(el).to.be.accessible();
  });

  it('keeps filters folded behind a toggle that counts the active ones', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${withCategories()} categories="FOOD"></resource-directory>`);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Filters (1 on)');
    expect(root(el).querySelector('#filter-panel') === null, 'no panel while folded').to.equal(true);
    expect(toggle.hasAttribute('aria-controls')).to.equal(false);
    const panel = await openFilters(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
    await waitUntil(() => root(el).querySelectorAll('[part="filter-chip"]').length === 2, 'chips');
    await expect(el).to.be.accessible();
  });

  it('checks the chip of a preset category given by code', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${withCategories()} categories="HOUSING"></resource-directory>`);
    await openFilters(el);
    await waitUntil(() => root(el).querySelectorAll('[part="filter-chip"]').length === 2, 'chips');
    const checked = [...root(el).querySelectorAll<HTMLInputElement>('[part="filter-chip"] input')].map((input) => input.checked);
    expect(checked).to.deep.equal([false, true]);
  });

  it('filters by free services and by language spoken', async () => {
    const client = fakeClient(makeListings(3));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await waitUntil(() => cards(el).length === 3, 'cards');
    await openFilters(el);
    root(el).querySelector<HTMLInputElement>('.check input')!.click();
    await waitUntil(() => client.calls.at(-1)?.free === true, 'free filter');
    const select = root(el).querySelector<HTMLSelectElement>('select[name="language"]')!;
    expect([...select.options].map((option) => option.textContent)).to.include('Spanish');
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => client.calls.at(-1)?.languages?.[0] === 'es', 'language filter');
  });

  it('moves focus to the first new card after "show more"', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(15))}></resource-directory>`);
    await waitUntil(() => cards(el).length === 10, 'first page');
    root(el).querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await waitUntil(() => cards(el).length === 15, 'second page');
    await waitUntil(() => deepActive()?.textContent === 'Service 11', 'focus on the first new card');
  });

  it('fires rd-results after rendering, and offers to clear filters when nothing matches', async () => {
    const client = fakeClient(makeListings(2));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    const results = await oneEvent(el, 'rd-results');
    expect(results.detail).to.include({ total: 2, page: 1, stale: false });
    const input = root(el).querySelector('input')!;
    input.value = 'no such thing';
    root(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('[part="message"]'), 'empty state');
    root(el).querySelector<HTMLButtonElement>('[part="message"] button')!.click();
    await waitUntil(() => cards(el).length === 2, 'cleared');
    expect(client.calls.at(-1)!.text).to.equal(undefined);
    expect(deepActive()).to.equal(root(el).querySelector('#keyword'));
  });

  it('never lets an older response replace a newer one', async () => {
    const client = fakeClient([], async (options) => {
      const slow = options.text === 'slow';
      await new Promise((resolve) => setTimeout(resolve, slow ? 200 : 10));
      if (options.signal?.aborted) throw options.signal.reason;
      const items = [makeListing({ id: options.text ?? 'all', name: `Result for ${options.text ?? 'all'}` })];
      return { items, total: 1, page: 1, pageSize: 10, totalPages: 1, issues: [] } satisfies SearchResult;
    });
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await waitUntil(() => cards(el).length === 1, 'initial');
    const input = root(el).querySelector('input')!;
    input.value = 'slow';
    root(el).querySelector('form')!.requestSubmit();
    await el.updateComplete;
    input.value = 'fast';
    root(el).querySelector('form')!.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cards(el)[0].listing!.name).to.equal('Result for fast');
    expect(client.calls.find((call) => call.text === 'slow')!.signal!.aborted).to.equal(true);
  });

  it('shows cached results with a notice when the feed is unreachable', async () => {
    const client = fakeClient([], (options) => ({
      items: makeListings(2), total: 2, page: options.page ?? 1, pageSize: 10, totalPages: 1, issues: [], stale: true,
    }));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await waitUntil(() => root(el).querySelector('[part="notice"]'), 'stale notice');
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('last results saved on this device');
    expect(cards(el).length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('keeps the search out of the page URL unless url-state is set', async () => {
    const before = location.href;
    const client = fakeClient(makeListings(2));
    const plain = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    root(plain).querySelector('input')!.value = 'food';
    root(plain).querySelector('form')!.requestSubmit();
    await plain.updateComplete;
    expect(location.href).to.equal(before);

    const linked = await fixture<ResourceDirectory>(html`<resource-directory .client=${client} url-state></resource-directory>`);
    root(linked).querySelector('input')!.value = 'food bank';
    root(linked).querySelector('form')!.requestSubmit();
    await linked.updateComplete;
    expect(new URL(location.href).searchParams.get('rd-q')).to.equal('food bank');
    const restored = await fixture<ResourceDirectory>(html`<resource-directory .client=${client} url-state></resource-directory>`);
    await waitUntil(() => client.calls.at(-1)?.text === 'food bank', 'search restored from the URL');
    expect(restored.shadowRoot!.querySelector('input')!.value).to.equal('food bank');
    history.replaceState(null, '', before);
  });
});
