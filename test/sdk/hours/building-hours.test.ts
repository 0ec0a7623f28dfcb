import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextOccurrence, openingStatus, weeklyHours } from '../../../src/sdk/hours/index.js';
import { normalizeFeed } from '../../../src/sdk/index.js';
import type { Schedule } from '../../../src/sdk/model.js';
import { at, listingWith, weekly } from './support.js';

// The demo's "Anxiety Skills Group" meets Wednesdays 5:30–6:30 PM (its own schedule) at Riverbend Counseling
// Center, open Monday–Thursday 8 AM–6 PM and Friday 8 AM–5 PM (the location's schedules). On a Tuesday at
// 2:30 PM the card said "Meeting now, until 6:00 PM" from the clinic's hours.
const sample = JSON.parse(readFileSync(new URL('../../../demo/data/sample-feed.json', import.meta.url), 'utf8')) as unknown;
const anxietyGroup = normalizeFeed(sample, 'https://demo.test/sample-feed.json').listings.find(
  (listing) => listing.name === 'Anxiety Skills Group' && listing.locations.some((location) => location.name === 'Riverbend Counseling Center'),
)!;
const options = { timeZone: 'America/Chicago' };
const TUESDAY_2_30_PM = at('2026-03-10T14:30:00-05:00');

describe('a service with its own schedule inside a building with other hours', () => {
  it('is the demo listing, with both the group\'s and the clinic\'s schedules', () => {
    expect(anxietyGroup.schedules.map((s) => s.level).sort()).toEqual(['location', 'location', 'service']);
  });

  it('is not meeting on Tuesday at 2:30 PM: the next meeting is Wednesday at 5:30 PM', () => {
    const meeting = nextOccurrence(anxietyGroup, TUESDAY_2_30_PM, options)!;
    expect(meeting.inProgress).toBe(false);
    expect(meeting.start.toISOString()).toBe('2026-03-11T22:30:00.000Z');
    expect(meeting.end.toISOString()).toBe('2026-03-11T23:30:00.000Z');
  });

  it('is closed then, opening at the meeting, not at the clinic\'s hours', () => {
    const status = openingStatus(anxietyGroup, TUESDAY_2_30_PM, options);
    expect(status).toEqual({ state: 'closed', changesAt: new Date('2026-03-11T22:30:00.000Z'), timeZone: 'America/Chicago' });
  });

  it('is meeting during the session, until 6:30 PM', () => {
    const meeting = nextOccurrence(anxietyGroup, at('2026-03-11T17:45:00-05:00'), options)!;
    expect(meeting.inProgress).toBe(true);
    expect(meeting.end.toISOString()).toBe('2026-03-11T23:30:00.000Z');
  });

  it('tables the group\'s Wednesday, not the clinic\'s week', () => {
    const week = weeklyHours(anxietyGroup, { ...options, at: TUESDAY_2_30_PM });
    expect(week.days.filter((day) => day.ranges.length).map((day) => [day.day, day.ranges])).toEqual([['WE', [{ opens: '17:30', closes: '18:30' }]]]);
    expect(week.notes).toEqual(['Wednesdays 5:30–6:30 PM']);
  });
});

describe('a service with only its building\'s hours', () => {
  const clinic: Schedule = { ...weekly('MO,TU,WE,TH', '08:00', '18:00'), level: 'location', locationId: 'loc-1' };
  const listing = listingWith(clinic);

  it('uses them, flagged as the building\'s hours', () => {
    expect(openingStatus(listing, TUESDAY_2_30_PM, options)).toEqual({
      state: 'open',
      changesAt: new Date('2026-03-10T23:00:00.000Z'),
      timeZone: 'America/Chicago',
      buildingHours: true,
    });
    expect(weeklyHours(listing, { ...options, at: TUESDAY_2_30_PM }).buildingHours).toBe(true);
  });

  it('has no sessions: a building\'s opening hours are not meetings', () => {
    expect(nextOccurrence(listing, TUESDAY_2_30_PM, options)).toBeUndefined();
  });

  it('is not used beside a schedule of the service\'s own that has words only', () => {
    const ownWords: Schedule = { level: 'service', byDay: [], byMonthDay: [], description: 'Call for the next meeting' };
    expect(openingStatus(listingWith(clinic, ownWords), TUESDAY_2_30_PM, options)).toEqual({ state: 'unknown', reason: 'description-only' });
  });
});
