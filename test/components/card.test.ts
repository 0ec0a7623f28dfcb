import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListing } from '../support/listings.js';


// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

describe('<resource-card>', () => {
  it('renders a listing given as a property', async () => {
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${makeListing()}></resource-card>`);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Riverside Peer Support Group');
    await expect(el).to.be.accessible();
  });

  it('loads one listing by id from a client', async () => {
    const client = fakeClient([makeListing({ id: 'abc', name: 'Crisis Line' })]);
    const el = await fixture<ResourceDirectoryCard>(
      html`<resource-card listing-id="abc" heading-level="2" .client=${client}></resource-card>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'card heading');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Crisis Line');
  });

  it('loads one listing by feed and listing-id from the sample API', async () => {
    const page = await (await fetch('/hsds/services?search=crisis&per_page=1')).json();
    const { id, name } = page.contents[0];
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card feed="/hsds" listing-id=${id}></resource-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h3')?.textContent === name, 'card from the API', { timeout: 4000 });
    await expect(el).to.be.accessible();
  });

  it('says so when the listing does not exist', async () => {
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card feed="/hsds" listing-id="no-such-id"></resource-card>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('could not be found'), 'not found message', { timeout: 4000 });
    await expect(el).to.be.accessible();
  });

  it('shows a badge for temporarily closed services and the provider alert', async () => {
    const listing = makeListing({ status: 'temporarily closed', alert: 'Moved online through March.' });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    expect(el.shadowRoot!.querySelector('[part="card-status"]')!.textContent).to.equal('Temporarily closed');
    expect(el.shadowRoot!.querySelector('[part="card-alert"]')!.textContent).to.contain('Moved online through March.');
    await expect(el).to.be.accessible();
  });

  it('renders hostile feed strings as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const listing = makeListing({ name: payload, summary: payload, alert: payload });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img, script') === null).to.equal(true);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
