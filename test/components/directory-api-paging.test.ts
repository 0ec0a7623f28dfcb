import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { fakeClient } from '../support/fake-client.js';
import { openFilters } from '../support/filters.js';
import { makeListings } from '../support/listings.js';

const root = (el: ResourceDirectory) => el.shadowRoot!;
const cardCount = (el: ResourceDirectory) => root(el).querySelectorAll('resource-card').length;
const statusText = (el: ResourceDirectory) => [...root(el).querySelectorAll('.status')].map((p) => p.textContent!.trim()).join(' | ');

before(() => cardDefined);

describe('<resource-directory> counts on an HSDS API', () => {
  it('with Free and a language, the count is what can be shown: never "Showing 0 of N"', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed="/hsds" page-size="5"></resource-directory>`);
    await waitUntil(() => cardCount(el) === 5, 'the first page', { timeout: 5000 });
    const panel = await openFilters(el);
    panel.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click(); // Free
    await waitUntil(() => el.searchComplete);
    const language = panel.querySelector<HTMLSelectElement>('select[name="language"]')!;
    language.value = 'vi';
    language.dispatchEvent(new Event('change'));
    await waitUntil(async () => (await el.searchComplete, /\b[1-9]\d* services? found/.test(statusText(el)) && !root(el).querySelector('.loading')), 'filtered results', { timeout: 5000 });
    const total = Number(/(\d+) services? found/.exec(statusText(el))![1]);
    for (let more = root(el).querySelector<HTMLButtonElement>('[part="more-button"]'); more; more = root(el).querySelector('[part="more-button"]')) {
      expect(statusText(el)).to.not.match(/Showing 0 of/);
      const before = cardCount(el);
      more.click();
      await waitUntil(() => cardCount(el) > before, 'more cards', { timeout: 5000 });
    }
    expect(cardCount(el)).to.equal(total);
    expect(total).to.be.greaterThan(0);
    const ids = [...root(el).querySelectorAll('resource-card')].map((card) => (card as HTMLElement & { listing: { id: string } }).listing.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('says "At least N" when the API had more records than the SDK looked through', async () => {
    const listings = makeListings(3);
    const client = fakeClient(listings, () => ({ items: listings, total: 3, page: 1, pageSize: 10, totalPages: 1, issues: [], totalIsLowerBound: true }));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await waitUntil(() => cardCount(el) === 3, 'cards');
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('At least 3 services found');
  });

  it('asks the SDK for the chosen order, from the first page again, and keeps its order', async () => {
    const client = fakeClient(makeListings(15));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await waitUntil(() => cardCount(el) === 10, 'first page');
    root(el).querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await waitUntil(() => cardCount(el) === 15, 'second page');
    const sort = (await openFilters(el)).querySelector<HTMLSelectElement>('select[name="sort"]')!;
    sort.value = 'name';
    sort.dispatchEvent(new Event('change'));
    await waitUntil(() => client.calls.at(-1)?.sort === 'name', 'a search sorted by name');
    expect(client.calls.at(-1)!.page).to.equal(1);
    await waitUntil(() => cardCount(el) === 10, 'the first page again');
    const names = [...root(el).querySelectorAll('resource-card')].map((card) => (card as HTMLElement & { listing: { name: string } }).listing.name);
    expect(names).to.deep.equal(makeListings(10).map((listing) => listing.name)); // as the SDK ordered them
  });
});
