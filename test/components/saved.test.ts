import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { renderSheet, sheetText, type SheetLocale } from '../../src/components/saved/print-sheet.js';
import { createFormatters } from '../../src/i18n/formatters.js';
import { en } from '../../src/i18n/translations/en.js';
import { resetSavedStore } from '../../src/components/saved/saved-store.js';
import { toVCard } from '../../src/components/card/vcard.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListing, makeListings } from '../support/listings.js';

// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

const KEY = 'resource-directory:saved';

/** The English interface, as the saved list hands it to the print sheet. */
function englishLocale(): SheetLocale {
  const format = createFormatters('en');
  const t = ((key: keyof typeof en, ...args: unknown[]) => {
    const value = en[key] as string | ((...params: unknown[]) => string);
    return typeof value === 'function' ? value(...args, format) : value;
  }) as SheetLocale['t'];
  return { t, format, lang: 'en', dir: 'ltr' };
}
const root = (el: ResourceDirectory) => el.shadowRoot!;
const cards = (el: ResourceDirectory) => [...root(el).querySelectorAll<ResourceDirectoryCard>('resource-card')];
const button = (scope: ShadowRoot, text: string) =>
  [...scope.querySelectorAll<HTMLElement>('button, a')].find((node) => node.textContent!.trim() === text);

