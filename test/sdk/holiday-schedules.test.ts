import { describe, expect, it } from 'vitest';
import { openingStatus, weeklyHours } from '../../src/sdk/hours/index.js';
import { normalizeFeed } from '../../src/sdk/index.js';

const FEED = 'https://feed.test/hsds.json';
const first = (record: unknown) => normalizeFeed([record], FEED);

describe('HSDS 1.x holiday_schedules', () => {
  const service = (holidays: unknown[]) => ({
    id: 'svc-1',
    name: 'Food pantry',
    regular_schedules: [{ id: 'r1', weekday: 'Monday', opens_at: '09:00', closes_at: '17:00' }],
    holiday_schedules: holidays,
  });

  it('become exception schedules that close or change those dates, whatever way `closed` is written', () => {
    const { listings, issues } = first(
      service([
        { id: 'h1', closed: true, start_date: '2025-12-25', end_date: '2025-12-25' },
        { id: 'h2', closed: 'TRUE', start_date: '2026-01-01' },
        { id: 'h3', closed: '1', start_date: '2026-05-25', end_date: '2026-05-25' },
        { id: 'h4', closed: 'false', opens_at: '10:00:00', closes_at: '14:00:00', start_date: '2025-12-24', end_date: '2025-12-24' },
        { id: 'h5', closed: 'perhaps', start_date: '2026-07-04' },
      ]),
    );
    const holidays = listings[0]!.schedules.filter((s) => s.exception);
    expect(holidays.map(({ id, closed, validFrom, validTo, opensAt, closesAt }) => ({ id, closed, validFrom, validTo, opensAt, closesAt }))).toEqual([
      { id: 'holiday:h1', closed: true, validFrom: '2025-12-25', validTo: '2025-12-25', opensAt: undefined, closesAt: undefined },
      { id: 'holiday:h2', closed: true, validFrom: '2026-01-01', validTo: '2026-01-01', opensAt: undefined, closesAt: undefined },
      { id: 'holiday:h3', closed: true, validFrom: '2026-05-25', validTo: '2026-05-25', opensAt: undefined, closesAt: undefined },
      { id: 'holiday:h4', closed: false, validFrom: '2025-12-24', validTo: '2025-12-24', opensAt: '10:00', closesAt: '14:00' },
      { id: 'holiday:h5', closed: undefined, validFrom: '2026-07-04', validTo: '2026-07-04', opensAt: undefined, closesAt: undefined },
    ]);
    // Reported where the normalizer met it: regular and holiday rows alike are read as `schedules`.
    expect(issues).toEqual([{ recordId: 'svc-1', path: 'schedules.4.closed', message: 'not true or false: "perhaps"; ignored' }]);
  });

  it('are reported when their dates cannot say which days they cover', () => {
    const { issues } = first(
      service([
        { id: 'h1', closed: true, end_date: '2025-12-25' },
        { id: 'h2', closed: true, start_date: '2025-12-26', end_date: '2025-12-24' },
      ]),
    );
    expect(issues).toEqual([
      { recordId: 'svc-1', path: 'schedules.0.start_date', message: 'holiday hours with no start date; ignored' },
      { recordId: 'svc-1', path: 'schedules.1.end_date', message: 'holiday hours ending (2025-12-24) before they start (2025-12-26); ignored' },
    ]);
  });

  it('close a Monday that the regular hours would open', () => {
    const { listings } = first(service([{ id: 'h3', closed: 1, start_date: '2026-05-25', end_date: '2026-05-25' }]));
    const options = { timeZone: 'America/Chicago' };
    expect(openingStatus(listings[0]!, new Date('2026-05-25T10:00:00-05:00'), options)).toMatchObject({
      state: 'closed',
      changesAt: new Date('2026-06-01T14:00:00.000Z'),
    });
  });

  it('keep a record with no holidays untouched', () => {
    const record = { id: 'svc-1', name: 'Food pantry', schedules: [{ id: 's1', byday: 'MO', opens_at: '09:00', closes_at: '17:00' }] };
    expect(first(record).listings[0]!.schedules.some((s) => s.exception)).toBe(false);
  });
});

