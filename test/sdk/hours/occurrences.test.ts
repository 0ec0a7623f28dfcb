import { describe, expect, it } from 'vitest';
import { scheduleOccurrences } from '../../../src/sdk/hours/index.js';
import type { Schedule } from '../../../src/sdk/model.js';
import { at, iso, monthly, weekly } from './support.js';

const between = (schedule: Schedule, from: string, to: string, timeZone = 'UTC'): string[][] =>
  iso(scheduleOccurrences(schedule, at(from), at(to), { timeZone }));

/** The dates (YYYY-MM-DD, UTC) on which the occurrences start. */
const startDates = (schedule: Schedule, from: string, to: string): string[] =>
  between(schedule, from, to).map(([start]) => start!.slice(0, 10));

describe('weekly schedules', () => {
  it('opens on the listed weekdays, in the offset of each date', () => {
    expect(between(weekly('MO,WE', '09:00', '17:00'), '2026-03-02T00:00:00-05:00', '2026-03-12T00:00:00-04:00', 'America/New_York')).toEqual([
      ['2026-03-02T14:00:00.000Z', '2026-03-02T22:00:00.000Z'],
      ['2026-03-04T14:00:00.000Z', '2026-03-04T22:00:00.000Z'],
      ['2026-03-09T13:00:00.000Z', '2026-03-09T21:00:00.000Z'],
      ['2026-03-11T13:00:00.000Z', '2026-03-11T21:00:00.000Z'],
    ]);
  });

  it('ends a window that crosses midnight on the next day, even across a clock change', () => {
    expect(between(weekly('FR', '19:00', '07:00'), '2026-03-06T00:00:00-05:00', '2026-03-07T23:00:00-05:00', 'America/New_York')).toEqual([
      ['2026-03-07T00:00:00.000Z', '2026-03-07T12:00:00.000Z'],
    ]);
    // Saturday 19:00 EST to Sunday 07:00 EDT is eleven hours.
    expect(between(weekly('SA', '19:00', '07:00'), '2026-03-07T12:00:00Z', '2026-03-09T00:00:00Z', 'America/New_York')).toEqual([
      ['2026-03-08T00:00:00.000Z', '2026-03-08T11:00:00.000Z'],
    ]);
  });

  it('includes a window that started the day before the range and is still running', () => {
    expect(between(weekly('FR', '19:00', '07:00'), '2026-03-07T02:00:00-05:00', '2026-03-07T03:00:00-05:00', 'America/New_York')).toEqual([
      ['2026-03-07T00:00:00.000Z', '2026-03-07T12:00:00.000Z'],
    ]);
  });

  it('reads "23:59" as midnight, so an evening window ends at 00:00', () => {
    expect(between(weekly('MO', '18:00', '23:59'), '2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z')).toEqual([
      ['2026-03-02T18:00:00.000Z', '2026-03-03T00:00:00.000Z'],
    ]);
  });

  it('skips a window that lies wholly inside a spring-forward gap', () => {
    const schedule = weekly('SU', '02:10', '02:50');
    const dates = between(schedule, '2026-03-01T00:00:00Z', '2026-03-16T00:00:00Z', 'America/New_York').map(([start]) => start);
    expect(dates).toEqual(['2026-03-01T07:10:00.000Z', '2026-03-15T06:10:00.000Z']);
  });
});

