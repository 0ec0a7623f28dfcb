import { expect } from '@open-wc/testing';
import { loadingView } from '../../../../src/components/directory/views/loading-view.js';
import { text, viewHost } from '../../../support/view-host.js';

describe('loadingView', () => {
  it('says it is loading, busy, over three placeholders, and passes axe', async () => {
    const host = await viewHost(({ localizer }) => loadingView(localizer));
    const loading = host.shadowRoot!.querySelector('.loading')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(text(loading.querySelector('[part="status"]'))).to.equal('Loading services…');
    expect(loading.querySelectorAll('.skeleton')).to.have.length(3);
    await expect(host).to.be.accessible();
  });
});
