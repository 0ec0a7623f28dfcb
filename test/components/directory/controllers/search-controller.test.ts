import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ResourceDirectoryClient } from '../../../../src/sdk/index.js';
import { CrisisIntent } from '../../../../src/components/directory/controllers/crisis-intent.js';
import { SearchController, type SearchHost } from '../../../../src/components/directory/controllers/search-controller.js';
import { fakeClient } from '../../../support/fake-client.js';
import { makeListings } from '../../../support/listings.js';
import { viewHost, type ViewHost } from '../../../support/view-host.js';

type Host = ViewHost & SearchHost;

/** A host whose search draws one item per listing shown, searching `client`. */
async function searchHost(client: ResourceDirectoryClient, urlState = false): Promise<{ host: Host; search: SearchController }> {
  let search!: SearchController;
  const host = (await viewHost((el) => {
    search ??= new SearchController(el as Host, { crisis: new CrisisIntent(el as Host & { crisis: string; crisisExpanded: boolean }, () => search.search.text), unit: () => 'km', onRefine: () => undefined });
    return search.listings.map((listing) => listing.name).join(', ');
  })) as Host;
  Object.assign(host, { client, pageSize: 10, near: '', urlState, noFilters: false, crisis: 'none', crisisExpanded: false });
  host.requestUpdate();
  await search.complete;
  return { host, search };
}

describe('SearchController', () => {
  it('searches the client, and draws the results before it says rd-results', async () => {
    const client = fakeClient(makeListings(3));
    let search!: SearchController;
    const host = (await viewHost((el) => {
      search ??= new SearchController(el as Host, { crisis: new CrisisIntent(el as never, () => ''), unit: () => 'km', onRefine: () => undefined });
      return search.listings.length;
    })) as Host;
    Object.assign(host, { client, pageSize: 10, near: '', urlState: false, noFilters: false, crisis: 'none', crisisExpanded: false });
    let drawn: string | null = null;
    host.addEventListener('rd-results', () => (drawn = host.shadowRoot!.querySelector('.base')!.textContent), { once: true });
    host.requestUpdate();
    const results = await oneEvent(host, 'rd-results');
    expect(results.detail).to.include({ total: 3, page: 1 });
    expect(drawn).to.equal('3');
  });

  it('refines from the first page, says rd-search, and keeps the words in the URL when asked', async () => {
    const client = fakeClient(makeListings(12));
    const { host, search } = await searchHost(client, true);
    try {
      const said = oneEvent(host, 'rd-search');
      search.refine({ text: 'Service 1' });
      expect((await said).detail.query).to.include({ text: 'Service 1', page: 1 });
      expect(new URL(location.href).searchParams.get('rd-q')).to.equal('Service 1');
      await search.complete;
      expect(client.calls.at(-1)).to.include({ text: 'Service 1', page: 1 });
    } finally {
      history.replaceState(history.state, '', location.pathname);
    }
  });

  it('adds the next page to the listings shown, and starts again from the first for a new order', async () => {
    const client = fakeClient(makeListings(15));
    const { search } = await searchHost(client);
    expect(search.listings).to.have.length(10);
    search.showMore();
    await waitUntil(() => search.listings.length === 15, 'the second page added');
    search.sortBy('name');
    await search.complete;
    expect(client.calls.at(-1)).to.include({ sort: 'name', page: 1 });
    expect(search.listings).to.have.length(10);
  });

  it('sorts a failure for the visitor and says rd-error', async () => {
    const client = fakeClient([], () => Promise.reject(new Error('down')));
    let search!: SearchController;
    const host = (await viewHost((el) => {
      search ??= new SearchController(el as Host, { crisis: new CrisisIntent(el as never, () => ''), unit: () => 'km', onRefine: () => undefined });
      return '';
    })) as Host;
    Object.assign(host, { client, pageSize: 10, near: '', urlState: false, noFilters: false, crisis: 'none', crisisExpanded: false });
    const failed = oneEvent(host, 'rd-error');
    host.requestUpdate();
    expect((await failed).detail.error).to.be.an('error');
    expect(search.failure.kind).to.equal('unknown');
  });
});
