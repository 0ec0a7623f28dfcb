import { expect, fixture, html } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import type { Schedule, Weekday } from '../../src/sdk/model.js';
import { makeListing } from '../support/listings.js';

before(() => cardDefined);

const DAYS: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const weekly = (day: Weekday, opensAt: string, closesAt: string): Schedule => ({
  freq: 'WEEKLY', byDay: [{ day }], byMonthDay: [], opensAt, closesAt, timeZone: 'UTC', level: 'service',
});
const hoursLine = (el: ResourceDirectoryCard) => el.shadowRoot!.querySelector('[part="card-hours"]')?.textContent?.trim();
const DAY_MS = 24 * 60 * 60 * 1000;
/** A fixed UTC offset (minutes) in which the clock reads about hours:minutes right now, and that wall-clock time. */
function localClock(hours: number, minutes: number): { offset: number; local: Date } {
  const now = new Date();
  const offset = hours * 60 + minutes - (now.getUTCHours() * 60 + now.getUTCMinutes());
  return { offset, local: new Date(now.getTime() + offset * 60 * 1000) };
}

describe('<resource-card> hours', () => {
  it('says open now and when it closes, in the listing\'s own time zone', async () => {
    // A fixed-offset zone in which it is about noon right now, so the window never crosses midnight.
    const now = new Date();
    const offset = 12 * 60 - (now.getUTCHours() * 60 + now.getUTCMinutes());
    const local = new Date(now.getTime() + offset * 60 * 1000);
    const schedule: Schedule = { ...weekly(DAYS[local.getUTCDay()], '11:00', '14:00'), timeZone: undefined, utcOffsetMinutes: offset };
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${makeListing({ schedules: [schedule] })}></resource-card>`);
    expect(hoursLine(el)).to.match(/^Open now · closes 2:00\sPM$/);
  });

  it('says closed and when it opens next', async () => {
    const now = new Date();
    const offset = 12 * 60 - (now.getUTCHours() * 60 + now.getUTCMinutes());
    const local = new Date(now.getTime() + offset * 60 * 1000);
    const schedule: Schedule = { ...weekly(DAYS[(local.getUTCDay() + 1) % 7], '09:00', '17:00'), timeZone: undefined, utcOffsetMinutes: offset };
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${makeListing({ schedules: [schedule] })}></resource-card>`);
    expect(hoursLine(el)).to.match(/^Closed · opens \w{3} 9:00\sAM$/);
  });

  it('says "Open 24 hours" for a service open around the clock', async () => {
    const listing = makeListing({ schedules: [{ ...weekly('MO', '00:00', '23:59'), byDay: DAYS.map((day) => ({ day })) }] });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    expect(hoursLine(el)).to.equal('Open 24 hours');
  });

  it('gives a support group its next meeting instead of opening hours', async () => {
    const tomorrow = DAYS[(new Date().getUTCDay() + 2) % 7];
    const listing = makeListing({
      categories: [{ id: 'term-sg-peer', code: 'SG-PEER', name: 'Peer support groups' }],
      schedules: [{ ...weekly(tomorrow, '18:30', '20:00'), attendingType: 'online' }],
    });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    expect(hoursLine(el)).to.match(/^Next meeting: \w{3} 6:30\sPM \(Online\)$/);
  });

  it('gives a group meeting in a clinic its own next meeting, not "Meeting now" from the clinic\'s hours', async () => {
    const { offset, local } = localClock(14, 30);
    const zone = { timeZone: undefined, utcOffsetMinutes: offset };
    const today = DAYS[local.getUTCDay()];
    const tomorrow = DAYS[(local.getUTCDay() + 1) % 7];
    const listing = makeListing({
      categories: [{ id: 'term-sg-pro', code: 'SG-PRO', name: 'Professionally led support groups' }],
      schedules: [
        { ...weekly(tomorrow, '17:30', '18:30'), ...zone, description: 'The group meets weekly' },
        { ...weekly(today, '08:00', '18:00'), ...zone, level: 'location', locationId: 'loc-1', description: 'Clinic open weekdays' },
      ],
    });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    expect(hoursLine(el)).to.match(/^Next meeting: \w{3} 5:30\sPM$/);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await el.updateComplete;
    // The group's own table, and not the clinic's hours or wording beside it.
    const details = el.shadowRoot!.querySelector('.detail-list')!.textContent!.replace(/\s+/g, ' ');
    expect(details).to.match(/5:30\sPM–6:30\sPM/);
    expect(details).not.to.match(/8:00\sAM|Building hours|Clinic open weekdays/);
  });

  it("labels a building's hours as such when the service has none of its own", async () => {
    const { offset, local } = localClock(14, 30);
    const building: Schedule = { ...weekly(DAYS[local.getUTCDay()], '08:00', '18:00'), timeZone: undefined, utcOffsetMinutes: offset, level: 'location', locationId: 'loc-1' };
    const service = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${makeListing({ schedules: [building] })}></resource-card>`);
    expect(hoursLine(service)).to.match(/^Building hours: Open now · closes 6:00\sPM$/);
    service.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await service.updateComplete;
    expect(service.shadowRoot!.querySelector('.week caption')?.textContent).to.equal('Building hours');
    await expect(service).to.be.accessible();
    const group = makeListing({ categories: [{ id: 'term-sg-peer', code: 'SG-PEER', name: 'Peer support groups' }], schedules: [building] });
    const groupCard = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${group}></resource-card>`);
    expect(hoursLine(groupCard)).to.match(/^Building hours: Open now · closes 6:00\sPM$/);
  });

  it('gives the date of a meeting more than six days away, and only the weekday within six days', async () => {
    const { offset, local } = localClock(12, 0);
    // A monthly group on the day of the month ten days from now; a one-off session six days from now.
    const target = new Date(local.getTime() + 10 * DAY_MS);
    const monthly: Schedule = {
      level: 'service', freq: 'MONTHLY', byDay: [], byMonthDay: [target.getUTCDate()], opensAt: '18:30', closesAt: '20:00', utcOffsetMinutes: offset,
    };
    const inDays = (days: number): Schedule => ({
      level: 'service', byDay: [], byMonthDay: [], opensAt: '18:30', closesAt: '20:00', utcOffsetMinutes: offset,
      dtstart: new Date(local.getTime() + days * DAY_MS).toISOString().slice(0, 10),
    });
    const group = (schedule: Schedule) => makeListing({ categories: [{ id: 'term-sg-peer', code: 'SG-PEER', name: 'Peer support groups' }], schedules: [schedule] });
    const later = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${group(monthly)}></resource-card>`);
    const month = target.toLocaleDateString('en-US', { month: 'short', timeZone: 'UTC' });
    expect(hoursLine(later)).to.match(new RegExp(`^Next meeting: \\w{3}, ${month} ${target.getUTCDate()}, 6:30\\sPM$`));
    const soon = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${group(inDays(6))}></resource-card>`);
    expect(hoursLine(soon)).to.match(/^Next meeting: \w{3} 6:30\sPM$/);
  });

  it('is closed on a holiday, and lists the closure in the details', async () => {
    const { offset, local } = localClock(12, 0);
    const zone = { timeZone: undefined, utcOffsetMinutes: offset };
    const date = (days: number) => new Date(local.getTime() + days * DAY_MS).toISOString().slice(0, 10);
    const everyDay: Schedule = { ...weekly('MO', '09:00', '17:00'), ...zone, byDay: DAYS.map((day) => ({ day })) };
    const holiday = (days: number): Schedule => ({ level: 'service', byDay: [], byMonthDay: [], validFrom: date(days), validTo: date(days), ...zone });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${makeListing({ schedules: [everyDay, holiday(0), holiday(3)] })}></resource-card>`);
    expect(hoursLine(el)).to.match(/^Closed · opens \w{3} 9:00\sAM$/);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('.special-hours')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Holiday and special hours');
    const rows = [...table.querySelectorAll('tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    const label = (days: number) => new Date(`${date(days)}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
    expect(rows).to.deep.equal([`${label(0)} Closed`, `${label(3)} Closed`]);
    await expect(el).to.be.accessible();
  });

  it('names the weekdays of special hours that cover only some days of their dates', async () => {
    const { offset, local } = localClock(12, 0);
    const date = (days: number) => new Date(local.getTime() + days * DAY_MS).toISOString().slice(0, 10);
    const zone = { timeZone: undefined, utcOffsetMinutes: offset };
    const regular: Schedule = { ...weekly('MO', '09:00', '17:00'), ...zone, byDay: DAYS.map((day) => ({ day })) };
    const winter: Schedule = { ...weekly('MO', '10:00', '15:00'), ...zone, byDay: [{ day: 'MO' }, { day: 'WE' }], validFrom: date(2), validTo: date(12) };
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${makeListing({ schedules: [regular, winter] })}></resource-card>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector('.special-hours td')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(row).to.match(/^Mon and Wed · 10:00\sAM–3:00\sPM$/);
  });

  it('shows a weekly table in the details, with closed days', async () => {
    const listing = makeListing({ schedules: [weekly('TU', '09:00', '12:00'), weekly('TU', '13:00', '17:00')] });
    const el = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${listing}></resource-card>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('.week tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows.length).to.equal(7);
    expect(rows[0]).to.equal('Monday Closed');
    expect(rows[1]).to.match(/^Tuesday 9:00\sAM–12:00\sPM and 1:00\sPM–5:00\sPM$/);
    await expect(el).to.be.accessible();
  });
});
