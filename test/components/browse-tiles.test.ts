import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { Category } from '../../src/sdk/model.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListings } from '../support/listings.js';
import { deepActive } from '../support/dom.js';

// Issue #14 item 5: before a search, the feed's top categories as tiles with icons (at most 8, "All categories"
// for the rest); after one, the filters in force as removable chips.

before(() => cardDefined);

const root = (el: Element) => el.shadowRoot!;
const names = ['Food', 'Housing and shelter', 'Outpatient mental health', 'Support groups', 'Transportation', 'Clothing', 'Legal aid', 'Dental care', 'Libraries', 'Tax help'];
const needs = ['food', 'housing', 'mental-health', 'support-groups', 'transportation', 'clothing', 'legal', 'dental', undefined, 'tax-help'] as const;
const CATEGORIES: Category[] = names.map((name, i) => ({ id: `c${i + 1}`, name, services: 40 - i * 3, need: needs[i] }));

function clientWith(categories = CATEGORIES) {
  const client = fakeClient(makeListings(3));
  client.categories = async () => categories;
  return client;
}

const tiles = (el: ResourceDirectory) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="browse-tile"]')];
const chips = (el: ResourceDirectory) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="remove-filter"]')];
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

async function directory(client = clientWith(), attributes: { categories?: string } = {}): Promise<ResourceDirectory> {
  const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client} categories=${attributes.categories ?? ''}></resource-directory>`);
  await waitUntil(() => root(el).querySelectorAll('resource-card').length > 0, 'cards');
  return el;
}

describe('browse tiles', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the top eight categories with an icon and their number of services, and "All categories"', async () => {
    const el = await directory();
    await waitUntil(() => tiles(el).length, 'the tiles');
    expect(tiles(el).map(text)).to.deep.equal(CATEGORIES.slice(0, 8).map((category) => `${category.name} ${category.services} ${category.services} services`));
    expect(tiles(el).every((tile) => tile.querySelector('svg[aria-hidden="true"] path'))).to.equal(true);
    expect(text(root(el).querySelector('[part="browse-all"]')!)).to.equal('All categories');
    expect(root(el).querySelector('[part="browse"] h2')!.textContent).to.equal('Browse by category');
  });

  it('offers no "All categories" when every category has a tile, and no tiles for a feed without categories', async () => {
    const few = await directory(clientWith(CATEGORIES.slice(0, 3)));
    await waitUntil(() => tiles(few).length === 3, 'three tiles');
    expect(root(few).querySelector('[part="browse-all"]')).to.equal(null);
    const none = await directory(clientWith([]));
    await none.searchComplete;
    expect(root(none).querySelector('[part="browse"]')).to.equal(null);
  });

  it('searches a category chosen from the keyboard, then shows it as a chip and moves focus to the status line', async () => {
    const client = clientWith();
    const el = await directory(client);
    await waitUntil(() => tiles(el).length, 'the tiles');
    tiles(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => client.calls.at(-1)?.categories?.[0] === 'c2', 'a search for the category');
    await waitUntil(() => deepActive()?.getAttribute('part') === 'status', 'focus on the status line');
    await waitUntil(() => chips(el).length, 'the chip');
    expect(tiles(el)).to.deep.equal([]);
    expect(chips(el).map(text)).to.deep.equal(['Housing and shelter']);
    expect(chips(el)[0]!.getAttribute('aria-label')).to.equal('Remove filter: Housing and shelter');
  });

  it('opens the whole list of categories from "All categories", focus on its first', async () => {
    const el = await directory();
    await waitUntil(() => root(el).querySelector('[part="browse-all"]'), '"All categories"');
    root(el).querySelector<HTMLButtonElement>('[part="browse-all"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.closest('#filter-panel'), 'focus in the filter panel');
    expect(root(el).querySelector('[part="filters-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(text(deepActive()!.closest('label')!)).to.equal('Food');
  });

  for (const [width, height] of [[320, 640], [390, 844], [1280, 900]] as const) {
    it(`passes axe with the tiles and then with the chips at ${width} px, with no sideways scrolling`, async () => {
      await setViewport({ width, height });
      const el = await directory();
      await waitUntil(() => tiles(el).length, 'the tiles');
      await expect(el).to.be.accessible();
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      tiles(el)[0]!.click();
      await waitUntil(() => chips(el).length, 'the chip');
      await el.searchComplete;
      await expect(el).to.be.accessible();
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      const small = [...tiles(el), ...chips(el)].filter((control) => control.getBoundingClientRect().height < 24 || control.getBoundingClientRect().width < 24);
      expect(small).to.deep.equal([]);
    });
  }
});

describe('filter chips', () => {
  it('removes a filter from the keyboard, searches again and puts focus on the chip now in its place, then on the status line', async () => {
    const client = clientWith();
    const el = await directory(client, { categories: 'c1,c3' });
    await waitUntil(() => chips(el).length === 2, 'two chips');
    expect(chips(el).map(text)).to.deep.equal(['Food', 'Outpatient mental health']);
    chips(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => client.calls.at(-1)?.categories?.join() === 'c3', 'a search without Food');
    await waitUntil(() => chips(el).length === 1 && deepActive() === chips(el)[0], 'focus on the remaining chip');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => client.calls.at(-1)?.categories === undefined, 'a search without categories');
    await waitUntil(() => deepActive()?.getAttribute('part') === 'status', 'focus on the status line');
    expect(chips(el)).to.deep.equal([]);
    await waitUntil(() => tiles(el).length, 'the tiles back');
  });

  it('shows neither tiles nor chips when the page hides the filters', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${clientWith()} categories="c1" no-filters></resource-directory>`);
    await waitUntil(() => root(el).querySelectorAll('resource-card').length > 0, 'cards');
    await import('../../src/components/directory/filter-chips.js'); // had it been drawn, it would have come
    await el.updateComplete;
    expect(chips(el).length).to.equal(0);
    el.categories = '';
    await el.searchComplete;
    expect(tiles(el).length).to.equal(0);
  });

  it('shows free, open now and a spoken language as chips too, each removable', async () => {
    const client = clientWith();
    const el = await directory(client, { categories: 'c1' });
    const panel = await import('../support/filters.js').then(({ openFilters }) => openFilters(el));
    panel.querySelector<HTMLInputElement>('input[name="open-now"]')!.click();
    const language = panel.querySelector<HTMLSelectElement>('select[name="language"]')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    await waitUntil(() => chips(el).length === 3, 'three chips');
    expect(chips(el).map((chip) => chip.getAttribute('aria-label'))).to.deep.equal([
      'Remove filter: Food',
      'Remove filter: Open now',
      'Remove filter: Language spoken: Spanish',
    ]);
    chips(el)[1]!.click();
    await waitUntil(() => chips(el).length === 2, 'open now removed');
    expect(client.calls.at(-1)?.openAt).to.equal(undefined);
    expect(panel.isConnected ? (root(el).querySelector<HTMLInputElement>('input[name="open-now"]')?.checked ?? false) : false).to.equal(false);
  });
});
