import type { Listing, Schedule, Weekday, WeekdayRule } from '../../../src/sdk/model.js';
import { makeListing } from '../../support/listings.js';

/** "MO,TU" / "1SA,-1FR" → weekday rules ("" → none). */
export function byDay(text: string): WeekdayRule[] {
  return text.split(',').filter(Boolean).map((token) => {
    const match = /^(-?\d)?([A-Z]{2})$/.exec(token)!;
    return match[1] === undefined ? { day: match[2] as Weekday } : { day: match[2] as Weekday, ordinal: Number(match[1]) };
  });
}

/** A service-level WEEKLY schedule open `opensAt`–`closesAt` on `days`. */
export function weekly(days: string, opensAt: string, closesAt: string, extra: Partial<Schedule> = {}): Schedule {
  return { level: 'service', freq: 'WEEKLY', byDay: byDay(days), byMonthDay: [], opensAt, closesAt, ...extra };
}

/** A service-level MONTHLY schedule on ordinal weekdays ("1SA") or, with `days` empty, on `byMonthDay`. */
export function monthly(days: string, opensAt: string, closesAt: string, extra: Partial<Schedule> = {}): Schedule {
  return { level: 'service', freq: 'MONTHLY', byDay: byDay(days), byMonthDay: [], opensAt, closesAt, ...extra };
}

export function listingWith(...schedules: Schedule[]): Listing {
  return makeListing({ schedules });
}

/** ISO strings of instants, to compare with exact expected instants written by hand. */
export const iso = (dates: readonly { start: Date; end: Date }[]): string[][] => dates.map(({ start, end }) => [start.toISOString(), end.toISOString()]);

export const at = (text: string): Date => new Date(text);
