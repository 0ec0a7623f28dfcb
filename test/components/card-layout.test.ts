import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { fakeClient } from '../support/fake-client.js';
import { afterRenderingUpdate, deepActive, layOutEveryCard } from '../support/dom.js';
import { makeListing, makeListings } from '../support/listings.js';

// The card of issue #14: on a 390×844 phone, name, provider, one status line, a two-line summary, distance and
// town, one primary action, a row of at most three secondary actions (the rest under More) and Details, in
// 320 px or less; the phone number once, one way; list, grid and compact layouts that differ.

before(() => cardDefined);

const root = (el: Element) => el.shadowRoot!;
const cards = (el: ResourceDirectory) => [...root(el).querySelectorAll<ResourceDirectoryCard>('resource-card')];
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const secondary = (card: ResourceDirectoryCard) => [...root(card).querySelectorAll<HTMLElement>('[part="card-actions"] > [part="card-action"]')];
const labels = (elements: Element[]) => elements.map((element) => element.textContent!.replace(/\s+/g, ' ').trim());

/** Date.now() and `new Date()` at a fixed instant, as in the screenshots: Tuesday 3 March 2026, 2:30 PM in Oregon. */
function freezeClock(at = Date.parse('2026-03-03T14:30:00-08:00')): () => void {
  const RealDate = Date;
  const offset = at - RealDate.now();
  globalThis.Date = class extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date>) {
      if (args.length) super(...args);
      else super(RealDate.now() + offset);
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  } as DateConstructor;
  return () => (globalThis.Date = RealDate);
}

/** A host page: the sample API feed in a page with 16 px margins and a serif font, like the demo church (`demo/static-feed.html`). */
async function demoPage(layout = 'list'): Promise<ResourceDirectory> {
  document.body.style.margin = '0';
  const el = await fixture<ResourceDirectory>(html`<div style="padding: 16px; font-family: Georgia, serif">
    <resource-directory feed="/hsds" layout=${layout}></resource-directory>
  </div>`).then((page) => page.querySelector('resource-directory')!);
  await waitUntil(() => cards(el).length === 10, 'the first page of the demo feed', { timeout: 8000 });
  await Promise.all(cards(el).map((card) => card.updateComplete));
  await waitUntil(() => cards(el).every((card) => root(card).querySelector('h3')), 'cards rendered');
  await document.fonts.ready;
  return el;
}

const full = makeListing({
  url: 'https://peers.example.org/groups',
  email: 'groups@peers.example.org',
  phones: [
    { number: '503.555.0142', tel: '5035550142', kind: 'voice', languages: [] },
    { number: '503-555-0178', tel: '5035550178', kind: 'text', languages: [] },
  ],
  distanceKm: 3.7,
});

describe('cards on a phone', () => {
  let thaw: () => void = () => undefined;
  afterEach(async () => {
    thaw();
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps collapsed cards to a median height of 320 px or less at 390×844, with the demo feed', async () => {
    await setViewport({ width: 390, height: 844 });
    thaw = freezeClock();
    const el = await demoPage();
    // A card the browser has not laid out is an 18em placeholder, with no actions to measure.
    await layOutEveryCard(root(el));
    const heights = cards(el).map((card) => card.getBoundingClientRect().height);
    expect(cards(el).every((card) => root(card).querySelector('[part="card-details"]')!.hasAttribute('hidden'))).to.equal(true);
    expect(median(heights), `card heights ${heights.map(Math.round).join(', ')}`).to.be.at.most(320);
    // Every card keeps its secondary actions to one row.
    for (const card of cards(el)) {
      const tops = new Set(secondary(card).map((action) => Math.round(action.getBoundingClientRect().top)));
      expect(tops.size, `${card.listing!.name}: ${labels(secondary(card)).join(', ')}`).to.equal(1);
    }
  });

  for (const layout of ['list', 'grid', 'compact']) {
    it(`scrolls nothing sideways at 320 px, the demo feed in the ${layout} layout, More and Details open`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await demoPage(layout);
      for (const card of cards(el).slice(0, 3)) {
        root(card).querySelector<HTMLButtonElement>('.more-toggle')?.click();
        root(card).querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
        await card.updateComplete;
      }
      await layOutEveryCard(root(el));
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const wide = cards(el).flatMap((card) =>
        [...root(card).querySelectorAll('*')].filter((node) => node.getClientRects().length && node.getBoundingClientRect().right > 320.5),
      );
      expect(wide.map((node) => `${node.tagName} ${node.getAttribute('part') ?? node.className}`)).to.deep.equal([]);
    });
  }
});

