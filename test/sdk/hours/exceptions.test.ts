import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextOccurrence, openingStatus, weeklyHours } from '../../../src/sdk/hours/index.js';
import { normalizeFeed } from '../../../src/sdk/index.js';
import type { Schedule } from '../../../src/sdk/model.js';
import { at, byDay, listingWith, weekly } from './support.js';

// Christmas 2025 falls on a Thursday. Times are New York wall-clock time (EST, UTC-5, in December).
const options = { timeZone: 'America/New_York' };
const OFFICE = weekly('MO,TU,WE,TH,FR', '09:00', '17:00');
/** An HSDS 3 schedule pinned to dates: a narrow validity and no recurrence of its own. */
const onDates = (validFrom: string, validTo: string, extra: Partial<Schedule> = {}): Schedule => ({
  level: 'service',
  byDay: [],
  byMonthDay: [],
  validFrom,
  validTo,
  ...extra,
});
const status = (schedules: Schedule[], when: string) => {
  const { state, changesAt } = openingStatus(listingWith(...schedules), at(when), options);
  return { state, changesAt: changesAt?.toISOString() };
};

describe('holiday closures (HSDS 3 schedules pinned to a date)', () => {
  const christmas = onDates('2025-12-25', '2025-12-25', { description: 'Closed for Christmas' });

  it('closes the whole day and opens again the day after', () => {
    expect(status([OFFICE, christmas], '2025-12-25T11:00:00-05:00')).toEqual({ state: 'closed', changesAt: '2025-12-26T14:00:00.000Z' });
    expect(status([OFFICE, christmas], '2025-12-24T16:00:00-05:00')).toEqual({ state: 'open', changesAt: '2025-12-24T22:00:00.000Z' });
    // After closing on Christmas Eve, the next opening skips Christmas Day.
    expect(status([OFFICE, christmas], '2025-12-24T18:00:00-05:00')).toEqual({ state: 'closed', changesAt: '2025-12-26T14:00:00.000Z' });
  });

  it('also reads dtstart = until as one particular day', () => {
    const boxingDay: Schedule = { level: 'service', byDay: [], byMonthDay: [], dtstart: '2025-12-26', until: '2025-12-26' };
    expect(status([OFFICE, boxingDay], '2025-12-26T11:00:00-05:00')).toEqual({ state: 'closed', changesAt: '2025-12-29T14:00:00.000Z' });
  });

  it('closes a short range of days', () => {
    const week = onDates('2025-12-24', '2025-12-31');
    expect(status([OFFICE, week], '2025-12-29T10:00:00-05:00')).toEqual({ state: 'closed', changesAt: '2026-01-01T14:00:00.000Z' });
  });

  it('cancels a group session that falls on the holiday', () => {
    const group = listingWith(weekly('TH', '18:00', '19:30'), christmas);
    expect(nextOccurrence(group, at('2025-12-23T12:00:00-05:00'), options)?.start.toISOString()).toBe('2026-01-01T23:00:00.000Z');
  });

  it('moves a group session to the date a special schedule gives', () => {
    const movedToTuesday = onDates('2025-12-23', '2025-12-23', { opensAt: '18:00', closesAt: '19:30', description: 'Moved to Tuesday this week' });
    const group = listingWith(weekly('TH', '18:00', '19:30'), christmas, movedToTuesday);
    const session = nextOccurrence(group, at('2025-12-22T12:00:00-05:00'), options)!;
    expect([session.start.toISOString(), session.description]).toEqual(['2025-12-23T23:00:00.000Z', 'Moved to Tuesday this week']);
  });

  it('lists the closure in the table of hours without changing the regular week', () => {
    const hours = weeklyHours(listingWith(OFFICE, christmas), { ...options, at: at('2025-12-01T12:00:00-05:00') });
    expect(hours.days[3]).toEqual({ day: 'TH', ranges: [{ opens: '09:00', closes: '17:00' }] });
    expect(hours.exceptions).toEqual([{ from: '2025-12-25', to: '2025-12-25', closed: true, ranges: [], notes: ['Closed for Christmas'] }]);
    expect(hours.notes).toEqual([]);
  });

  it('drops closures once they are past, and does not list those more than two months ahead', () => {
    const listing = listingWith(OFFICE, christmas, onDates('2026-07-03', '2026-07-03'));
    expect(weeklyHours(listing, { ...options, at: at('2025-12-26T12:00:00-05:00') }).exceptions).toEqual([]);
  });
});

