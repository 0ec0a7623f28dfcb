import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import type { Listing, Schedule, Weekday } from '../../src/sdk/model.js';
import { readSavedListing } from '../../src/components/saved/saved-listing.js';
import { makeListing } from '../support/listings.js';

before(() => cardDefined);

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const weekly = (days: Weekday[], opensAt: string, closesAt: string, more: Partial<Schedule> = {}): Schedule => ({
  freq: 'WEEKLY', byDay: days.map((day) => ({ day })), byMonthDay: [], opensAt, closesAt, timeZone: 'UTC', level: 'service', ...more,
});

const MAIN = makeListing().locations[0]!;
const LIBRARY = { ...MAIN, id: 'loc-2', name: 'Eastside Library', address: { lines: ['90 Elm Street'], city: 'Millbrook', region: 'OR', country: 'US' } };

/** A clinic at two places keeping different hours, with everything else HSDS can say about it. */
const rich = (overrides: Partial<Listing> = {}): Listing =>
  makeListing({
    name: 'Millbrook Family Clinic',
    locations: [{ ...MAIN, accessibility: ['Step-free entrance'] }, LIBRARY],
    schedules: [
      // The wording says Friday; the times say Monday to Thursday. Only the times may be shown.
      weekly(['MO', 'TU', 'WE', 'TH'], '09:00', '17:00', { level: 'service_at_location', locationId: 'loc-1', description: 'Monday to Friday, 9 to 5' }),
      weekly(['SA'], '10:00', '14:00', { level: 'service_at_location', locationId: 'loc-2' }),
      { level: 'service_at_location', locationId: 'loc-1', byDay: [], byMonthDay: [], validFrom: inDays(3), validTo: inDays(3), timeZone: 'UTC', description: 'Staff training day' },
    ],
    contacts: [{ name: 'Dana Lee', title: 'Intake coordinator', email: 'dana@example.org', phones: [{ number: '503-555-0199', tel: '5035550199', extension: '12', kind: 'voice', languages: [] }] }],
    costOptions: [{ option: 'Adults', amount: 12, currency: 'USD', amountDescription: 'per visit' }, { option: 'Children', amount: 0 }],
    paymentsAccepted: ['Cash', 'Medicaid'],
    requiredDocuments: [{ name: 'Photo ID' }, { name: 'Proof of address', url: 'https://clinic.example/forms' }],
    links: [{ label: 'Live chat', url: 'https://clinic.example/talk' }, { label: 'Intake form', url: 'https://clinic.example/intake' }],
    url: 'https://clinic.example/',
    eligibility: 'Adults in Marion County',
    minimumAge: 18,
    applicationProcess: 'Walk in or call.',
    languages: [{ code: 'en' }, { code: 'es' }],
    ...overrides,
  });

async function openDetails(listing: Listing, lang = 'en'): Promise<ResourceDirectoryCard> {
  // As inside the directory, which sets the interface's direction around its cards.
  const el = await fixture<ResourceDirectoryCard>(html`<resource-card lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} .listing=${listing}></resource-card>`);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
  await el.updateComplete;
  return el;
}

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Each label with the content of its row. */
function rows(el: ResourceDirectoryCard): Map<string, HTMLElement> {
  const list = el.shadowRoot!.querySelector('.detail-list')!;
  return new Map([...list.querySelectorAll('dt')].map((dt) => [flat(dt.textContent), dt.nextElementSibling as HTMLElement]));
}

