import { expect, waitUntil } from '@open-wc/testing';
import { savedListView } from '../../../../src/components/directory/views/saved-list-view.js';
import { text, viewHost } from '../../../support/view-host.js';

describe('savedListView', () => {
  it('draws nothing until its chunk arrives, then the saved list under its heading, and passes axe', async () => {
    localStorage.removeItem('resource-directory:saved');
    const host = await viewHost((el) => savedListView({ localizer: el.localizer, feedLang: 'en', announce: () => undefined, host: el }));
    await waitUntil(() => host.shadowRoot!.querySelector('[part="saved"]'), 'the saved list, drawn again once its chunk arrived');
    expect(text(host.shadowRoot!.querySelector('#saved-title'))).to.equal('Saved services');
    await expect(host).to.be.accessible();
  });
});
