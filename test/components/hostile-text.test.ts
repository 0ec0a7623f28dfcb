import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { resetSavedStore } from '../../src/components/saved/saved-store.js';
import { normalizeFeed } from '../../src/sdk/index.js';
import type { Listing } from '../../src/sdk/model.js';
import { afterRenderingUpdate } from '../support/dom.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListing, makeListings } from '../support/listings.js';

// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

const RLO = '\u202e';
const FEED = 'https://feed.test/services.json';
const card = (listing: Listing) => fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
const shadow = (el: Element) => el.shadowRoot!;
/**
 * Digits in the order a visitor reads them: the rendered text, laid out, left to right. Cards are
 * `content-visibility: auto`, and a card the browser has not laid out has no rendered text (innerText is ''),
 * so the element is brought into view first.
 */
const digitsLeftToRight = async (element: HTMLElement) => {
  element.scrollIntoView({ block: 'center' });
  await afterRenderingUpdate();
  return element.innerText.replace(/\D/g, '');
};

describe('hostile text on a card', () => {
  it('shows a phone link with the digits it dials, in the order it dials them', async () => {
    const { listings } = normalizeFeed(
      [{ id: 's1', name: 'Help line', phones: [{ id: 'p1', number: `${RLO}0010-555-009-1` }, { id: 'p2', number: `555-01\u200b42 ${RLO}x12` }] }],
      FEED,
    );
    const el = await card(listings[0]!);
    shadow(el).querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await el.updateComplete;
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
    expect(links.length).to.equal(3); // the Call button, and both numbers in the details
    for (const link of links) {
      expect(await digitsLeftToRight(link), link.href).to.equal(link.getAttribute('href')!.replace(/\D/g, ''));
    }
    expect(links[0]!.getAttribute('part')).to.contain('card-primary');
    expect(links[0]!.innerText).to.equal('Call 0010-555-009-1');
  });

  it('keeps its own "0.6 mi · " in order before a town with an unterminated right-to-left override', async () => {
    const listing = makeListing({ distanceKm: 1 });
    listing.locations[0]!.address = { lines: ['412 Oak Street'], city: `${RLO}Millbrook` };
    const el = await card(listing);
    const line = shadow(el).querySelector<HTMLElement>('[part="card-contact"]')!;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    /** Where the first `char` of our own text is drawn. */
    const x = (char: string) => {
      const node = nodes.find((candidate) => !candidate.textContent!.includes(RLO) && candidate.textContent!.includes(char))!;
      const range = document.createRange();
      range.setStart(node, node.textContent!.indexOf(char));
      range.setEnd(node, node.textContent!.indexOf(char) + 1);
      return range.getBoundingClientRect().left;
    };
    const town = nodes.find((node) => node.textContent!.includes(RLO))!.parentElement!.getBoundingClientRect();
    expect(x('0')).to.be.below(x('m'));
    expect(x('m')).to.be.below(x('·'));
    expect(x('·')).to.be.below(town.left);
  });

  it('still renders, with its directions link, when a listing it is given has half an emoji in its address', async () => {
    const listing = makeListing();
    listing.locations[0]!.address = { lines: ['412 Oak Street \ud800'], city: 'Millbrook' };
    const el = await card(listing);
    expect(shadow(el).querySelector('#title')!.textContent).to.equal('Riverside Peer Support Group');
    const directions = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="card-action"]')].find((a) => a.textContent === 'Directions')!;
    expect(directions.href).to.contain('412%20Oak%20Street%20%EF%BF%BD');
  });

  it('offers no e-mail link for an address with headers, and no call link for a number that is not digits', async () => {
    const listing = makeListing({ email: 'help?bcc=spy@evil.example', phones: [{ number: '555-0100', tel: '555-0100\r\n', kind: 'voice', languages: [] }] });
    const el = await card(listing);
    expect(shadow(el).querySelectorAll('a[href^="mailto:"], a[href^="tel:"]').length).to.equal(0);
    expect(shadow(el).querySelector('[part="card-contact"]')!.textContent).to.contain('555-0100');
  });

  it('shows no card for a feed record named only with invisible characters', async () => {
    const { listings } = normalizeFeed([{ id: 'ghost', name: '\u200b\u2067\u200d\ufeff' }, { id: 'real', name: 'Food Bank' }], FEED);
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(listings)}></resource-directory>`);
    await waitUntil(() => shadow(el).querySelectorAll('resource-card').length > 0, 'cards');
    const cards = [...shadow(el).querySelectorAll<ResourceDirectoryCard>('resource-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards.map((c) => shadow(c).querySelector('#title')!.textContent!.trim())).to.deep.equal(['Food Bank']);
  });
});

describe('a saved list poisoned in localStorage', () => {
  const KEY = 'resource-directory:saved';
  let warnings: unknown[][];
  const originalWarn = console.warn;
  beforeEach(() => {
    resetSavedStore();
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
    localStorage.removeItem(KEY);
    resetSavedStore();
  });

  const openSaved = async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))}></resource-directory>`);
    shadow(el).querySelector<HTMLButtonElement>('[part="saved-toggle"]')!.click();
    await el.updateComplete;
    await waitUntil(() => shadow(el).querySelector('[part="saved"]'), 'saved list');
    return el;
  };

  it('renders its controls and the listings it can show, drops the rest with one warning, and stores the healed list', async () => {
    const good = makeListing({ id: 'good', name: 'Alder Shelter' });
    const halfEmoji = makeListing({ id: 'half-emoji', name: 'Birch Pantry \ud800' });
    halfEmoji.locations[0]!.address!.lines = ['1 Elm St \udc00'];
    const spoofed = makeListing({ id: 'spoofed', name: 'Cedar Line', phones: [{ number: `${RLO}0010-555-009-1`, tel: '00105550091', kind: 'voice', languages: [] }] });
    const badHours = makeListing({ id: 'bad-hours', name: 'Dogwood Clinic', schedules: [{ byDay: 'MO', byMonthDay: [], opensAt: '09:00', closesAt: '17:00', timeZone: 'Mars/Olympus', level: 'service' }] as never });
    localStorage.setItem(KEY, JSON.stringify([good, 42, null, { id: 'ghost', name: '\u200b\u202e' }, { name: 'No id' }, halfEmoji, spoofed, badHours, { id: 'x', name: 'Bits', phones: 'junk', locations: [7] }]));
    const el = await openSaved();
    const saved = shadow(el).querySelector('[part="saved"]')!;
    expect([...saved.querySelectorAll('[part="saved-actions"] button, [part="saved-actions"] a')].map((node) => node.textContent!.trim())).to.deep.equal([
      'Print a sheet', 'Share', 'Copy as text', 'Email', 'Text message', 'Clear all',
    ]);
    await waitUntil(() => saved.querySelectorAll('resource-card').length === 5, 'saved cards');
    const cards = [...saved.querySelectorAll<ResourceDirectoryCard>('resource-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards.map((c) => shadow(c).querySelector('#title')?.textContent)).to.deep.equal(['Alder Shelter', 'Birch Pantry \ufffd', 'Cedar Line', 'Dogwood Clinic', 'Bits']);
    const call = shadow(cards[2]!).querySelector<HTMLAnchorElement>('[part~="card-primary"]')!;
    expect(await digitsLeftToRight(call)).to.equal('00105550091');
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]![0])).to.contain('4 of 9 listings could not be shown');
    const stored = JSON.parse(localStorage.getItem(KEY)!) as Listing[];
    expect(stored.map((listing) => listing.id)).to.deep.equal(['good', 'half-emoji', 'spoofed', 'bad-hours', 'x']);
    expect(stored[3]!.schedules).to.deep.equal([{ byDay: [], byMonthDay: [], opensAt: '09:00', closesAt: '17:00', level: 'service' }]);
    const mail = [...saved.querySelectorAll('a')].find((a) => a.textContent === 'Email')!.getAttribute('href')!;
    expect(decodeURIComponent(mail)).to.contain('1 Elm St \ufffd');
  });

  it('starts an empty list, with a warning, when storage holds no list at all', async () => {
    localStorage.setItem(KEY, '{"not": "a list"');
    const el = await openSaved();
    expect(shadow(el).querySelector('[part="saved"]')!.textContent).to.contain('Nothing saved yet');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(warnings.length).to.equal(1);
  });

  it('reads an intact list, as the SDK or an earlier visit wrote it, back as it was, without a warning', async () => {
    const fromFeed = normalizeFeed(
      [{ id: 'b', name: 'Birch Pantry', alternate_name: 'The Pantry', url: 'https://birch.example/', phones: [{ id: 'p', number: '555-0100 ext. 4' }], organization: { id: 'o', name: 'Birch Trust' } }],
      FEED,
    ).listings;
    const listings = [makeListing({ id: 'a', name: 'Alder Shelter' }), ...fromFeed];
    localStorage.setItem(KEY, JSON.stringify(listings));
    await openSaved();
    expect(warnings).to.deep.equal([]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(listings);
  });
});
