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
