import { describe, expect, it } from 'vitest';
import { openingStatus, type HoursOptions } from '../../../src/sdk/hours/index.js';
import type { Address, Listing, Schedule } from '../../../src/sdk/model.js';
import { makeListing } from '../../support/listings.js';
import { at, listingWith, monthly, weekly } from './support.js';

/** State, changesAt as ISO and reason: what a card shows. */
function status(listing: Listing, when: string, options: HoursOptions = {}): { state: string; changesAt?: string; reason?: string } {
  const { state, changesAt, reason } = openingStatus(listing, at(when), options);
  return { state, ...(changesAt ? { changesAt: changesAt.toISOString() } : {}), ...(reason ? { reason } : {}) };
}

const open = (changesAt?: string) => (changesAt ? { state: 'open', changesAt } : { state: 'open' });
const closed = (changesAt?: string) => (changesAt ? { state: 'closed', changesAt } : { state: 'closed' });
const WEEKDAYS = 'MO,TU,WE,TH,FR';
const EVERY_DAY = 'MO,TU,WE,TH,FR,SA,SU';

describe('open or closed across time zones and clock changes', () => {
  it('America/New_York around spring-forward (2026-03-08)', () => {
    const office = listingWith(weekly(WEEKDAYS, '09:00', '17:00', { timeZone: 'America/New_York' }));
    expect(status(office, '2026-03-06T16:59:00-05:00')).toEqual(open('2026-03-06T22:00:00.000Z'));
    expect(status(office, '2026-03-07T12:00:00-05:00')).toEqual(closed('2026-03-09T13:00:00.000Z'));
    expect(status(office, '2026-03-09T08:30:00-04:00')).toEqual(closed('2026-03-09T13:00:00.000Z'));
    expect(status(office, '2026-03-09T16:30:00-04:00')).toEqual(open('2026-03-09T21:00:00.000Z'));
  });

  it('America/New_York around fall-back (2026-11-01)', () => {
    const office = listingWith(weekly(WEEKDAYS, '09:00', '17:00', { timeZone: 'America/New_York' }));
    expect(status(office, '2026-10-30T17:30:00-04:00')).toEqual(closed('2026-11-02T14:00:00.000Z'));
    expect(status(office, '2026-11-02T09:30:00-05:00')).toEqual(open('2026-11-02T22:00:00.000Z'));
  });

  it('an overnight shelter through both clock changes', () => {
    const shelter = listingWith(weekly(EVERY_DAY, '19:00', '07:00', { timeZone: 'America/New_York' }));
    expect(status(shelter, '2026-03-08T03:30:00-04:00')).toEqual(open('2026-03-08T11:00:00.000Z'));
    // 01:30 EST, the second time the clock shows 01:30 that night.
    expect(status(shelter, '2026-11-01T06:30:00Z')).toEqual(open('2026-11-01T12:00:00.000Z'));
    expect(status(shelter, '2026-11-01T12:00:00-05:00')).toEqual(closed('2026-11-02T00:00:00.000Z'));
  });

  it('opens just after the gap when its opening time does not exist that night', () => {
    const early = listingWith(weekly('SU', '02:30', '05:00', { timeZone: 'America/New_York' }));
    expect(status(early, '2026-03-08T06:59:00Z')).toEqual(closed('2026-03-08T07:00:00.000Z'));
    expect(status(early, '2026-03-08T07:00:00Z')).toEqual(open('2026-03-08T09:00:00.000Z'));
  });

  it('opens at the first of two 01:30s on fall-back night, and closes at 03:00 standard time', () => {
    const night = listingWith(weekly('SU', '01:30', '03:00', { timeZone: 'America/New_York' }));
    expect(status(night, '2026-11-01T05:29:00Z')).toEqual(closed('2026-11-01T05:30:00.000Z'));
    expect(status(night, '2026-11-01T06:45:00Z')).toEqual(open('2026-11-01T08:00:00.000Z'));
  });

  it('America/Los_Angeles', () => {
    const clinic = listingWith(weekly(WEEKDAYS, '08:00', '16:30'));
    const options = { timeZone: 'America/Los_Angeles' };
    expect(status(clinic, '2026-10-30T07:59:00-07:00', options)).toEqual(closed('2026-10-30T15:00:00.000Z'));
    expect(status(clinic, '2026-11-02T08:00:00-08:00', options)).toEqual(open('2026-11-03T00:30:00.000Z'));
  });

  it('Europe/London around 2026-03-29 and 2026-10-25', () => {
    const office = listingWith(weekly(WEEKDAYS, '09:00', '17:00', { timeZone: 'Europe/London' }));
    expect(status(office, '2026-03-27T08:30:00Z')).toEqual(closed('2026-03-27T09:00:00.000Z'));
    expect(status(office, '2026-03-30T08:30:00Z')).toEqual(open('2026-03-30T16:00:00.000Z'));
    expect(status(office, '2026-10-23T08:30:00Z')).toEqual(open('2026-10-23T16:00:00.000Z'));
    expect(status(office, '2026-10-26T08:30:00Z')).toEqual(closed('2026-10-26T09:00:00.000Z'));
  });

  it('Australia/Sydney around 2026-04-05 (DST ends) and 2026-10-04 (DST starts)', () => {
    const office = listingWith(weekly(EVERY_DAY, '09:00', '17:00', { timeZone: 'Australia/Sydney' }));
    expect(status(office, '2026-04-03T22:30:00Z')).toEqual(open('2026-04-04T06:00:00.000Z'));
    expect(status(office, '2026-04-04T22:30:00Z')).toEqual(closed('2026-04-04T23:00:00.000Z'));
    expect(status(office, '2026-10-03T22:30:00Z')).toEqual(open('2026-10-04T06:00:00.000Z'));
    expect(status(office, '2026-10-04T22:30:00Z')).toEqual(open('2026-10-05T06:00:00.000Z'));
  });

  it('a fixed UTC offset of -480 minutes, which ignores daylight saving and the option', () => {
    const pantry = listingWith(weekly(WEEKDAYS, '09:00', '17:00', { utcOffsetMinutes: -480 }));
    const options = { timeZone: 'America/Los_Angeles' };
    expect(status(pantry, '2026-07-06T16:30:00Z', options)).toEqual(closed('2026-07-06T17:00:00.000Z'));
    expect(status(pantry, '2026-07-07T00:30:00Z', options)).toEqual(open('2026-07-07T01:00:00.000Z'));
    expect(openingStatus(pantry, at('2026-07-07T00:30:00Z'), options).timeZone).toBe('-08:00');
  });

  it('reads schedules in the runtime zone when nothing else names one, and ignores unknown zone names', () => {
    const office = { ...listingWith(weekly(WEEKDAYS, '09:00', '17:00')), locations: [] };
    const runtime = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const when = at('2026-05-06T15:00:00Z');
    expect(openingStatus(office, when)).toEqual(openingStatus(office, when, { timeZone: runtime }));
    expect(openingStatus(office, when, { timeZone: 'Not/A_Zone' })).toEqual(openingStatus(office, when, { timeZone: runtime }));
  });
});