// The HSDS 1.1 sample data package (/work/shared/hsds/examples/1.1-datapackage): regular_schedules.csv and
// holiday_schedules.csv, nested the way a 1.x data package reaches the normalizer. Each row names the service,
// the location and the service_at_location; the holiday row shares its id with the first regular row.
// Human Services Data Specification: an Open Referral resource (https://openreferral.org/), CC BY-SA 4.0.
describe('the HSDS 1.1 sample package\'s holiday_schedules.csv', () => {
  const ids = {
    service_id: 'c89eb05c-62dd-4b64-b494-0cc347b6ea7f',
    location_id: '30b83c60-64a1-11e6-8b77-86f30ca893d3',
    service_at_location_id: 'd254626c-6858-46ad-850a-6e1c53ea463a',
  };
  // `weekday` is an integer field in the package's datapackage.json.
  const regular = [
    ['fa9dbdb0-1b0c-11e9-b56e-0800200c9a66', 1],
    ['6ef92fa0-1b0d-11e9-b56e-0800200c9a66', 2],
    ['756c2fe0-1b0d-11e9-b56e-0800200c9a66', 3],
  ].map(([id, weekday]) => ({ id, ...ids, weekday, opens_at: '09:00:00', closes_at: '17:00:00' }));
  const holiday = { id: 'fa9dbdb0-1b0c-11e9-b56e-0800200c9a66', ...ids, closed: 'true', opens_at: '', closes_at: '', start_date: '2019-12-24', end_date: '2019-12-26' };
  const packaged = (holidaysOn: 'service_at_location' | 'location' | 'service') => ({
    id: ids.service_id,
    name: 'Example Service',
    holiday_schedules: holidaysOn === 'service' ? [holiday] : undefined,
    service_at_locations: [
      {
        id: ids.service_at_location_id,
        regular_schedules: regular,
        holiday_schedules: holidaysOn === 'service_at_location' ? [holiday] : undefined,
        location: { id: ids.location_id, name: 'Example Location', holiday_schedules: holidaysOn === 'location' ? [holiday] : undefined },
      },
    ],
  });
  const options = { timeZone: 'Europe/London' };
  const tuesdayChristmasEve = new Date('2019-12-24T10:00:00Z');

  it.each(['service_at_location', 'location', 'service'] as const)('closes 24–26 December 2019, given on the %s', (level) => {
    const listing = first(packaged(level)).listings[0]!;
    expect(listing.schedules.filter((s) => !s.exception)).toHaveLength(3);
    expect(openingStatus(listing, tuesdayChristmasEve, options)).toMatchObject({ state: 'closed', changesAt: new Date(`2019-12-30T09:00:00.000Z`) });
    expect(weeklyHours(listing, { ...options, at: tuesdayChristmasEve }).exceptions).toEqual([
      { from: '2019-12-24', to: '2019-12-26', closed: true, ranges: [], notes: [] },
    ]);
  });

  it('is open those days without the holiday row', () => {
    const listing = first({ ...packaged('service'), holiday_schedules: [] }).listings[0]!;
    expect(openingStatus(listing, tuesdayChristmasEve, options).state).toBe('open');
  });
});

describe('HSDS 3 schedules pinned to a date', () => {
  it('close the day when they give no times, beside the regular hours', () => {
    const { listings } = first({
      id: 'svc-1',
      name: 'Clinic',
      schedules: [
        { id: 's1', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' },
        { id: 's2', valid_from: '2025-12-25', valid_to: '2025-12-25', description: 'Closed for Christmas Day' },
      ],
    });
    const status = openingStatus(listings[0]!, new Date('2025-12-25T15:00:00Z'), { timeZone: 'UTC' });
    expect(status).toMatchObject({ state: 'closed', changesAt: new Date('2025-12-26T09:00:00.000Z') });
  });
});
