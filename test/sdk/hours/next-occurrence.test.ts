import { describe, expect, it } from 'vitest';
import { nextOccurrence } from '../../../src/sdk/hours/index.js';
import { at, listingWith, monthly, weekly } from './support.js';

const group = weekly('TU', '18:30', '20:00', {
  timeZone: 'America/New_York',
  attendingType: 'In person',
  description: 'Tuesdays, 6:30–8 pm',
  link: 'https://example.org/groups/tuesday',
});

describe('nextOccurrence', () => {
  it('finds next Tuesday from a Wednesday, across the change to daylight time', () => {
    expect(nextOccurrence(listingWith(group), at('2026-03-04T12:00:00-05:00'))).toEqual({
      start: at('2026-03-10T22:30:00Z'),
      end: at('2026-03-11T00:00:00Z'),
      inProgress: false,
      timeZone: 'America/New_York',
      attendingType: 'In person',
      description: 'Tuesdays, 6:30–8 pm',
      link: 'https://example.org/groups/tuesday',
    });
  });

  it('returns the meeting in progress on Tuesday at 19:00', () => {
    expect(nextOccurrence(listingWith(group), at('2026-03-10T19:00:00-04:00'))).toMatchObject({
      start: at('2026-03-10T22:30:00Z'),
      end: at('2026-03-11T00:00:00Z'),
      inProgress: true,
    });
  });

  it('returns an overnight session still running after midnight', () => {
    const vigil = listingWith(weekly('FR', '22:00', '02:00', { timeZone: 'America/New_York' }));
    expect(nextOccurrence(vigil, at('2026-05-09T01:00:00-04:00'))).toMatchObject({
      start: at('2026-05-09T02:00:00Z'),
      end: at('2026-05-09T06:00:00Z'),
      inProgress: true,
    });
  });

  it('moves on to the next week once the meeting has ended', () => {
    expect(nextOccurrence(listingWith(group), at('2026-03-10T20:00:00-04:00'))).toMatchObject({ start: at('2026-03-17T22:30:00Z'), inProgress: false });
  });

  it('finds a first-Saturday meeting weeks ahead', () => {
    const clinic = listingWith(monthly('1SA', '10:00', '12:00', { timeZone: 'America/New_York' }));
    expect(nextOccurrence(clinic, at('2026-03-08T12:00:00-04:00'))).toEqual({
      start: at('2026-04-04T14:00:00Z'),
      end: at('2026-04-04T16:00:00Z'),
      inProgress: false,
      timeZone: 'America/New_York',
    });
  });

  it('picks the earliest session among several schedules and keeps its own details', () => {
    const online = weekly('TH', '12:00', '13:00', { timeZone: 'America/New_York', attendingType: 'Online' });
    expect(nextOccurrence(listingWith(group, online), at('2026-03-04T12:00:00-05:00'))).toEqual({
      start: at('2026-03-05T17:00:00Z'),
      end: at('2026-03-05T18:00:00Z'),
      inProgress: false,
      timeZone: 'America/New_York',
      attendingType: 'Online',
    });
  });

  it('finds nothing once the meetings have ended, or when there are only words', () => {
    expect(nextOccurrence(listingWith({ ...group, until: '2026-02-24' }), at('2026-03-04T12:00:00-05:00'))).toBeUndefined();
    expect(nextOccurrence(listingWith({ level: 'service', byDay: [], byMonthDay: [], description: 'Ask at reception' }), at('2026-03-04T12:00:00Z'))).toBeUndefined();
  });
});