describe('the zone of the place', () => {
  const officeIn = (address: Omit<Address, 'lines'>) => ({
    ...listingWith(weekly(WEEKDAYS, '09:00', '17:00')),
    locations: [{ id: 'loc-1', virtual: false, accessibility: [], address: { lines: ['1 Main Street'], ...address } }],
  });
  // 15:30 UTC on a Wednesday in May: 11:30 in New York (open), 8:30 in Los Angeles (closed), 16:30 in London.
  const when = '2026-05-06T15:30:00Z';
  const zoneOf = (listing: Listing, options?: HoursOptions) => openingStatus(listing, at(when), options).timeZone;

  it('reads schedules naming no zone in the zone of the address’s state, province or country', () => {
    expect(status(officeIn({ region: 'NY', country: 'US' }), when)).toEqual(open('2026-05-06T21:00:00.000Z'));
    expect(zoneOf(officeIn({ region: 'NY', country: 'US' }))).toBe('America/New_York');
    expect(status(officeIn({ region: 'California' }), when)).toEqual(closed('2026-05-06T16:00:00.000Z'));
    expect(zoneOf(officeIn({ region: 'California' }))).toBe('America/Los_Angeles');
    expect(zoneOf(officeIn({ region: 'B.C.', country: 'Canada' }))).toBe('America/Vancouver');
    expect(zoneOf(officeIn({ region: 'WA', country: 'AU' }))).toBe('Australia/Perth');
    expect(status(officeIn({ city: 'Leeds', country: 'GB' }), when)).toEqual(open('2026-05-06T16:00:00.000Z'));
  });

  it('lets the caller’s zone and the schedule’s own zone win over the address', () => {
    expect(zoneOf(officeIn({ region: 'NY' }), { timeZone: 'America/Los_Angeles' })).toBe('America/Los_Angeles');
    const zoned = { ...officeIn({ region: 'NY' }), schedules: [weekly(WEEKDAYS, '09:00', '17:00', { timeZone: 'Europe/London' })] };
    expect(zoneOf(zoned)).toBe('Europe/London');
  });

  it('falls back to the runtime zone when the address does not settle it', () => {
    const runtime = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (const address of [{ region: 'Bavaria', country: 'DE' }, { city: 'Springfield' }, { region: 'ZZ', country: 'US' }]) {
      expect(openingStatus(officeIn(address), at(when))).toEqual(openingStatus(officeIn(address), at(when), { timeZone: runtime }));
    }
  });
});

