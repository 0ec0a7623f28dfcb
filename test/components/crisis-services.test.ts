import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import type { SearchOptions } from '../../src/sdk/index.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListing } from '../support/listings.js';

const root = (el: ResourceDirectory) => el.shadowRoot!;
const cards = (el: ResourceDirectory) => [...root(el).querySelectorAll<ResourceDirectoryCard>('resource-card')];
const status = (el: ResourceDirectory) => root(el).querySelector('[part="status"]')?.textContent ?? '';

// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

describe('a crisis in the visitor\'s own words finds local crisis services', () => {
  for (const feed of ['/hsds', '/demo/data/sample-feed.json']) {
    it(`"i want to kill myself" on ${feed}: crisis lines emphasised, local crisis services listed, words kept`, async () => {
      const el = await fixture<ResourceDirectory>(html`<resource-directory feed=${feed}></resource-directory>`);
      await waitUntil(() => cards(el).length > 0, 'first results', { timeout: 8000 });
      root(el).querySelector('input')!.value = 'i want to kill myself';
      root(el).querySelector('form')!.requestSubmit();
      await waitUntil(() => root(el).querySelector('[part="crisis"]')!.classList.contains('urgent'), 'emphasis');
      await el.searchComplete;
      await waitUntil(() => cards(el).length > 0, 'crisis services listed', { timeout: 8000 });
      await Promise.all(cards(el).map((card) => card.updateComplete));
      const names = cards(el).map((card) => card.listing?.name ?? '');
      expect(names.some((name) => /crisis|domestic violence/i.test(name)), names.join(', ')).to.equal(true);
      expect(status(el)).to.not.match(/\b0 services/);
      expect(root(el).querySelector('input')!.value).to.equal('i want to kill myself');
      // The crisis strip comes before the results.
      const strip = root(el).querySelector('[part="crisis"]')!;
      expect(strip.compareDocumentPosition(cards(el)[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the crisis services first when the words also found other services, each listing once, the count exact', async () => {
    const crisisCategory = { id: 't-crisis', name: 'Crisis hotlines' };
    const lifeline = makeListing({ id: 'lifeline', name: 'County Crisis Line', categories: [crisisCategory] });
    const shelter = makeListing({ id: 'dv', name: 'Safe Harbor Shelter', categories: [crisisCategory] });
    // "feeling hopeless" matches eleven homeless services and, on its second page, the shelter.
    const matches = [...Array.from({ length: 11 }, (_, i) => makeListing({ id: `home-${i + 1}`, name: `Homeless Service ${i + 1}` })), shelter];
    const client = fakeClient([], ({ text, categories = [], page = 1, pageSize = 10 }: SearchOptions) => {
      const found = [lifeline, ...matches].filter(
        (listing) => (!text || matches.includes(listing)) && categories.every((id) => listing.categories.some((category) => category.id === id)),
      );
      return { items: found.slice((page - 1) * pageSize, page * pageSize), total: found.length, page, pageSize, totalPages: Math.ceil(found.length / pageSize), issues: [] };
    });
    client.categories = async () => [{ id: 't-food', name: 'Food' }, crisisCategory];
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    root(el).querySelector('input')!.value = 'feeling hopeless';
    root(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => cards(el)[0]?.listing?.id === 'lifeline', 'the crisis services first');
    await el.searchComplete;
    expect(cards(el).map((card) => card.listing!.id).slice(0, 3)).to.deep.equal(['lifeline', 'dv', 'home-1']);
    expect(status(el)).to.contain('13 services found');
    root(el).querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await waitUntil(() => !root(el).querySelector('[part="more-button"]'), 'every page shown');
    const ids = cards(el).map((card) => card.listing!.id);
    expect(ids.length).to.equal(13);
    expect(new Set(ids).size).to.equal(13);
    await expect(el).to.be.accessible();
  });

  for (const feed of ['/hsds', '/demo/data/sample-feed.json']) {
    it(`"depression" on ${feed}: crisis services first, then the groups the word finds, each once, the count exact`, async () => {
      const el = await fixture<ResourceDirectory>(html`<resource-directory feed=${feed}></resource-directory>`);
      await waitUntil(() => cards(el).length > 0, 'first results', { timeout: 8000 });
      const everything = status(el);
      root(el).querySelector('input')!.value = 'depression';
      root(el).querySelector('form')!.requestSubmit();
      await waitUntil(async () => (await el.searchComplete, status(el).startsWith('If you are in crisis') && !status(el).endsWith(everything)), 'the results', { timeout: 8000 });
      const total = Number(/(\d+) services found/.exec(status(el))![1]);
      for (let more = root(el).querySelector<HTMLButtonElement>('[part="more-button"]'); more; more = root(el).querySelector('[part="more-button"]')) {
        const before = cards(el).length;
        more.click();
        await waitUntil(() => cards(el).length > before, 'more cards', { timeout: 5000 });
      }
      const listings = cards(el).map((card) => card.listing!);
      const isCrisis = listings.map((listing) => listing.categories.some((category) => /crisis|suicid|domestic violence/i.test(category.name)));
      // A page of the feed's crisis services (it has more than ten) leads; the groups follow.
      expect(isCrisis.indexOf(false), listings.map((listing) => listing.name).join(', ')).to.equal(10);
      expect(listings.length).to.equal(total);
      expect(new Set(listings.map((listing) => listing.id)).size).to.equal(total);
    });
  }

  it('finds crisis categories by AIRS/211 code as well as by name, and only those', async () => {
    const shelter = makeListing({ id: 'dv', name: 'Casa Segura' });
    const client = fakeClient([], (options: SearchOptions) => {
      const items = options.categories?.includes('t-dv') ? [shelter] : [];
      return { items, total: items.length, page: 1, pageSize: 10, totalPages: 1, issues: [] };
    });
    client.categories = async () => [
      { id: 't-food', code: 'BD-1800', name: 'Food' },
      { id: 't-substance', name: 'Substance abuse treatment' },
      { id: 't-dv', code: 'BH-1800.1500-100', name: 'Refugios' },
    ];
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    root(el).querySelector('input')!.value = 'my husband hits me';
    root(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => cards(el).length === 1, 'the shelter');
    expect(client.calls.filter((call) => call.categories).map((call) => call.categories)).to.deep.equal([['t-dv']]);
  });

  it('keeps the literal result when the crisis services cannot be fetched', async () => {
    const client = fakeClient([]);
    client.categories = () => Promise.reject(new Error('categories down'));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    root(el).querySelector('input')!.value = 'no reason to live';
    root(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('[part="crisis"]')!.classList.contains('urgent'), 'emphasis');
    await el.searchComplete;
    expect(cards(el).length).to.equal(0);
    expect(status(el)).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('leaves an ordinary search with no results alone', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed="/demo/data/sample-feed.json"></resource-directory>`);
    await waitUntil(() => cards(el).length > 0, 'first results', { timeout: 8000 });
    root(el).querySelector('input')!.value = 'zzqx pest control';
    root(el).querySelector('form')!.requestSubmit();
    await el.searchComplete;
    await waitUntil(() => cards(el).length === 0, 'no results');
    expect(root(el).querySelector('[part="crisis"]')!.classList.contains('urgent')).to.equal(false);
  });
});
