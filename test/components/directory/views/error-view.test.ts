import { expect } from '@open-wc/testing';
import type { Failure } from '../../../../src/sdk/index.js';
import { errorView } from '../../../../src/components/directory/views/error-view.js';
import { text, viewHost } from '../../../support/view-host.js';

const render = (failure: Failure, options: { error?: unknown; near?: string; onRetry?: () => void } = {}) =>
  viewHost(({ localizer }) => errorView({ localizer, failure, error: options.error, near: options.near ?? '', onRetry: options.onRetry ?? (() => undefined) }));

describe('errorView', () => {
  it('offers a retry when trying again can help, and 211 always, and passes axe', async () => {
    let retried = 0;
    const host = await render({ kind: 'offline' }, { onRetry: () => retried++ });
    const message = host.shadowRoot!.querySelector('[part="message"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    host.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    expect(retried).to.equal(1);
    expect(message.querySelector('a[href="tel:211"]')).to.exist;
    await expect(host).to.be.accessible();
  });

  it("has no retry for the site's own faults: a missing feed", async () => {
    const host = await render({ kind: 'not-found' });
    expect(host.shadowRoot!.querySelectorAll('[part="retry-button"]')).to.have.length(0);
  });

  it('names a short wait a busy feed asks for, and says "later" past ten minutes', async () => {
    const soon = await render({ kind: 'busy', retryAfterMs: 120_000 });
    const later = await render({ kind: 'busy', retryAfterMs: 3_600_000 });
    expect(text(soon.shadowRoot!.querySelector('[part="message"]'))).to.match(/\b2\b/);
    expect(text(later.shadowRoot!.querySelector('[part="message"]'))).not.to.match(/\b60\b/);
  });

  it('says the place is unknown when the feed answers 400 to a search near it', async () => {
    const host = await render({ kind: 'unknown' }, { error: { status: 400 }, near: '00000' });
    expect(text(host.shadowRoot!.querySelector('[part="message"]'))).to.contain('00000');
    expect(host.shadowRoot!.querySelector('[part="retry-button"]')).to.exist;
  });
});