describe('windows crossing midnight', () => {
  const late = listingWith(weekly('FR', '19:00', '07:00', { timeZone: 'America/New_York' }));

  it('is open at 02:00 on the next day and closed at 08:00', () => {
    expect(status(late, '2026-05-09T02:00:00-04:00')).toEqual(open('2026-05-09T11:00:00.000Z'));
    expect(status(late, '2026-05-09T08:00:00-04:00')).toEqual(closed('2026-05-15T23:00:00.000Z'));
  });

  it('joins an evening window to an early-morning one of the next day', () => {
    const split = listingWith(weekly('MO', '18:00', '23:59'), weekly('TU', '00:00', '02:00'));
    expect(status(split, '2026-05-04T23:30:00-04:00', { timeZone: 'America/New_York' })).toEqual(open('2026-05-05T06:00:00.000Z'));
  });
});

describe('open 24 hours', () => {
  it.each([
    ['00:00', '23:59'],
    ['00:00', '00:00'],
    ['00:00', '24:00'],
  ])('is open with no closing time when open %s–%s every day', (opensAt, closesAt) => {
    const hotline = listingWith(weekly(EVERY_DAY, opensAt, closesAt, { timeZone: 'America/New_York' }));
    for (const when of ['2026-05-06T12:00:00-04:00', '2026-05-06T23:59:30-04:00', '2026-03-08T02:00:00-05:00', '2026-11-01T01:30:00-05:00']) {
      expect(status(hotline, when)).toEqual(open());
    }
  });

  it('is 24/7 when two schedules together cover the week', () => {
    const hotline = listingWith(weekly(WEEKDAYS, '00:00', '23:59'), weekly('SA,SU', '00:00', '24:00'));
    expect(status(hotline, '2026-05-08T23:59:00Z', { timeZone: 'UTC' })).toEqual(open());
  });

  it('closes at the midnight that ends the last 24-hour day, not at 23:59', () => {
    const weekdays = listingWith(weekly(WEEKDAYS, '00:00', '23:59', { timeZone: 'America/New_York' }));
    expect(status(weekdays, '2026-05-06T12:00:00-04:00')).toEqual(open('2026-05-09T04:00:00.000Z'));
    const tuesday = listingWith(weekly('TU', '00:00', '23:59', { timeZone: 'America/New_York' }));
    expect(status(tuesday, '2026-05-05T12:00:00-04:00')).toEqual(open('2026-05-06T04:00:00.000Z'));
  });
});