describe('<resource-card> details', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('labels every row: hours, phones, chat, contacts, languages, eligibility, cost, payment, what to bring, how to apply, accessibility, website', async () => {
    const el = await openDetails(rich());
    const details = rows(el);
    expect([...details.keys()]).to.deep.equal([
      'Locations', 'Hours', 'Phones', 'Chat', 'Contacts', 'Languages spoken', 'Who can use it', 'Fees', 'Payment accepted', 'What to bring',
      'How to get help', 'Accessibility', 'Website',
    ]);
    const text = (label: string) => flat(details.get(label)!.textContent);
    expect(details.get('Chat')!.querySelector('a')!.getAttribute('href')).to.equal('https://clinic.example/talk');
    expect(text('Contacts')).to.equal('Dana Lee · Intake coordinator (503) 555-0199 ext. 12 dana@example.org');
    expect([...details.get('Contacts')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+15035550199,12', 'mailto:dana@example.org']);
    expect(text('Languages spoken')).to.equal('English and Spanish');
    expect(text('Who can use it')).to.match(/^Adults in Marion County .*18/);
    expect([...details.get('Fees')!.querySelectorAll('li')].map((li) => flat(li.textContent))).to.deep.equal(['Adults · $12.00 per visit', 'Children · Free']);
    expect(text('Payment accepted')).to.equal('Cash and Medicaid');
    expect([...details.get('What to bring')!.querySelectorAll('li')].map((li) => flat(li.textContent))).to.deep.equal(['Photo ID', 'Proof of address']);
    expect(details.get('What to bring')!.querySelector('a')!.getAttribute('href')).to.equal('https://clinic.example/forms');
    expect(text('Accessibility')).to.equal('Step-free entrance');
    // The chat page is under Chat; the other further page under Website, with its label.
    expect([...details.get('Website')!.querySelectorAll('li')].map((li) => flat(li.textContent))).to.deep.equal([
      'https://clinic.example/', 'Intake form · https://clinic.example/intake',
    ]);
  });

  it('gives each place its own hours table, captioned with the place, and no wording that could contradict it', async () => {
    const el = await openDetails(rich());
    const hours = rows(el).get('Hours')!;
    const tables = [...hours.querySelectorAll('table.week:not(.special-hours)')];
    expect(tables.map((table) => flat(table.querySelector('caption')!.textContent))).to.deep.equal(['Hours at Millbrook Community Center', 'Hours at Eastside Library']);
    const rowsOf = (table: Element) => [...table.querySelectorAll('tr')].map((row) => flat(row.textContent));
    expect(rowsOf(tables[0]!)[4]).to.equal('Friday Closed');
    expect(rowsOf(tables[1]!)[5]).to.match(/^Saturday 10:00\sAM–2:00\sPM$/);
    expect(hours.textContent).not.to.contain('Monday to Friday');
    expect(hours.querySelectorAll('ul')).to.have.length(0);
    // The closure is the main place's only, with its wording.
    const special = [...hours.querySelectorAll('.place-hours')].map((place) => flat(place.querySelector('.special-hours td')?.textContent));
    expect(special).to.deep.equal(['Closed · Staff training day', '']);
  });

  it('shows one table for a service that keeps the same hours everywhere, and the wording when no times are given', async () => {
    const same = await openDetails(rich({ schedules: [weekly(['MO', 'FR'], '09:00', '17:00', { description: 'Mondays and Fridays', notes: 'Last entry at 4:30' })] }));
    const hours = rows(same).get('Hours')!;
    expect(hours.querySelectorAll('table')).to.have.length(1);
    expect(hours.querySelector('caption')!.className).to.equal('visually-hidden');
    // The description restates the table; the note adds to it.
    expect(hours.textContent).not.to.contain('Mondays and Fridays');
    expect(flat(hours.querySelector('ul')?.textContent)).to.equal('Last entry at 4:30');
    const wordsOnly = await openDetails(rich({ schedules: [{ level: 'service', byDay: [], byMonthDay: [], description: 'Second Tuesday of the month, evenings' }] }));
    expect(flat(rows(wordsOnly).get('Hours')!.textContent)).to.equal('Second Tuesday of the month, evenings');
  });

  it('keeps hostile feed values as text: markup, javascript: links, 10,000 characters', async () => {
    const markup = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
    const long = 'A'.repeat(10_000);
    const listing = rich({
      contacts: [{ name: markup, title: long, email: 'x@example.org?body=evil', phones: [] }],
      costOptions: [{ option: markup, amount: 5, currency: 'not a currency' }],
      requiredDocuments: [{ name: markup, url: 'javascript:window.hacked=1' }],
      links: [{ label: markup, url: 'javascript:window.hacked=1' }, { label: 'Chat', url: 'data:text/html,hi' }],
      paymentsAccepted: [long],
      url: 'javascript:window.hacked=1',
    });
    const el = await openDetails(listing);
    const root = el.shadowRoot!.querySelector('#details')!;
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => !/^(?:https:|tel:|mailto:[^?]+$)/.test(href))).to.deep.equal([]);
    const details = rows(el);
    expect([...details.keys()]).not.to.include.members(['Chat', 'Website']);
    expect(details.get('Contacts')!.textContent).to.contain(markup).and.to.contain(long);
    expect(flat(details.get('Fees')!.textContent)).to.contain(`${markup} · 5 not a currency`);
    expect(details.get('What to bring')!.textContent).to.contain(markup);
    expect(details.get('Payment accepted')!.textContent).to.contain(long);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('links a chat named by a URL, and not a word that only contains "chat"', async () => {
    const named = await openDetails(rich({ links: [], url: 'https://help.example/webchat/start' }));
    expect(rows(named).get('Chat')!.querySelector('a')!.getAttribute('href')).to.equal('https://help.example/webchat/start');
    const chatham = await openDetails(rich({ links: [], url: 'https://chatham.example/' }));
    expect(rows(chatham).has('Chat')).to.equal(false);
  });

  it('shows a saved listing, read back from storage, with the same details', async () => {
    const text = (el: ResourceDirectoryCard) => [...rows(el)].map(([label, row]) => `${label}: ${flat(row.textContent)}`);
    const fresh = text(await openDetails(rich()));
    const saved = text(await openDetails(readSavedListing(JSON.parse(JSON.stringify(rich())))!));
    expect(saved).to.deep.equal(fresh);
  });

  for (const width of [390, 1280]) {
    it(`passes axe with the details open at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const el = await openDetails(rich());
      await expect(el).to.be.accessible();
    });
  }

  it('reflows at 320 px with the details open', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await openDetails(rich({ paymentsAccepted: ['A'.repeat(300)] }));
    const overflowing = [el, ...el.shadowRoot!.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > 321);
    expect(overflowing.map((element) => element.tagName)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('labels every row in Arabic, right to left, and passes axe', async () => {
    const el = await openDetails(rich(), 'ar');
    await waitUntil(() => rows(el).has('جهات الاتصال'), 'Arabic labels');
    const details = rows(el);
    expect([...details.keys()]).to.include.members(['الدردشة', 'ما يجب إحضاره', 'طرق الدفع']);
    const captions = [...details.get('ساعات العمل')!.querySelectorAll('table.week:not(.special-hours) caption')].map((caption) => flat(caption.textContent));
    expect(captions).to.deep.equal(['ساعات العمل في Millbrook Community Center', 'ساعات العمل في Eastside Library']);
    expect(getComputedStyle(details.get('جهات الاتصال')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