describe('card actions', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows one primary action, at most three secondary ones in one row, and the rest under More', async () => {
    await setViewport({ width: 390, height: 844 });
    const card = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${full}></resource-card>`);
    const primary = root(card).querySelectorAll<HTMLElement>('[part~="card-primary"]');
    expect(primary.length).to.equal(1);
    expect(getComputedStyle(primary[0]!).backgroundColor).to.not.equal(getComputedStyle(secondary(card)[0]!).backgroundColor);
    expect(primary[0]!.getBoundingClientRect().height).to.be.at.least(44);
    expect(labels(secondary(card))).to.deep.equal(['Text', 'Directions', 'Website', 'More']);
    expect(new Set(secondary(card).map((action) => action.getBoundingClientRect().top)).size).to.equal(1);
    const more = root(card).querySelector<HTMLButtonElement>('.more-toggle')!;
    const panel = root(card).querySelector<HTMLElement>('[part="card-more"]')!;
    expect([more.getAttribute('aria-expanded'), more.getAttribute('aria-controls'), panel.id]).to.deep.equal(['false', 'more', 'more']);
    expect(panel.hidden).to.equal(true);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(labels([...panel.querySelectorAll('[part="card-action"]')])).to.deep.equal(['Save', 'Email', 'Share']);
    await expect(card).to.be.accessible();
    // Escape folds them again and gives focus back to More.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('Save');
    await sendKeys({ press: 'Escape' });
    await card.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(deepActive()).to.equal(more);
  });

  it('makes Directions the primary action without a phone, else Website, and needs no More for few actions', async () => {
    const noPhone = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${makeListing({ phones: [], url: 'https://example.org' })}></resource-card>`);
    expect(labels([root(noPhone).querySelector('[part~="card-primary"]')!])).to.deep.equal(['Directions']);
    expect(labels(secondary(noPhone))).to.deep.equal(['Website', 'Save', 'Share']);
    expect(root(noPhone).querySelector('[part="card-more"]')).to.equal(null);
    const online = makeListing({ phones: [], url: 'https://example.org', locations: [{ id: 'v', virtual: true, url: 'https://meet.example.org', accessibility: [] }] });
    const onlineCard = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${online}></resource-card>`);
    expect(labels([root(onlineCard).querySelector('[part~="card-primary"]')!])).to.deep.equal(['Website']);
    expect(labels([root(onlineCard).querySelector('[part="card-contact"]')!])).to.deep.equal(['Online']);
  });

  it('labels every action with text beside a small icon hidden from assistive technology', async () => {
    const card = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${full}></resource-card>`);
    root(card).querySelector<HTMLButtonElement>('.more-toggle')!.click();
    await card.updateComplete;
    const actions = [...root(card).querySelectorAll<HTMLElement>('[part~="card-action"], [part="card-details-toggle"]')];
    expect(actions.length).to.equal(9);
    for (const action of actions) {
      const icon = action.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden'), action.textContent!).to.equal('true');
      expect(action.textContent!.trim().length, 'a text label').to.be.above(2);
      const size = icon.getBoundingClientRect();
      expect([size.width, size.height].every((side) => side >= 14 && side <= 24), `${size.width}×${size.height}`).to.equal(true);
    }
  });
});

describe('phone numbers on a card', () => {
  it('shows the main number once, one way, and dials it in E.164 where the country is known', async () => {
    const listing = makeListing({ phones: [{ number: '1-503-555-0142', tel: '15035550142', kind: 'voice', languages: [] }] });
    const card = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    await afterRenderingUpdate(); // innerText is the rendered text
    const text = (root(card).querySelector('[part="card"]') as HTMLElement).innerText;
    expect(text.match(/555-0142/g)).to.deep.equal(['555-0142']);
    expect(text).to.contain('Call (503) 555-0142');
    expect(root(card).querySelector('[part~="card-primary"]')!.getAttribute('href')).to.equal('tel:+15035550142');
  });

  it('writes every North American number of a card and its details the same way, whatever the feed wrote', async () => {
    const listing = makeListing({
      phones: [
        { number: '503.555.0142', tel: '5035550142', kind: 'voice', languages: [] },
        { number: '+1 (503) 555 0178', tel: '+15035550178', kind: 'text', languages: [] },
        { number: '1-800-FLOWERS', tel: '18003569377', kind: 'voice', languages: [] },
        { number: '211', tel: '211', kind: 'voice', languages: [] },
      ],
    });
    const card = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    root(card).querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await card.updateComplete;
    const links = [...root(card).querySelectorAll<HTMLAnchorElement>('[part="card-details"] a[href^="tel:"], [part="card-details"] a[href^="sms:"]')];
    expect(links.map((link) => [link.textContent!.trim(), link.getAttribute('href')])).to.deep.equal([
      ['(503) 555-0142', 'tel:+15035550142'],
      ['(503) 555-0178', 'sms:+15035550178'],
      ['1-800-FLOWERS', 'tel:+18003569377'],
      ['211', 'tel:211'],
    ]);
  });

  it('leaves a number as published, and dials it as written, where no address says the country', async () => {
    const listing = makeListing({
      phones: [{ number: '503.555.0142', tel: '5035550142', kind: 'voice', languages: [] }],
      locations: [{ id: 'v', virtual: true, url: 'https://meet.example.org', accessibility: [] }],
    });
    const card = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    const call = root(card).querySelector('[part~="card-primary"]')!;
    expect([call.textContent!.replace(/\s+/g, ' ').trim(), call.getAttribute('href')]).to.deep.equal(['Call 503.555.0142', 'tel:5035550142']);
  });
});

