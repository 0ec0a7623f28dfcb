import { expect } from '@open-wc/testing';
import { configErrorView } from '../../../../src/components/directory/views/config-error-view.js';
import { text, viewHost } from '../../../support/view-host.js';

describe('configErrorView', () => {
  it('names a missing feed, and a feed that is not a URL, as an alert', async () => {
    const missing = await viewHost(({ localizer }) => configErrorView(localizer, undefined));
    const message = missing.shadowRoot!.querySelector('[part="message"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(text(message)).to.contain('feed');
    const bad = await viewHost(({ localizer }) => configErrorView(localizer, 'http://['));
    expect(text(bad.shadowRoot!.querySelector('[part="message"]'))).to.contain('http://[');
    expect(text(message)).not.to.equal(text(bad.shadowRoot!.querySelector('[part="message"]')));
    await expect(bad).to.be.accessible();
  });
});
