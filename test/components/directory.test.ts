import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListing, makeListings } from '../support/listings.js';

const cards = (el: ResourceDirectory) => [...el.shadowRoot!.querySelectorAll<ResourceDirectoryCard>('resource-card')];

async function settle(el: ResourceDirectory, count: number): Promise<void> {
  await waitUntil(() => cards(el).length === count, `expected ${count} cards`);
  await Promise.all(cards(el).map((card) => card.updateComplete));
}


// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

describe('<resource-directory>', () => {
  it('renders one card per listing, with the name as a heading, organization, phone and town', async () => {
    const client = fakeClient([makeListing(), makeListing({ id: 'svc-2', name: 'Food Pantry', organization: undefined })]);
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await settle(el, 2);
    const first = cards(el)[0].shadowRoot!;
    expect(first.querySelector('h3')!.textContent).to.equal('Riverside Peer Support Group');
    expect(first.querySelector('[part="card-organization"]')!.textContent).to.contain('Cedar Valley Peer Alliance');
    expect(first.querySelector('[part="card-summary"]')!.textContent).to.contain('weekly peer-led group');
    expect(first.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+15035550142');
    expect(first.querySelector('[part="card-contact"]')!.textContent).to.contain('Millbrook');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('2 services found');
    await expect(el).to.be.accessible();
  });

  it('searches with the keyword the visitor submits', async () => {
    const client = fakeClient([makeListing(), makeListing({ id: 'svc-2', name: 'Food Pantry' })]);
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await settle(el, 2);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'food';
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(el, 1);
    expect(client.calls.at(-1)).to.include({ text: 'food', page: 1 });
    expect(el.shadowRoot!.querySelector('form')!.getAttribute('role')).to.equal('search');
  });

  it('shows more results on request, keeping the ones already shown', async () => {
    const client = fakeClient(makeListings(25));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client} page-size="10"></resource-directory>`);
    await settle(el, 10);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await settle(el, 20);
    expect(client.calls.at(-1)).to.include({ page: 2, pageSize: 10 });
    expect(cards(el)[0].listing!.name).to.equal('Service 1');
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    let release!: () => void;
    const pending = new Promise<void>((resolve) => (release = resolve));
    const client = fakeClient(makeListings(3), async (options) => {
      await pending;
      return { items: makeListings(3), total: 3, page: options.page ?? 1, pageSize: 10, totalPages: 1, issues: [] };
    });
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[aria-busy="true"]'), 'loading state');
    await expect(el).to.be.accessible();
    release();
    await settle(el, 3);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]') === null).to.equal(true);
  });

  it('announces loading and then the count through one live region that stays in place', async () => {
    let release!: () => void;
    const pending = new Promise<void>((resolve) => (release = resolve));
    const client = fakeClient([], async (options) => {
      await pending;
      return { items: makeListings(3), total: 3, page: options.page ?? 1, pageSize: 10, totalPages: 1, issues: [] };
    });
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    const regions = () => [...el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')];
    await waitUntil(() => regions()[0]?.textContent === 'Loading services…', 'loading announced');
    const region = regions()[0];
    release();
    await waitUntil(() => region.textContent === '3 services found', 'count announced in the same region');
    expect(regions().length).to.equal(1);
    expect(regions()[0] === region).to.equal(true);
  });

  it('announces the same notice twice when it happens twice, and drops a notice when a new search starts', async () => {
    const shareBefore = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    const clipboard = navigator.clipboard;
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} crisis="none"></resource-directory>`);
      await settle(el, 2);
      const region = el.shadowRoot!.querySelector('.base > [role="status"]')!;
      const share = (card: ResourceDirectoryCard) => [...card.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Share')!.click();
      share(cards(el)[0]);
      await waitUntil(() => region.textContent!.startsWith('Copied to clipboard'), 'first copy announced');
      const first = region.textContent;
      share(cards(el)[1]);
      await waitUntil(() => region.textContent !== first, 'second copy changes the region');
      expect(region.textContent!.trim()).to.equal('Copied to clipboard');
      el.query = 'Service 2';
      await settle(el, 1);
      expect(region.textContent).to.equal('1 service found');
    } finally {
      if (shareBefore) Object.defineProperty(Navigator.prototype, 'share', shareBefore);
      else delete (Navigator.prototype as { share?: unknown }).share;
      Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    }
  });

  it('says so when nothing matches, and suggests 211', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient([])}></resource-directory>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="message"]'), 'empty state');
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('No services match');
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('211');
    await expect(el).to.be.accessible();
  });

  it('shows a plain-language error with a retry button when the feed fails, and retries', async () => {
    let fail = true;
    const client = fakeClient(makeListings(2), (options) => {
      if (fail) throw new Error('feed down');
      return { items: makeListings(2), total: 2, page: options.page ?? 1, pageSize: 10, totalPages: 1, issues: [] };
    });
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="retry-button"]'), 'error state');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not load services');
    expect(el.shadowRoot!.querySelector('[role="alert"] a[href="tel:211"]') !== null).to.equal(true);
    await expect(el).to.be.accessible();
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await settle(el, 2);
  });

  it('sends typed events that cross an enclosing shadow root to the document', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('resource-directory');
    el.client = fakeClient(makeListings(2));
    const seen: string[] = [];
    const record = (event: Event) => seen.push(event.type);
    document.addEventListener('rd-results', record);
    document.addEventListener('rd-search', record);
    try {
      shadow.append(el);
      await waitUntil(() => seen.includes('rd-results'), 'rd-results on document');
      el.shadowRoot!.querySelector('input')!.value = 'x';
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await waitUntil(() => seen.includes('rd-search'), 'rd-search on document');
    } finally {
      document.removeEventListener('rd-results', record);
      document.removeEventListener('rd-search', record);
    }
  });

  it('fires rd-error with the error when the feed fails', async () => {
    const failure = new Error('feed down');
    const client = fakeClient([], () => Promise.reject(failure));
    const el = document.createElement('resource-directory');
    el.client = client;
    setTimeout(() => document.body.append(el));
    const event = await oneEvent(document.body, 'rd-error');
    expect(event.detail.error).to.equal(failure);
    el.remove();
  });

  it('explains a missing feed inside the element instead of staying blank', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory></resource-directory>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('feed attribute');
    await expect(el).to.be.accessible();
  });

  it('loads real cards from the sample HSDS API', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed="/hsds" page-size="5"></resource-directory>`);
    await settle(el, 5);
    const titles = cards(el).map((card) => card.shadowRoot!.querySelector('h3')!.textContent);
    expect(titles.every((title) => title && title.length > 0)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.match(/\d+ services found/);
  });
});
