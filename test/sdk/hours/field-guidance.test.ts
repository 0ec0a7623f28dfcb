import { describe, expect, it } from 'vitest';
import { nextOccurrence, openingStatus, weeklyHours } from '../../../src/sdk/hours/index.js';
import { normalizeFeed } from '../../../src/sdk/index.js';
import { fixture } from '../support/fixtures.js';
import { at } from './support.js';

// HSDS 3.1 field guidance: Mon–Thu 9–12 and 15–17 (valid 2020-04-01 to 2020-12-20), and the first Saturday
// of the month 9–17 from 2020-07-04 until 2020-11-07. Its times are written with "Z", so read them in UTC.
const [listing] = normalizeFeed(fixture('3.1/field-guidance/schedules/services.json'), 'https://feed.test/').listings;
const options = { timeZone: 'UTC' };
const status = (when: string) => {
  const { state, changesAt, reason } = openingStatus(listing!, at(when), options);
  return { state, changesAt: changesAt?.toISOString(), reason };
};

describe('the official schedules example', () => {
  it('tables the split weekday hours and the first-Saturday rule', () => {
    const weekday = { ranges: [{ opens: '09:00', closes: '12:00' }, { opens: '15:00', closes: '17:00' }] };
    expect(weeklyHours(listing!, { ...options, at: at('2020-07-06T10:00:00Z') })).toEqual({
      days: [
        { day: 'MO', ...weekday },
        { day: 'TU', ...weekday },
        { day: 'WE', ...weekday },
        { day: 'TH', ...weekday },
        { day: 'FR', ranges: [] },
        { day: 'SA', ranges: [] },
        { day: 'SU', ranges: [] },
      ],
      monthly: [{ ordinal: 1, day: 'SA', opens: '09:00', closes: '17:00' }],
      exceptions: [],
      notes: ['Monday to Thursday, 9am to 12pm', 'Monday to Thursday, 3pm to 5pm', 'First Saturday of the month from July-Nov, 9am-5pm'],
      remarks: [],
      timeZone: 'UTC',
    });
  });

  it('drops the Saturday rule after its until date, and everything after valid_to', () => {
    const december = weeklyHours(listing!, { ...options, at: at('2020-12-01T10:00:00Z') });
    expect(december.monthly).toEqual([]);
    expect(december.notes).toEqual(['Monday to Thursday, 9am to 12pm', 'Monday to Thursday, 3pm to 5pm']);
    const january = weeklyHours(listing!, { ...options, at: at('2021-01-04T10:00:00Z') });
    expect(january.days.every((day) => day.ranges.length === 0)).toBe(true);
    expect(january.notes).toEqual([]);
  });

  it('is open, closed for lunch, and open on the first Saturday', () => {
    expect(status('2020-07-06T10:00:00Z')).toEqual({ state: 'open', changesAt: '2020-07-06T12:00:00.000Z' });
    expect(status('2020-07-06T12:30:00Z')).toEqual({ state: 'closed', changesAt: '2020-07-06T15:00:00.000Z' });
    expect(status('2020-07-09T17:30:00Z')).toEqual({ state: 'closed', changesAt: '2020-07-13T09:00:00.000Z' });
    expect(status('2020-07-30T17:30:00Z')).toEqual({ state: 'closed', changesAt: '2020-08-01T09:00:00.000Z' });
    expect(status('2020-07-04T10:00:00Z')).toEqual({ state: 'open', changesAt: '2020-07-04T17:00:00.000Z' });
  });

  it('is closed on a November Saturday once the monthly rule has ended', () => {
    expect(status('2020-11-14T10:00:00Z')).toEqual({ state: 'closed', changesAt: '2020-11-16T09:00:00.000Z' });
  });

  it('is unknown once valid_to has passed', () => {
    expect(status('2020-12-21T10:00:00Z')).toEqual({ state: 'unknown', reason: 'expired' });
    expect(status('2026-05-06T10:00:00Z')).toEqual({ state: 'unknown', reason: 'expired' });
  });

  it('gives the first Saturday as the next session from the Friday before', () => {
    expect(nextOccurrence(listing!, at('2020-07-03T18:00:00Z'), options)).toEqual({
      start: at('2020-07-04T09:00:00Z'),
      end: at('2020-07-04T17:00:00Z'),
      inProgress: false,
      timeZone: 'UTC',
      description: 'First Saturday of the month from July-Nov, 9am-5pm',
    });
  });
});