describe('layouts', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  const weekdays = makeListing({
    schedules: [{ freq: 'WEEKLY', byDay: [{ day: 'MO' }, { day: 'TU' }, { day: 'WE' }, { day: 'TH' }, { day: 'FR' }], byMonthDay: [], opensAt: '09:00', closesAt: '17:00', level: 'service' }],
  }).schedules;
  const listings = makeListings(6).map((listing, i) => ({
    ...listing,
    schedules: weekdays,
    ...(i === 1 ? { summary: 'A much longer summary that takes more than one line in a narrow grid column, and then some more words.' } : {}),
  }));
  const render = async (layout: string) => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(listings)} layout=${layout} crisis="none"></resource-directory>`);
    await waitUntil(() => cards(el).length === 6, 'cards');
    await Promise.all(cards(el).map((card) => card.updateComplete));
    // The first card as a visitor sees it, in view: a second directory in one test starts below the first, and a
    // card the browser has not laid out is an 18em placeholder.
    cards(el)[0]!.scrollIntoView({ block: 'start' });
    await afterRenderingUpdate();
    return el;
  };
  const boxes = (el: ResourceDirectory) => cards(el).map((card) => card.getBoundingClientRect());

  it('stacks full cards in one column in the list layout, actions in one row on a wide card', async () => {
    const el = await render('list');
    expect(new Set(boxes(el).map((box) => box.left)).size).to.equal(1);
    const card = cards(el)[0]!;
    expect(card.getAttribute('layout')).to.equal('list');
    const actions = [...root(card).querySelectorAll('[part~="card-action"]')].filter((action) => action.getClientRects().length);
    expect(new Set(actions.map((action) => action.getBoundingClientRect().top)).size).to.equal(1);
    expect(getComputedStyle(root(card).querySelector('[part="card-summary"]')!).display).to.not.equal('none');
  });

  it('sets cards side by side in the grid layout, each row of one height, actions along the bottom', async () => {
    const el = await render('grid');
    const rows = new Map<number, DOMRect[]>();
    for (const box of boxes(el)) rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), box]);
    const first = [...rows.values()][0]!;
    expect(first.length).to.be.at.least(2);
    expect(new Set(first.map((box) => Math.round(box.height))).size).to.equal(1);
    const footers = cards(el).slice(0, first.length).map((card) => root(card).querySelector('.footer')!.getBoundingClientRect().bottom);
    expect(new Set(footers.map(Math.round)).size).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('lists short rows in the compact layout: name, status and place, Call, Details and More; no summary', async () => {
    const list = await render('list');
    const listHeight = boxes(list)[0]!.height;
    const el = await render('compact');
    const card = cards(el)[0]!;
    expect(boxes(el)[0]!.height).to.be.below(listHeight * 0.6);
    expect(getComputedStyle(root(card).querySelector('[part="card-summary"]')!).display).to.equal('none');
    expect(getComputedStyle(root(card).querySelector('[part="card-organization"]')!).display).to.equal('none');
    expect(labels(secondary(card))).to.deep.equal(['More']);
    expect(getComputedStyle(root(card).querySelector('[part="card"]')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    // The status line and the place share a line.
    const [hours, place] = ['card-hours', 'card-contact'].map((name) => root(card).querySelector(`[part="${name}"]`)!.getBoundingClientRect());
    expect(hours!.bottom > place!.top && place!.bottom > hours!.top, 'on one line').to.equal(true);
    // The summary comes back with the details.
    root(card).querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await card.updateComplete;
    expect(getComputedStyle(root(card).querySelector('[part="card-summary"]')!).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });
});