describe('several windows a day', () => {
  it('is closed over lunch and says when it reopens', () => {
    const office = listingWith(weekly('MO', '09:00', '12:00'), weekly('MO', '13:00', '17:00'));
    const options = { timeZone: 'America/New_York' };
    expect(status(office, '2026-05-04T11:00:00-04:00', options)).toEqual(open('2026-05-04T16:00:00.000Z'));
    expect(status(office, '2026-05-04T12:30:00-04:00', options)).toEqual(closed('2026-05-04T17:00:00.000Z'));
  });

  it('joins windows that touch', () => {
    const office = listingWith(weekly('MO', '12:00', '17:00'), weekly('MO', '09:00', '12:00'));
    expect(status(office, '2026-05-04T11:00:00-04:00', { timeZone: 'America/New_York' })).toEqual(open('2026-05-04T21:00:00.000Z'));
  });
});

describe('monthly and fortnightly rules', () => {
  const options = { timeZone: 'America/New_York' };

  it('looks weeks ahead for the next first Saturday', () => {
    const market = listingWith(monthly('1SA', '10:00', '12:00'));
    expect(status(market, '2026-03-08T12:00:00-04:00', options)).toEqual(closed('2026-04-04T14:00:00.000Z'));
    expect(status(market, '2026-04-04T11:00:00-04:00', options)).toEqual(open('2026-04-04T16:00:00.000Z'));
  });

  it('finds the last Friday in a month with five', () => {
    expect(status(listingWith(monthly('-1FR', '10:00', '12:00')), '2026-05-23T12:00:00-04:00', options)).toEqual(closed('2026-05-29T14:00:00.000Z'));
  });

  it('finds the second Tuesday', () => {
    expect(status(listingWith(monthly('2TU', '10:00', '12:00')), '2026-05-06T12:00:00-04:00', options)).toEqual(closed('2026-05-12T14:00:00.000Z'));
  });

  it('finds the last day of the month', () => {
    expect(status(listingWith(monthly('', '10:00', '12:00', { byMonthDay: [-1] })), '2026-02-10T12:00:00-05:00', options)).toEqual(
      closed('2026-02-28T15:00:00.000Z'),
    );
  });

  it('skips the off week of a fortnightly meeting', () => {
    const group = listingWith(weekly('TU', '18:00', '20:00', { interval: 2, dtstart: '2026-01-06' }));
    expect(status(group, '2026-01-13T19:00:00-05:00', options)).toEqual(closed('2026-01-20T23:00:00.000Z'));
    expect(status(group, '2026-01-20T19:00:00-05:00', options)).toEqual(open('2026-01-21T01:00:00.000Z'));
  });
});

