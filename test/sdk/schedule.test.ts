import { describe, expect, it } from 'vitest';
import { normalizeFeed } from '../../src/sdk/index.js';
import { parseByDay, parseTime, parseTimeZone, toSchedule } from '../../src/sdk/normalize/schedule.js';
import { fixture } from './support/fixtures.js';

describe('schedule parsing', () => {
  it('reads weekly and monthly byday with ordinals, in weekday order', () => {
    expect(parseByDay('TU,MO').rules).toEqual([{ day: 'MO' }, { day: 'TU' }]);
    expect(parseByDay('1SA,-1FR').rules).toEqual([{ day: 'FR', ordinal: -1 }, { day: 'SA', ordinal: 1 }]);
    expect(parseByDay(['monday', 'Thurs']).rules).toEqual([{ day: 'MO' }, { day: 'TH' }]);
    expect(parseByDay('MO, XX, 0TU, 9WE')).toEqual({ rules: [{ day: 'MO' }], invalid: ['XX', '0TU', '9WE'] });
  });

  it('reads times as wall-clock HH:MM', () => {
    expect(parseTime('09:00')).toBe('09:00');
    expect(parseTime('9:30:00')).toBe('09:30');
    expect(parseTime('0900')).toBe('09:00');
    expect(parseTime('09:00:00Z')).toBe('09:00');
    expect(parseTime('17:00-05:00')).toBe('17:00');
    expect(parseTime('5pm')).toBe('17:00');
    expect(parseTime('12:30 a.m.')).toBe('00:30');
    expect(parseTime('24:00')).toBe('24:00');
    expect(parseTime('25:00')).toBeUndefined();
    expect(parseTime('noon')).toBeUndefined();
  });

  it('reads numeric offsets as minutes and IANA names as time zones', () => {
    expect(parseTimeZone('3')).toEqual({ utcOffsetMinutes: 180 });
    expect(parseTimeZone('-5')).toEqual({ utcOffsetMinutes: -300 });
    expect(parseTimeZone('5.5')).toEqual({ utcOffsetMinutes: 330 });
    expect(parseTimeZone('-300')).toEqual({ utcOffsetMinutes: -300 });
    expect(parseTimeZone('+05:30')).toEqual({ utcOffsetMinutes: 330 });
    expect(parseTimeZone('America/New_York')).toEqual({ timeZone: 'America/New_York' });
    expect(parseTimeZone('Mars/Olympus')).toBeUndefined();
  });

  it('normalizes a schedule and reports what it could not read', () => {
    const issues: string[] = [];
    const schedule = toSchedule(
      { freq: 'monthly', byday: '1SA,ZZ', opens_at: '09:00:00Z', closes_at: 'late', timezone: 'Europe/London', valid_to: '2025-12-31T00:00:00Z', schedule_link: 'javascript:alert(1)' },
      'location',
      'loc-1',
      'schedules.0',
      (path, message) => issues.push(`${path}: ${message}`),
    );
    expect(schedule).toEqual({ level: 'location', locationId: 'loc-1', freq: 'MONTHLY', byDay: [{ day: 'SA', ordinal: 1 }], byMonthDay: [], opensAt: '09:00', validTo: '2025-12-31', timeZone: 'Europe/London' });
    expect(issues).toEqual(['schedules.0.byday: not weekdays: ZZ; ignored', 'schedules.0.closes_at: not a time: "late"; ignored']);
  });

  it('reads the official field-guidance example (split days and a first-Saturday rule)', () => {
    const [listing] = normalizeFeed(fixture('3.1/field-guidance/schedules/services.json'), 'https://feed.test/').listings;
    expect(listing!.schedules.map((s) => [s.freq, s.byDay, s.opensAt, s.closesAt, s.until ?? null])).toEqual([
      ['WEEKLY', [{ day: 'MO' }, { day: 'TU' }, { day: 'WE' }, { day: 'TH' }], '09:00', '12:00', null],
      ['WEEKLY', [{ day: 'MO' }, { day: 'TU' }, { day: 'WE' }, { day: 'TH' }], '15:00', '17:00', null],
      ['MONTHLY', [{ day: 'SA', ordinal: 1 }], '09:00', '17:00', '2020-11-07'],
    ]);
  });
});
