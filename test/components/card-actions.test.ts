import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { makeListing } from '../support/listings.js';

const full = makeListing({
  url: 'https://peers.example.org/groups',
  email: 'groups@peers.example.org',
  phones: [
    { number: '(503) 555-0142', tel: '5035550142', extension: '12', kind: 'voice', languages: [{ code: 'es' }] },
    { number: '503-555-0178', tel: '5035550178', kind: 'text', languages: [] },
    { number: '503-555-0199', tel: '5035550199', kind: 'fax', languages: [] },
  ],
  languages: [{ code: 'es', name: 'Spanish' }, { code: 'vi', name: 'Vietnamese' }],
  eligibility: 'Adults 18 and over.',
  minimumAge: 18,
  fees: 'Free of charge.',
  free: true,
  serviceAreas: [{ name: 'Cedar Valley County' }],
  assuredDate: '2026-03-14',
  schedules: [{ byDay: [{ day: 'TU' }], byMonthDay: [], freq: 'WEEKLY', opensAt: '18:30', closesAt: '20:00', description: 'Tuesdays 6:30–8 PM', level: 'service' }],
  locations: [
    {
      id: 'loc-1', name: 'Millbrook Community Center', virtual: false, latitude: 45.01, longitude: -123.01,
      address: { lines: ['412 Oak Street'], city: 'Millbrook', region: 'OR', postalCode: '97301' },
      accessibility: ['Step-free entrance'], transportation: 'Bus 4 to Oak & 5th.',
    },
    { id: 'loc-2', name: 'Online', virtual: true, url: 'https://meet.example.org/peers', accessibility: [] },
  ],
});

const action = (el: ResourceDirectoryCard, text: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card-action"]')].find((node) => node.textContent!.trim() === text);
/** Opens "More", as a visitor does to reach the actions under it (they are rendered when it opens). */
async function openMore(el: ResourceDirectoryCard): Promise<ResourceDirectoryCard> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.more-toggle')!.click();
  await el.updateComplete;
  return el;
}
const primary = (el: ResourceDirectoryCard) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="card-primary"]')!;


// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