describe('when the schedules cannot say', () => {
  const options = { timeZone: 'America/New_York' };
  const monday = '2026-03-02T10:00:00-05:00';

  it('is unknown, not closed, once valid_to has passed', () => {
    const old = listingWith(weekly(WEEKDAYS, '09:00', '17:00', { validTo: '2026-01-31' }));
    expect(status(old, monday, options)).toEqual({ state: 'unknown', reason: 'expired' });
    expect(status(old, '2026-01-30T10:00:00-05:00', options)).toEqual(open('2026-01-30T22:00:00.000Z'));
  });

  it('is closed with reason "ended" once every recurrence has ended', () => {
    const seasonal = listingWith(weekly(WEEKDAYS, '09:00', '17:00', { until: '2026-01-31' }));
    expect(status(seasonal, monday, options)).toEqual({ state: 'closed', reason: 'ended' });
    const course = listingWith(weekly('TU', '18:00', '20:00', { dtstart: '2026-01-06', count: 3 }));
    expect(status(course, '2026-01-21T12:00:00-05:00', options)).toEqual({ state: 'closed', reason: 'ended' });
  });

  it('is unknown when expired hours sit beside an ended recurrence', () => {
    const listing = listingWith(weekly(WEEKDAYS, '09:00', '17:00', { validTo: '2026-01-31' }), monthly('1SA', '09:00', '12:00', { until: '2026-02-07' }));
    expect(status(listing, monday, options)).toEqual({ state: 'unknown', reason: 'expired' });
  });

  it('uses the hours still valid when older ones have expired', () => {
    const listing = listingWith(
      weekly(WEEKDAYS, '08:00', '12:00', { validTo: '2026-01-31' }),
      weekly(WEEKDAYS, '10:00', '16:00', { validFrom: '2026-02-01' }),
    );
    expect(status(listing, '2026-03-02T09:00:00-05:00', options)).toEqual(closed('2026-03-02T15:00:00.000Z'));
  });

  it('is unknown before valid_from', () => {
    const future = listingWith(weekly(WEEKDAYS, '09:00', '17:00', { validFrom: '2026-06-01' }));
    expect(status(future, monday, options)).toEqual({ state: 'unknown', reason: 'not-yet-valid' });
  });

  it('is unknown when the schedules are only words', () => {
    expect(status(listingWith({ level: 'service', byDay: [], byMonthDay: [], description: 'Call for hours' }), monday)).toEqual({
      state: 'unknown',
      reason: 'description-only',
    });
    expect(status(listingWith(weekly(WEEKDAYS, '09:00', '', { closesAt: undefined, notes: 'Closes when the food runs out' })), monday)).toEqual({
      state: 'unknown',
      reason: 'description-only',
    });
  });

  it('is unknown when there is no schedule at all', () => {
    expect(status(listingWith(), monday)).toEqual({ state: 'unknown', reason: 'no-schedule' });
    expect(status(listingWith({ level: 'service', byDay: [], byMonthDay: [] }), monday)).toEqual({ state: 'unknown', reason: 'no-schedule' });
  });

  it('is closed with no next opening when none falls within a year', () => {
    const distant = listingWith(weekly(WEEKDAYS, '09:00', '17:00', { dtstart: '2028-01-03' }));
    expect(status(distant, monday, options)).toEqual(closed());
  });
});

describe('which level of schedule applies', () => {
  const atLocation = (level: Schedule['level'], locationId: string, opensAt: string, closesAt: string): Schedule => ({
    ...weekly(WEEKDAYS, opensAt, closesAt),
    level,
    locationId,
  });
  const base = makeListing();
  const listing = makeListing({
    locations: [
      { ...base.locations[0]!, id: 'loc-1', distanceKm: 5 },
      { ...base.locations[0]!, id: 'loc-2', distanceKm: 1 },
      { ...base.locations[0]!, id: 'loc-3', distanceKm: 0.5 },
    ],
    schedules: [
      weekly(WEEKDAYS, '09:00', '17:00'),
      atLocation('location', 'loc-1', '10:00', '14:00'),
      atLocation('service_at_location', 'loc-1', '12:00', '13:00'),
      atLocation('location', 'loc-2', '08:00', '20:00'),
    ],
  });
  const when = '2026-05-04T11:00:00-04:00';
  const zone = { timeZone: 'America/New_York' };

  it("prefers the service at that location, then the service's own hours; the building's never beat them", () => {
    expect(status(listing, when, { ...zone, locationId: 'loc-1' })).toEqual(closed('2026-05-04T16:00:00.000Z'));
    expect(status(listing, when, { ...zone, locationId: 'loc-2' })).toEqual(open('2026-05-04T21:00:00.000Z'));
    expect(status(listing, when, { ...zone, locationId: 'loc-3' })).toEqual(open('2026-05-04T21:00:00.000Z'));
  });

  it('uses the nearest location with schedules of its own when none is given', () => {
    expect(status(listing, when, zone)).toEqual(open('2026-05-04T21:00:00.000Z'));
  });

  it("falls back to the building's hours only when the service has none, and says so", () => {
    const buildingOnly = makeListing({ ...listing, schedules: listing.schedules.filter((s) => s.level === 'location') });
    expect(openingStatus(buildingOnly, at(when), { ...zone, locationId: 'loc-2' })).toMatchObject({ state: 'open', buildingHours: true });
    expect(openingStatus(listing, at(when), { ...zone, locationId: 'loc-2' }).buildingHours).toBeUndefined();
  });
});
