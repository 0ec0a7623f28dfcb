import type { Listing } from '../model.js';
import { listingRules, type HoursOptions } from './listing-rules.js';
import { firstOccurrenceAfter, type Interval } from './occurrences.js';
import type { Rule } from './rule.js';

/** One session of a meeting-style service (a support group, a monthly clinic). */
export interface Occurrence {
  start: Date;
  end: Date;
  /** True when the session had already started at the time asked about. */
  inProgress: boolean;
  /** The time zone the schedule is read in: show `start` and `end` in it (see `wallClock`). */
  timeZone: string;
  /** How to attend, as the schedule says (in person, by video …). */
  attendingType?: string;
  description?: string;
  /** A page listing sessions or taking bookings. */
  link?: string;
}

const LOOKAHEAD_DAYS = 366;

/**
 * The session in progress at `after`, else the next one to start. Sessions from different schedules are kept
 * apart (not merged as opening hours are), so each keeps its own attending type and wording. Holiday and
 * special dates cancel or move sessions. A building's opening hours are not sessions: with no schedule of
 * the service's own there is none.
 */
export function nextOccurrence(listing: Listing, after: Date = new Date(), options: HoursOptions = {}): Occurrence | undefined {
  const now = after.getTime();
  const { rules, exceptionRules, buildingHours } = listingRules(listing, options);
  if (buildingHours) return undefined;
  let best: { rule: Rule; occurrence: Interval } | undefined;
  for (const rule of [...rules, ...exceptionRules]) {
    const occurrence = firstOccurrenceAfter(rule, now, LOOKAHEAD_DAYS);
    if (occurrence && (!best || occurrence.start < best.occurrence.start)) best = { rule, occurrence };
  }
  if (!best) return undefined;
  const { schedule, zone } = best.rule;
  const result: Occurrence = {
    start: new Date(best.occurrence.start),
    end: new Date(best.occurrence.end),
    inProgress: best.occurrence.start <= now,
    timeZone: zone.id,
  };
  if (schedule.attendingType) result.attendingType = schedule.attendingType;
  if (schedule.description) result.description = schedule.description;
  if (schedule.link) result.link = schedule.link;
  return result;
}