describe('special hours (HSDS 3 schedules pinned to a date, with times)', () => {
  const christmasEve = onDates('2025-12-24', '2025-12-24', { opensAt: '10:00', closesAt: '14:00' });

  it('replaces the regular hours on that day only', () => {
    expect(status([OFFICE, christmasEve], '2025-12-24T09:30:00-05:00')).toEqual({ state: 'closed', changesAt: '2025-12-24T15:00:00.000Z' });
    expect(status([OFFICE, christmasEve], '2025-12-24T13:00:00-05:00')).toEqual({ state: 'open', changesAt: '2025-12-24T19:00:00.000Z' });
    expect(status([OFFICE, christmasEve], '2025-12-24T15:00:00-05:00')).toEqual({ state: 'closed', changesAt: '2025-12-25T14:00:00.000Z' });
    expect(status([OFFICE, christmasEve], '2025-12-23T16:00:00-05:00')).toEqual({ state: 'open', changesAt: '2025-12-23T22:00:00.000Z' });
  });

  it('can open on a day the regular week is closed', () => {
    const saturdayClinic = onDates('2025-12-20', '2025-12-20', { opensAt: '09:00', closesAt: '12:00' });
    expect(status([OFFICE, saturdayClinic], '2025-12-20T10:00:00-05:00')).toEqual({ state: 'open', changesAt: '2025-12-20T17:00:00.000Z' });
  });

  it('joins split special hours on the same day into one entry of the table', () => {
    const afternoon = onDates('2025-12-24', '2025-12-24', { opensAt: '15:00', closesAt: '16:00' });
    const hours = weeklyHours(listingWith(OFFICE, afternoon, christmasEve), { ...options, at: at('2025-12-20T12:00:00-05:00') });
    expect(hours.exceptions).toEqual([
      { from: '2025-12-24', to: '2025-12-24', closed: false, ranges: [{ opens: '10:00', closes: '14:00' }, { opens: '15:00', closes: '16:00' }], notes: [] },
    ]);
  });

  it('replaces only the weekdays it names: weekday winter hours leave Saturdays alone', () => {
    const regular = weekly('MO,TU,WE,TH,FR,SA', '09:00', '17:00');
    const winterWeekdays = onDates('2025-12-01', '2025-12-31', { freq: 'WEEKLY', byDay: byDay('MO,TU,WE,TH,FR'), opensAt: '10:00', closesAt: '15:00' });
    expect(status([regular, winterWeekdays], '2025-12-15T09:30:00-05:00')).toEqual({ state: 'closed', changesAt: '2025-12-15T15:00:00.000Z' });
    expect(status([regular, winterWeekdays], '2025-12-20T09:30:00-05:00')).toEqual({ state: 'open', changesAt: '2025-12-20T22:00:00.000Z' });
    expect(weeklyHours(listingWith(regular, winterWeekdays), { ...options, at: at('2025-11-20T12:00:00-05:00') }).exceptions).toEqual([
      { from: '2025-12-01', to: '2025-12-31', days: ['MO', 'TU', 'WE', 'TH', 'FR'], closed: false, ranges: [{ opens: '10:00', closes: '15:00' }], notes: [] },
    ]);
  });

  it('leaves a short-lived timetable alone when there is no regular one beside it', () => {
    const course = weekly('TU', '18:00', '20:00', { validFrom: '2026-03-01', validTo: '2026-03-28' });
    expect(status([course], '2026-03-10T19:00:00-04:00')).toEqual({ state: 'open', changesAt: '2026-03-11T00:00:00.000Z' });
  });
});

