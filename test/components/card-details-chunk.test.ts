import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { makeListing } from '../support/listings.js';
import { deepActive } from '../support/dom.js';

before(() => cardDefined);

// The details are a chunk of their own (issue #17): a visitor who points at or focuses "Details" shows intent
// to open them, so their chunk is fetched then, and opening draws them at once. This file must be the first
// in its page to fetch the chunk; offline-chunks.test.ts covers a chunk that cannot be fetched.
const fetched = (path: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(path));

describe('<resource-card> details chunk', () => {
  it('starts fetching the details when "Details" gets keyboard focus, and Enter opens them', async () => {
    // Room for this test's requests: the page's earlier ones may have filled the timing buffer. The chunk is
    // fetched once per page, so a request seen below was made by this test.
    performance.clearResourceTimings();
    const card = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${makeListing()}></resource-card>`);
    const toggle = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!;
    for (let i = 0; i < 10 && deepActive() !== toggle; i += 1) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(toggle);
    await waitUntil(() => fetched('/card/card-details.ts'), 'the details chunk fetched on focus, before they are opened');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');

    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    const region = card.shadowRoot!.querySelector('[part="card-details"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(region.hasAttribute('hidden')).to.equal(false);
    expect(region.hasAttribute('aria-busy')).to.equal(false);
    expect(region.querySelector('.detail-list dt')!.textContent).to.equal('Locations');
    expect(region.querySelector('button')!.textContent).to.equal('Add to contacts');
    expect(deepActive()).to.equal(toggle);
    await expect(card).to.be.accessible();
  });
});