describe('saved list', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
    resetSavedStore();
  });
  afterEach(() => localStorage.removeItem(KEY));

  it('writes nothing to storage until the visitor saves, then keeps the listing on the device', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(3))}></resource-directory>`);
    await waitUntil(() => cards(el).length === 3, 'cards');
    await Promise.all(cards(el).map((card) => card.updateComplete));
    expect(Object.keys(localStorage).filter((key) => key.startsWith('resource-directory'))).to.deep.equal([]);
    button(cards(el)[1].shadowRoot!, 'Save')!.click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(KEY)!).map((listing: { id: string }) => listing.id)).to.deep.equal(['svc-2']);
    expect(root(el).querySelector('[part="saved-toggle"]')!.textContent!.trim()).to.equal('Saved (1)');
    await cards(el)[1].updateComplete;
    // Announced through the directory's one live region; the card inside it keeps none of its own.
    expect(root(el).querySelector('.base > [role="status"]')!.textContent).to.equal('Saved Service 2 on this device');
    expect(cards(el).some((card) => card.shadowRoot!.querySelector('[role="status"]') !== null)).to.equal(false);
  });

  it('shows the saved list with its actions, and clearing it removes the storage key', async () => {
    localStorage.setItem(KEY, JSON.stringify([makeListing({ id: 'a', name: 'Alder Shelter' }), makeListing({ id: 'b', name: 'Birch Pantry' })]));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))}></resource-directory>`);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="saved-toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Saved (2)');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => root(el).querySelectorAll('[part="saved"] resource-card').length === 2, 'saved cards');
    const actions = root(el).querySelector('[part="saved-actions"]')!;
    const mail = [...actions.querySelectorAll('a')].find((a) => a.textContent === 'Email')!.getAttribute('href')!;
    expect(decodeURIComponent(mail)).to.contain('Alder Shelter\n(503) 555-0142');
    const sms = [...actions.querySelectorAll('a')].find((a) => a.textContent === 'Text message')!.getAttribute('href')!;
    expect(sms.startsWith('sms:?body=')).to.equal(true);
    await expect(el).to.be.accessible();
    button(root(el), 'Clear all')!.click();
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(root(el).querySelector('[part="saved"]')!.textContent).to.contain('Nothing saved yet');
    expect(root(el).querySelector('.base > [role="status"]')!.textContent).to.equal('Your saved list is cleared.');
  });

  it('prints a one-page sheet with names, phones, addresses and hours, without the host page', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const listing = makeListing({
      schedules: [{ byDay: [], byMonthDay: [], description: 'Tuesdays 6:30–8 PM', level: 'service' }],
      url: 'https://peers.example.org',
    });
    renderSheet(frame.contentDocument!, [listing], { title: 'Services I saved', date: 'November 23, 2026', crisis: 'Call or text 988.', lang: 'en', dir: 'ltr' });
    const text = frame.contentDocument!.body.innerText;
    for (const expected of ['Services I saved', 'Call or text 988.', 'Riverside Peer Support Group', '(503) 555-0142',
      '412 Oak Street, Millbrook, OR 97301', 'Tuesdays 6:30–8 PM', 'https://peers.example.org']) {
      expect(text).to.contain(expected);
    }
    expect(frame.contentDocument!.adoptedStyleSheets.length).to.equal(1);
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(frame.contentDocument!.querySelector('li')!.hasAttribute('lang')).to.equal(false);
    frame.remove();
  });

  it('prints each location with its own hours on the line below, and phones with their extensions', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR'] as const;
    const listing = makeListing({
      phones: [
        { number: '(503) 555-0142', tel: '5035550142', extension: '12', kind: 'voice', languages: [] },
        { number: '503-555-0178', tel: '5035550178', kind: 'text', languages: [] },
        { number: '503-555-0199', tel: '5035550199', kind: 'fax', languages: [] },
      ],
      locations: [
        makeListing().locations[0]!,
        {
          id: 'loc-2', name: 'Eastside Library', virtual: false, accessibility: [],
          address: { lines: ['90 Pine Avenue'], city: 'Millbrook', region: 'OR', postalCode: '97302', country: 'US' },
        },
      ],
      schedules: [
        { byDay: weekdays.map((day) => ({ day })), byMonthDay: [], freq: 'WEEKLY', opensAt: '09:00', closesAt: '17:00', level: 'service_at_location', locationId: 'loc-1' },
        { byDay: [{ day: 'SA' }], byMonthDay: [], freq: 'WEEKLY', opensAt: '10:00', closesAt: '14:00', level: 'service_at_location', locationId: 'loc-1' },
        { byDay: [{ day: 'TU' }], byMonthDay: [], freq: 'WEEKLY', opensAt: '18:30', closesAt: '20:00', level: 'service_at_location', locationId: 'loc-2' },
      ],
    });
    renderSheet(frame.contentDocument!, [listing], sheetText(englishLocale(), 'en'));
    // Intl puts a narrow no-break space before AM and PM.
    const lines = [...frame.contentDocument!.querySelectorAll('li p')].map((line) => line.textContent!.replace(/\u202f/g, ' '));
    expect(lines).to.deep.equal([
      'Cedar Valley Peer Alliance',
      '(503) 555-0142 ext. 12 · 503-555-0178',
      'Millbrook Community Center · 412 Oak Street, Millbrook, OR 97301',
      'Mon–Fri 9:00 AM–5:00 PM · Sat 10:00 AM–2:00 PM',
      'Eastside Library · 90 Pine Avenue, Millbrook, OR 97302',
      'Tue 6:30 PM–8:00 PM',
    ]);
    // Each location's hours sit on their own line, set in under it.
    const [, , , millbrookHours] = [...frame.contentDocument!.querySelectorAll('li p')];
    expect(millbrookHours!.className).to.equal('hours');
    frame.remove();
  });

  it('prints "Open 24 hours" once for a place open all day every day, and a number given twice once', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
    const listing = makeListing({
      organization: undefined,
      phones: [
        { number: '988', tel: '988', kind: 'voice', languages: [] },
        { number: '988', tel: '988', kind: 'text', languages: [] },
      ],
      schedules: [{ byDay: days.map((day) => ({ day })), byMonthDay: [], freq: 'WEEKLY', opensAt: '00:00', closesAt: '23:59', level: 'service' }],
    });
    renderSheet(frame.contentDocument!, [listing], sheetText(englishLocale(), 'en'));
    const lines = [...frame.contentDocument!.querySelectorAll('li p')].map((line) => line.textContent);
    expect(lines).to.deep.equal(['988', 'Millbrook Community Center · 412 Oak Street, Millbrook, OR 97301', 'Open 24 hours']);
    frame.remove();
  });

  it('prints an Arabic sheet right to left, with English listings marked and laid out in their own direction', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    renderSheet(frame.contentDocument!, [makeListing()], { title: 'الخدمات المحفوظة', date: '٢٣ نوفمبر ٢٠٢٦', crisis: '988', lang: 'ar', dir: 'rtl', feedLang: 'en' });
    const doc = frame.contentDocument!;
    expect([doc.documentElement.lang, doc.documentElement.dir]).to.deep.equal(['ar', 'rtl']);
    expect(frame.contentWindow!.getComputedStyle(doc.querySelector('h1')!).direction).to.equal('rtl');
    const item = doc.querySelector('li')!;
    expect([item.lang, frame.contentWindow!.getComputedStyle(item).direction]).to.deep.equal(['en', 'ltr']);
    frame.remove();
  });

  it('exports a listing as a vCard', () => {
    const card = toVCard(makeListing({ email: 'help@peers.example.org', name: 'Peers; Friends, Family' }));
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).to.equal(true);
    expect(card).to.contain('FN:Peers\\; Friends\\, Family\r\n');
    expect(card).to.contain('TEL;VALUE=uri;TYPE=voice:tel:+15035550142\r\n');
    expect(card).to.contain('ADR:;;412 Oak Street;Millbrook;OR;97301;US\r\n');
    expect(card).to.contain('EMAIL:help@peers.example.org\r\n');
    expect(card.endsWith('END:VCARD\r\n')).to.equal(true);
  });
});