describe('HSDS 1.x holiday rows (marked exceptions)', () => {
  const holiday = (extra: Partial<Schedule>): Schedule => ({ ...onDates('2025-12-24', '2025-12-26'), exception: true, ...extra });

  it('closes the days of a row with closed = true, even with times', () => {
    const closed = holiday({ closed: true, opensAt: '10:00', closesAt: '12:00' });
    expect(status([OFFICE, closed], '2025-12-24T11:00:00-05:00')).toEqual({ state: 'closed', changesAt: '2025-12-29T14:00:00.000Z' });
  });

  it('changes the hours of a row with closed = false and times', () => {
    const short = holiday({ closed: false, opensAt: '10:00', closesAt: '12:00' });
    expect(status([OFFICE, short], '2025-12-26T09:30:00-05:00')).toEqual({ state: 'closed', changesAt: '2025-12-26T15:00:00.000Z' });
    expect(status([OFFICE, short], '2025-12-26T11:00:00-05:00')).toEqual({ state: 'open', changesAt: '2025-12-26T17:00:00.000Z' });
  });

  it('ignores a row that is not closed and gives no times: it says nothing about those days', () => {
    const empty = holiday({ closed: false });
    expect(status([OFFICE, empty], '2025-12-24T11:00:00-05:00')).toEqual({ state: 'open', changesAt: '2025-12-24T22:00:00.000Z' });
  });

  it('applies even when its dates span more than a month (a summer closure)', () => {
    const summer = holiday({ closed: true, validFrom: '2026-07-01', validTo: '2026-08-31' });
    expect(status([OFFICE, summer], '2026-07-15T11:00:00-04:00')).toEqual({ state: 'closed', changesAt: '2026-09-01T13:00:00.000Z' });
  });
});

describe('which levels holidays come from', () => {
  const buildingClosed: Schedule = { ...onDates('2025-12-25', '2025-12-25'), level: 'location', locationId: 'loc-1', exception: true, closed: true };
  const buildingShortDay: Schedule = { ...buildingClosed, closed: false, validFrom: '2025-12-24', validTo: '2025-12-24', opensAt: '08:00', closesAt: '12:00' };
  const buildingWeek: Schedule = { ...weekly('MO,TU,WE,TH,FR', '08:00', '18:00'), level: 'location', locationId: 'loc-1' };

  it("closes the service when its building is closed, but does not give it the building's changed hours", () => {
    expect(status([OFFICE, buildingWeek, buildingClosed], '2025-12-25T11:00:00-05:00').state).toBe('closed');
    expect(status([OFFICE, buildingWeek, buildingShortDay], '2025-12-24T16:00:00-05:00')).toEqual({ state: 'open', changesAt: '2025-12-24T22:00:00.000Z' });
  });

  it("applies the building's changed hours to building hours", () => {
    expect(status([buildingWeek, buildingShortDay], '2025-12-24T11:00:00-05:00')).toEqual({ state: 'open', changesAt: '2025-12-24T17:00:00.000Z' });
  });
});

describe("the demo feed's holiday hours (Millbrook Community Food Pantry, Tuesdays and Thursdays 10–12 and 3–6)", () => {
  const sample = JSON.parse(readFileSync(new URL('../../../demo/data/sample-feed.json', import.meta.url), 'utf8')) as unknown;
  const pantry = normalizeFeed(sample, 'https://demo.test/sample-feed.json').listings.find((listing) => listing.name === 'Millbrook Community Food Pantry')!;
  const chicago = { timeZone: 'America/Chicago' };
  const state = (when: string) => {
    const { state: now, changesAt } = openingStatus(pantry, at(when), chicago);
    return { state: now, changesAt: changesAt?.toISOString() };
  };

  it('opens 10 AM–1 PM only on Tuesday 22 December 2026, and is closed on Thursday the 24th', () => {
    expect(state('2026-12-22T11:00:00-06:00')).toEqual({ state: 'open', changesAt: '2026-12-22T19:00:00.000Z' });
    expect(state('2026-12-22T15:30:00-06:00')).toEqual({ state: 'closed', changesAt: '2026-12-29T16:00:00.000Z' });
    expect(weeklyHours(pantry, { ...chicago, at: at('2026-12-01T12:00:00-06:00') }).exceptions.map(({ from, closed }) => [from, closed])).toEqual([
      ['2026-12-22', false],
      ['2026-12-24', true],
    ]);
  });
});
