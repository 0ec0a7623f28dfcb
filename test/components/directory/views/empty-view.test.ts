import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SearchResult } from '../../../../src/sdk/index.js';
import { crisisLinesFor } from '../../../../src/components/crisis/crisis-lines.js';
import { emptyView } from '../../../../src/components/directory/views/empty-view.js';
import { text, viewHost, type ViewHost } from '../../../support/view-host.js';

const result: SearchResult = { items: [], total: 0, page: 1, pageSize: 10, totalPages: 0, issues: [] };

function render(options: { hasFilters: boolean; onClearFilters?: () => void }): Promise<ViewHost> {
  return viewHost((host) =>
    emptyView({
      localizer: host.localizer,
      search: { text: 'fod pantri' },
      result,
      feedLang: 'en',
      crisisLines: crisisLinesFor('us'),
      crisisPrefix: '',
      hasFilters: options.hasFilters,
      onClearFilters: options.onClearFilters ?? (() => undefined),
      onRefine: () => undefined,
      requestUpdate: () => host.requestUpdate(),
    }),
  );
}

describe('emptyView', () => {
  // First: the chunk loads once per page, so no earlier test in this file may have fetched it.
  it('shows the plain message until its chunk arrives, then the words quoted back, and passes axe', async () => {
    await executeServerCommand('block-requests', { matching: 'no-results' });
    let host: ViewHost;
    try {
      host = await render({ hasFilters: false });
      expect(text(host.shadowRoot!.querySelector('[part="status"]'))).to.equal('0 services found');
      expect(text(host.shadowRoot!.querySelector('[part="message"]'))).to.contain('No services match your search.');
    } finally {
      await executeServerCommand('unblock-requests');
    }
    host.requestUpdate(); // the blocked fetch failed: drawing again fetches the chunk again
    await waitUntil(() => text(host.shadowRoot!.querySelector('[part="message"]')).includes('fod pantri'), 'the words quoted, once the chunk arrives');
    await expect(host).to.be.accessible();
  });

  it('offers to clear the filters only when there are some, and always 211', async () => {
    let cleared = 0;
    const filtered = await render({ hasFilters: true, onClearFilters: () => cleared++ });
    const clear = [...filtered.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="message"] button')].find((button) => text(button) === 'Clear search and filters')!;
    clear.click();
    expect(cleared).to.equal(1);
    const plain = await render({ hasFilters: false });
    expect([...plain.shadowRoot!.querySelectorAll('[part="message"] button')].map(text)).not.to.include('Clear search and filters');
    expect(plain.shadowRoot!.querySelector('[part="message"] a[href="tel:211"]')).to.exist;
  });
});
