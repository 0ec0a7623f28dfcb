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