describe('open 24 hours', () => {
  it.each([
    ['00:00', '23:59'],
    ['00:00', '00:00'],
    ['00:00', '24:00'],
  ])('merges consecutive %s–%s days into one interval', (opensAt, closesAt) => {
    const schedule = weekly('MO,TU,WE,TH,FR,SA,SU', opensAt, closesAt);
    expect(between(schedule, '2026-03-09T12:00:00-04:00', '2026-03-11T12:00:00-04:00', 'America/New_York')).toEqual([
      ['2026-03-09T04:00:00.000Z', '2026-03-12T04:00:00.000Z'],
    ]);
  });

  it('lasts 23 hours on the day the clocks go forward', () => {
    expect(between(weekly('SU', '00:00', '24:00'), '2026-03-08T12:00:00Z', '2026-03-08T13:00:00Z', 'America/New_York')).toEqual([
      ['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
    ]);
  });
});

describe('monthly schedules', () => {
  it('finds the first Saturday', () => {
    expect(startDates(monthly('1SA', '10:00', '12:00'), '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z')).toEqual([
      '2026-01-03',
      '2026-02-07',
      '2026-03-07',
      '2026-04-04',
      '2026-05-02',
      '2026-06-06',
    ]);
  });

  it('finds the last Friday, the fifth in months that have five', () => {
    expect(startDates(monthly('-1FR', '10:00', '12:00'), '2026-01-01T00:00:00Z', '2026-08-01T00:00:00Z')).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
      '2026-06-26',
      '2026-07-31',
    ]);
    expect(startDates(monthly('5FR', '10:00', '12:00'), '2026-01-01T00:00:00Z', '2026-08-01T00:00:00Z')).toEqual(['2026-01-30', '2026-05-29', '2026-07-31']);
  });

  it('finds the second Tuesday', () => {
    expect(startDates(monthly('2TU', '10:00', '12:00'), '2026-01-01T00:00:00Z', '2026-05-01T00:00:00Z')).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
    ]);
  });

  it('finds days of the month, counting negative ones from the end', () => {
    expect(startDates(monthly('', '10:00', '12:00', { byMonthDay: [15, -1] }), '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-01-15',
      '2026-01-31',
      '2026-02-15',
      '2026-02-28',
      '2026-03-15',
      '2026-03-31',
    ]);
    expect(startDates(monthly('', '10:00', '12:00', { byMonthDay: [31] }), '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z')).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
    ]);
  });

  it('needs both a weekday and a day of the month when given both', () => {
    expect(startDates(monthly('FR', '10:00', '12:00', { byMonthDay: [13] }), '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual([
      '2026-02-13',
      '2026-03-13',
      '2026-11-13',
    ]);
  });

  it('repeats every few months from dtstart', () => {
    const quarterly = monthly('', '10:00', '12:00', { byMonthDay: [1], interval: 3, dtstart: '2026-01-01' });
    expect(startDates(quarterly, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
  });

  it('repeats on the day of the month of dtstart when it names no day', () => {
    expect(startDates(monthly('', '10:00', '12:00', { dtstart: '2026-01-20' }), '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-01-20',
      '2026-02-20',
      '2026-03-20',
    ]);
  });
});