describe('<resource-card> actions and details', () => {
  it('offers Call (tel:, in E.164), Text (sms:) for a text-capable number, Directions, Website and Email', async () => {
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${full}></resource-card>`);
    expect(primary(el).getAttribute('href')).to.equal('tel:+15035550142,12');
    expect(primary(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call (503) 555-0142 ext. 12');
    expect(action(el, 'Text')!.getAttribute('href')).to.equal('sms:+15035550178');
    expect(action(el, 'Directions')!.getAttribute('href')).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=412%20Oak%20Street%2C%20Millbrook%2C%20OR%2097301',
    );
    expect(action(el, 'Website')!.getAttribute('href')).to.equal('https://peers.example.org/groups');
    expect(action(el, 'Website')!.getAttribute('rel')).to.equal('noopener noreferrer');
    await openMore(el);
    expect(action(el, 'Email')!.getAttribute('href')).to.equal('mailto:groups@peers.example.org');
    await expect(el).to.be.accessible();
  });

  it('offers no Text action when no number takes texts, and no Directions for online-only services', async () => {
    const listing = makeListing({
      phones: [{ number: '503-555-0101', tel: '5035550101', kind: 'voice', languages: [] }],
      locations: [{ id: 'v', virtual: true, url: 'https://meet.example.org', accessibility: [] }],
    });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    expect(action(el, 'Text')).to.equal(undefined);
    expect(action(el, 'Directions')).to.equal(undefined);
  });

  it('uses the configured map provider, and only https templates', async () => {
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${full} map-provider="osm"></resource-card>`);
    expect(action(el, 'Directions')!.getAttribute('href')).to.equal('https://www.openstreetmap.org/directions?to=45.01%2C-123.01');
    el.mapProvider = 'javascript:alert(1)//{address}';
    await el.updateComplete;
    expect(action(el, 'Directions')).to.equal(undefined);
    el.mapProvider = 'https://maps.example.org/?to={lat},{lon}';
    await el.updateComplete;
    expect(action(el, 'Directions')!.getAttribute('href')).to.equal('https://maps.example.org/?to=45.01,-123.01');
  });

  it('fires rd-action with the action and listing id only', async () => {
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${full}></resource-card>`);
    const link = primary(el);
    link.addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'rd-action');
    expect(event.detail).to.deep.equal({ action: 'call', listingId: 'svc-1' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('toggles Save with aria-pressed and reports save and unsave', async () => {
    const el = await openMore(await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${full}></resource-card>`));
    const save = action(el, 'Save') as HTMLButtonElement;
    setTimeout(() => save.click());
    expect((await oneEvent(el, 'rd-action')).detail.action).to.equal('save');
    await el.updateComplete;
    const saved = action(el, 'Saved') as HTMLButtonElement;
    expect(saved.getAttribute('aria-pressed')).to.equal('true');
    setTimeout(() => saved.click());
    expect((await oneEvent(el, 'rd-action')).detail.action).to.equal('unsave');
  });

  it('copies a plain-text summary when the Web Share API is missing', async () => {
    const el = await openMore(await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${full}></resource-card>`));
    const shareBefore = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    const written: string[] = [];
    const clipboard = navigator.clipboard;
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
    try {
      (action(el, 'Share') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(written[0]).to.equal('Riverside Peer Support Group\n(503) 555-0142\n412 Oak Street, Millbrook, OR 97301\nhttps://peers.example.org/groups');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Copied to clipboard');
    } finally {
      if (shareBefore) Object.defineProperty(Navigator.prototype, 'share', shareBefore);
      else delete (Navigator.prototype as { share?: unknown }).share;
      Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    }
  });

  it('discloses every detail on request, announces rd-select, and hides them again', async () => {
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${full}></resource-card>`);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part="card-details"]')!.hasAttribute('hidden')).to.equal(true);
    setTimeout(() => toggle.click());
    expect((await oneEvent(el, 'rd-select')).detail).to.deep.equal({ listingId: 'svc-1' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = el.shadowRoot!.querySelector('[part="card-details"]')!.textContent!.replace(/\s+/g, ' ');
    for (const expected of [
      // The schedule's wording only restates its table, and is not shown beside it.
      'Millbrook Community Center', 'https://meet.example.org/peers', 'Tuesday 6:30 PM–8:00 PM', '(503) 555-0199 (fax)',
      'Spanish and Vietnamese', 'Adults 18 and over. Ages 18 and up', 'Free of charge.', 'Step-free entrance',
      'Bus 4 to Oak & 5th.', 'Cedar Valley County', 'groups@peers.example.org', 'Add to contacts',
    ]) {
      expect(details).to.contain(expected);
    }
    const phoneLinks = [...el.shadowRoot!.querySelectorAll('[part="card-details"] a')].map((link) => link.getAttribute('href'));
    expect(phoneLinks).to.include.members(['tel:+15035550142,12', 'sms:+15035550178']);
    expect(phoneLinks.some((href) => href?.includes('5035550199'))).to.equal(false);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="card-details"]')!.hasAttribute('hidden')).to.equal(true);
  });

  it('says when it was last verified, flags old information, and links "Report a problem"', async () => {
    const recent = new Date();
    recent.setUTCMonth(recent.getUTCMonth() - 2);
    const fresh = makeListing({ assuredDate: recent.toISOString().slice(0, 10) });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${fresh} report-url="mailto:data@example.org"></resource-card>`);
    const freshness = () => el.shadowRoot!.querySelector('[part="card-freshness"]')!;
    // Recent information is vouched for in the details; old information is flagged on the card itself.
    expect(freshness()).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await el.updateComplete;
    expect(freshness().closest('[part="card-details"]')).to.not.equal(null);
    expect(freshness().textContent).to.contain('Last verified');
    expect(freshness().textContent).to.not.contain('May be out of date');
    const report = freshness().querySelector('a')!.getAttribute('href')!;
    expect(decodeURIComponent(report)).to.equal('mailto:data@example.org?subject=Correction for Riverside Peer Support Group (svc-1)');

    el.listing = makeListing({ assuredDate: '2024-03-14' });
    el.staleAfterMonths = 12;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await el.updateComplete;
    expect(freshness().closest('[part="card-details"]')).to.equal(null);
    expect(freshness().textContent).to.contain('Last verified March 2024');
    expect(freshness().textContent).to.contain('May be out of date: call first.');
    el.staleAfterMonths = 36;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await el.updateComplete;
    expect(freshness().textContent).to.not.contain('May be out of date');
    el.reportUrl = 'javascript:alert(1)';
    await el.updateComplete;
    expect(freshness().querySelector('a') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('labels support groups as peer-led or professionally led, online or in person, when the feed says so', async () => {
    const listing = makeListing({
      categories: [{ id: 'term-sg-peer', code: 'SG-PEER', name: 'Peer support groups' }],
      locations: [
        { id: 'a', virtual: false, address: { lines: ['1 Elm St'], city: 'Millbrook' }, accessibility: [] },
        { id: 'b', virtual: true, url: 'https://meet.example.org', accessibility: [] },
      ],
    });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    const tags = [...el.shadowRoot!.querySelectorAll('[part="card-tags"] li')].map((li) => li.textContent);
    expect(tags).to.deep.equal(['Peer-led', 'Online', 'In person']);
    el.listing = makeListing({ categories: [{ id: 'x', name: 'Food pantries' }] });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="card-tags"]') === null).to.equal(true);
  });

  it('shows the distance to a listing found near a place, in miles or kilometres', async () => {
    const listing = makeListing({ distanceKm: 3.7 });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing} units="mi"></resource-card>`);
    const contact = () => el.shadowRoot!.querySelector('[part="card-contact"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(contact()).to.equal('2.3 mi · Millbrook');
    el.units = 'km';
    await el.updateComplete;
    expect(contact()).to.equal('3.7 km · Millbrook');
  });

  it('marks a text-only number, alone on the place line, with the Text icon rather than a map pin', async () => {
    const listing = makeListing({ locations: [], phones: [{ number: '741741', tel: '741741', kind: 'text', languages: [] }] });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    const icon = (selector: string) => el.shadowRoot!.querySelector(`${selector} svg path`)!.getAttribute('d');
    const text = [...el.shadowRoot!.querySelectorAll('[part~="card-action"]')].find((action) => action.textContent!.trim() === 'Text')!;
    expect(el.shadowRoot!.querySelector('[part="card-contact"]')!.textContent!.trim()).to.equal('741741');
    expect(icon('[part="card-contact"]')).to.equal(text.querySelector('svg path')!.getAttribute('d'));
  });
});
