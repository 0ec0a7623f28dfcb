import { describe, expect, it } from 'vitest';
import { weeklyHours, type DayHours, type WeeklyHoursOptions } from '../../../src/sdk/hours/index.js';
import type { Schedule } from '../../../src/sdk/model.js';
import { at, listingWith, monthly, weekly } from './support.js';

const options: WeeklyHoursOptions = { at: at('2026-05-06T12:00:00Z'), timeZone: 'America/New_York' };
const table = (...schedules: Schedule[]) => weeklyHours(listingWith(...schedules), options);
/** The days that have hours, by day. */
const openDays = (days: DayHours[]) => Object.fromEntries(days.filter((d) => d.ranges.length).map(({ day, ...rest }) => [day, rest]));

describe('weeklyHours', () => {
  it('lists Monday to Sunday, joining windows that overlap or touch', () => {
    const hours = table(weekly('MO', '13:00', '17:00'), weekly('MO', '09:00', '12:00'), weekly('MO', '16:00', '18:00'), weekly('TU', '09:00', '12:00'), weekly('TU', '12:00', '17:00'));
    expect(hours.days.map((d) => d.day)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
    expect(openDays(hours.days)).toEqual({
      MO: { ranges: [{ opens: '09:00', closes: '12:00' }, { opens: '13:00', closes: '18:00' }] },
      TU: { ranges: [{ opens: '09:00', closes: '17:00' }] },
    });
  });

  it('keeps a window crossing midnight on the day it opens', () => {
    expect(openDays(table(weekly('FR', '19:00', '07:00')).days)).toEqual({ FR: { ranges: [{ opens: '19:00', closes: '07:00', crossesMidnight: true }] } });
  });

  it.each([
    ['00:00', '23:59'],
    ['00:00', '00:00'],
    ['00:00', '24:00'],
  ])('marks days open %s–%s as open 24 hours, closing at 24:00', (opensAt, closesAt) => {
    const { days } = table(weekly('MO,TU,WE,TH,FR', opensAt, closesAt));
    expect(days.slice(0, 5).every((d) => d.open24Hours && d.ranges.length === 1 && d.ranges[0]!.closes === '24:00')).toBe(true);
    expect(days.slice(5)).toEqual([
      { day: 'SA', ranges: [] },
      { day: 'SU', ranges: [] },
    ]);
  });

  it('counts a night window carried past midnight towards a day open 24 hours', () => {
    const { days } = table(weekly('MO,TU,WE,TH,FR,SA,SU', '07:00', '19:00'), weekly('MO,TU,WE,TH,FR,SA,SU', '19:00', '07:00'));
    expect(days.every((d) => d.open24Hours)).toBe(true);
    expect(days[0]!.ranges).toEqual([{ opens: '07:00', closes: '07:00', crossesMidnight: true }]);
  });

  it('shows times as published, in the schedule’s own zone, whatever zone is asked for', () => {
    const hours = weeklyHours(listingWith(weekly('MO', '09:00', '17:00', { timeZone: 'America/New_York' })), { at: options.at, timeZone: 'Australia/Sydney' });
    expect(hours.days[0]!.ranges).toEqual([{ opens: '09:00', closes: '17:00' }]);
    expect(hours.timeZone).toBe('America/New_York');
  });

  it('keeps fortnightly windows apart from weekly ones', () => {
    const hours = table(weekly('TU', '18:00', '20:00', { interval: 2, dtstart: '2026-01-06' }), weekly('TU', '19:00', '21:00'));
    expect(openDays(hours.days)).toEqual({
      TU: {
        ranges: [
          { opens: '18:00', closes: '20:00', everyWeeks: 2 },
          { opens: '19:00', closes: '21:00' },
        ],
      },
    });
  });

  it('lists monthly rules separately', () => {
    const hours = table(
      monthly('1SA', '09:00', '17:00'),
      monthly('-1FR', '18:00', '20:00', { interval: 2, dtstart: '2026-01-30' }),
      monthly('', '10:00', '12:00', { byMonthDay: [15, -1] }),
      monthly('FR', '10:00', '12:00', { byMonthDay: [13] }),
    );
    expect(hours.monthly).toEqual([
      { ordinal: 1, day: 'SA', opens: '09:00', closes: '17:00' },
      { ordinal: -1, day: 'FR', opens: '18:00', closes: '20:00', everyMonths: 2 },
      { monthDay: 15, opens: '10:00', closes: '12:00' },
      { monthDay: -1, opens: '10:00', closes: '12:00' },
      { day: 'FR', monthDay: 13, opens: '10:00', closes: '12:00' },
    ]);
    expect(openDays(hours.days)).toEqual({});
  });

  it('uses only schedules in force that day, and gives their words as notes', () => {
    const hours = table(
      weekly('MO', '09:00', '17:00', { description: 'Mondays 9–5', notes: 'Closed on public holidays' }),
      weekly('TU', '09:00', '17:00', { description: 'Old Tuesday hours', validTo: '2026-04-30' }),
      weekly('WE', '09:00', '17:00', { description: 'Summer Wednesdays', validFrom: '2026-06-01' }),
      weekly('TH', '09:00', '17:00', { description: 'Spring Thursdays', until: '2026-05-01' }),
      weekly('FR', '09:00', '17:00', { description: 'Mondays 9–5' }),
      { level: 'service', byDay: [], byMonthDay: [], description: 'Evening hours by appointment' },
      { level: 'service', byDay: [], byMonthDay: [], description: 'Winter evenings', validTo: '2026-03-31' },
    );
    expect(Object.keys(openDays(hours.days))).toEqual(['MO', 'FR']);
    expect(hours.notes).toEqual(['Mondays 9–5', 'Closed on public holidays', 'Evening hours by appointment']);
    // The notes alone add to the times; the descriptions restate them ("Mondays 9–5" beside a Friday).
    expect(hours.remarks).toEqual(['Closed on public holidays']);
  });

  it('gives the words alone when nothing can be tabled', () => {
    const hours = table({ level: 'service', byDay: [], byMonthDay: [], description: 'Call for hours' });
    expect(hours).toEqual({
      days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].map((day) => ({ day, ranges: [] })),
      monthly: [],
      exceptions: [],
      notes: ['Call for hours'],
      remarks: [],
      timeZone: 'America/New_York',
    });
  });

  it('describes the location asked for, where the service has hours there', () => {
    const listing = listingWith(weekly('MO', '09:00', '17:00'), { ...weekly('MO', '10:00', '14:00'), level: 'service_at_location', locationId: 'loc-1' });
    expect(weeklyHours(listing, { ...options, locationId: 'loc-1' }).days[0]!.ranges).toEqual([{ opens: '10:00', closes: '14:00' }]);
    expect(weeklyHours(listing, { ...options, locationId: 'loc-9' }).days[0]!.ranges).toEqual([{ opens: '09:00', closes: '17:00' }]);
  });

  it("tables the service's own hours, not its building's, and flags building hours when they are all there is", () => {
    const building = { ...weekly('MO,TU,WE,TH,FR', '08:00', '18:00'), level: 'location', locationId: 'loc-1' } as const;
    const own = weeklyHours(listingWith(weekly('WE', '17:30', '18:30'), building), options);
    expect(own.days.map((day) => day.ranges.length)).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(own.buildingHours).toBeUndefined();
    const onlyBuilding = weeklyHours(listingWith(building), options);
    expect(onlyBuilding.days[0]!.ranges).toEqual([{ opens: '08:00', closes: '18:00' }]);
    expect(onlyBuilding.buildingHours).toBe(true);
  });
});