describe('interval, dtstart, until, count and validity', () => {
  it('is fortnightly with interval 2, counted from the week of dtstart', () => {
    const range = ['2026-01-01T00:00:00Z', '2026-02-15T00:00:00Z'] as const;
    expect(startDates(weekly('TU', '18:00', '20:00', { interval: 2, dtstart: '2026-01-06' }), ...range)).toEqual(['2026-01-06', '2026-01-20', '2026-02-03']);
    expect(startDates(weekly('TU', '18:00', '20:00', { interval: 2, dtstart: '2026-01-05' }), ...range)).toEqual(['2026-01-06', '2026-01-20', '2026-02-03']);
    expect(startDates(weekly('TU', '18:00', '20:00', { interval: 2, dtstart: '2026-01-13' }), ...range)).toEqual(['2026-01-13', '2026-01-27', '2026-02-10']);
  });

  it('starts at dtstart and stops after until (inclusive)', () => {
    const schedule = weekly('TU', '10:00', '11:00', { dtstart: '2026-01-13', until: '2026-02-03' });
    expect(startDates(schedule, '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z')).toEqual(['2026-01-13', '2026-01-20', '2026-01-27', '2026-02-03']);
  });

  it('stops after count occurrences', () => {
    const schedule = weekly('TU,TH', '10:00', '11:00', { dtstart: '2026-01-06', count: 3 });
    expect(startDates(schedule, '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z')).toEqual(['2026-01-06', '2026-01-08', '2026-01-13']);
  });

  it('says nothing outside valid_from–valid_to', () => {
    const schedule = weekly('TU', '10:00', '11:00', { validFrom: '2026-01-10', validTo: '2026-01-27' });
    expect(startDates(schedule, '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z')).toEqual(['2026-01-13', '2026-01-20', '2026-01-27']);
  });

  it('reads a schedule without freq from its byday, and one with only dtstart as a single date', () => {
    expect(startDates({ ...weekly('MO', '10:00', '11:00'), freq: undefined }, '2026-01-01T00:00:00Z', '2026-01-15T00:00:00Z')).toEqual(['2026-01-05', '2026-01-12']);
    const once: Schedule = { level: 'service', byDay: [], byMonthDay: [], opensAt: '10:00', closesAt: '11:00', dtstart: '2026-01-07' };
    expect(startDates(once, '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z')).toEqual(['2026-01-07']);
  });

  it('reads ordinals or days of the month without freq as MONTHLY', () => {
    expect(startDates({ ...monthly('1SA', '10:00', '11:00'), freq: undefined }, '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z')).toEqual(['2026-01-03', '2026-02-07']);
    expect(startDates({ ...monthly('', '10:00', '11:00', { byMonthDay: [2] }), freq: undefined }, '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z')).toEqual([
      '2026-01-02',
      '2026-02-02',
    ]);
  });

  it('ignores ordinals in a WEEKLY rule, and repeats on the weekday of dtstart when it names no day', () => {
    expect(startDates(weekly('1MO', '10:00', '11:00'), '2026-01-01T00:00:00Z', '2026-01-15T00:00:00Z')).toEqual(['2026-01-05', '2026-01-12']);
    expect(startDates(weekly('', '10:00', '11:00', { dtstart: '2026-01-07' }), '2026-01-01T00:00:00Z', '2026-01-22T00:00:00Z')).toEqual([
      '2026-01-07',
      '2026-01-14',
      '2026-01-21',
    ]);
  });

  it('gives nothing for a schedule it cannot evaluate', () => {
    const range = [at('2026-01-01T00:00:00Z'), at('2026-03-01T00:00:00Z')] as const;
    expect(scheduleOccurrences(weekly('MO', '09:00', '17:00', { closesAt: undefined }), ...range)).toEqual([]);
    expect(scheduleOccurrences(weekly('MO', '09:00', '17:00', { interval: 2 }), ...range)).toEqual([]);
    expect(scheduleOccurrences(weekly('', '09:00', '17:00'), ...range)).toEqual([]);
  });
});

describe('time zone of a schedule', () => {
  const range = ['2026-07-06T00:00:00Z', '2026-07-07T00:00:00Z'] as const;

  it('prefers its own IANA zone, then its own offset, then the option', () => {
    expect(between(weekly('MO', '09:00', '17:00', { timeZone: 'Europe/London', utcOffsetMinutes: -480 }), ...range, 'America/New_York')).toEqual([
      ['2026-07-06T08:00:00.000Z', '2026-07-06T16:00:00.000Z'],
    ]);
    expect(between(weekly('MO', '09:00', '17:00', { utcOffsetMinutes: -480 }), ...range, 'America/New_York')).toEqual([
      ['2026-07-06T17:00:00.000Z', '2026-07-07T01:00:00.000Z'],
    ]);
    expect(between(weekly('MO', '09:00', '17:00'), ...range, 'America/New_York')).toEqual([['2026-07-06T13:00:00.000Z', '2026-07-06T21:00:00.000Z']]);
  });

  it('falls back to the runtime zone', () => {
    const runtime = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const schedule = weekly('MO', '09:00', '17:00');
    expect(scheduleOccurrences(schedule, at(range[0]), at(range[1]))).toEqual(scheduleOccurrences(schedule, at(range[0]), at(range[1]), { timeZone: runtime }));
  });
});
