import type { Listing } from '../model.js';
import { DAY_MS } from './calendar.js';
import { hasText, listingRules, type HoursOptions } from './listing-rules.js';
import { firstOccurrenceAfter, localDay, mergeIntervals, occurrencesBetween, type Interval } from './occurrences.js';
import type { Rule } from './rule.js';

export type OpeningState = 'open' | 'closed' | 'unknown';

/**
 * Why the state is `unknown`, or why `closed` has no next opening:
 * - `no-schedule`: no schedule, or none with opening times or text;
 * - `description-only`: only free text ("Call for hours"), which the engine cannot evaluate;
 * - `expired`: the schedules' `valid_to` has passed, so the hours are unknown (HSDS), not closed;
 * - `not-yet-valid`: the schedules only apply from a later `valid_from`;
 * - `ended`: every recurrence has ended (`until` or `count`), as a seasonal service's does.
 */
export type OpeningStatusReason = 'no-schedule' | 'description-only' | 'expired' | 'not-yet-valid' | 'ended';

export interface OpeningStatus {
  state: OpeningState;
  /**
   * When it next closes (if open) or opens (if closed). Absent when open for more than a week without a
   * break (open 24/7), or when closed with no opening in the next year.
   */
  changesAt?: Date;
  reason?: OpeningStatusReason;
  /** The time zone the schedules are read in: show `changesAt` in it (see `wallClock`). */
  timeZone?: string;
  /**
   * True when these are the location's opening hours (the building's), used because the service publishes no
   * schedule of its own: say so, since the service itself may run at other times within them.
   */
  buildingHours?: boolean;
}

// Open for longer than a week and a day without a break is open around the clock: no closing time to show.
const OPEN_HORIZON_MS = 8 * DAY_MS;
// Monthly and seasonal rules can be months from their next opening.
const LOOKAHEAD_DAYS = 366;

/** Whether the place is open at `at`, and until when; or when it opens next. Holiday and special hours count. */
export function openingStatus(listing: Listing, at: Date = new Date(), options: HoursOptions = {}): OpeningStatus {
  const { schedules, rules, exceptionRules, buildingHours } = listingRules(listing, options);
  if (!rules.length) return { state: 'unknown', reason: schedules.some(hasText) ? 'description-only' : 'no-schedule' };
  const status = stateAt(rules, exceptionRules, at.getTime());
  return buildingHours ? { ...status, buildingHours } : status;
}

function stateAt(rules: readonly Rule[], exceptionRules: readonly Rule[], now: number): OpeningStatus {
  const timeZone = rules[0]!.zone.id;
  const horizon = now + OPEN_HORIZON_MS;
  const intervals: Interval[] = [];
  for (const rule of rules) occurrencesBetween(rule, now, horizon, intervals);
  for (const rule of exceptionRules) occurrencesBetween(rule, now, horizon, intervals);
  const [next] = mergeIntervals(intervals);
  // Open wins over what validity says about today: an overnight window that began yesterday is still on.
  if (next && next.start <= now) {
    return next.end < horizon ? { state: 'open', changesAt: new Date(next.end), timeZone } : { state: 'open', timeZone };
  }

  // Whether the hours are known at all is for the regular timetable to say, not a holiday's.
  const today = (rule: Rule): number => localDay(now, rule.zone);
  const expired = rules.some((rule) => rule.validTo < today(rule));
  const current = rules.filter((rule) => rule.validFrom <= today(rule) && today(rule) <= rule.validTo);
  if (!current.length) return { state: 'unknown', reason: expired ? 'expired' : 'not-yet-valid', timeZone };

  const opens = next?.start ?? laterOpening([...rules, ...exceptionRules], horizon);
  if (opens !== undefined) return { state: 'closed', changesAt: new Date(opens), timeZone };
  if (current.every((rule) => rule.lastDay < today(rule))) {
    // Ended recurrences beside expired hours leave the regular hours unknown, not closed.
    return expired ? { state: 'unknown', reason: 'expired', timeZone } : { state: 'closed', reason: 'ended', timeZone };
  }
  return { state: 'closed', timeZone };
}

function laterOpening(rules: readonly Rule[], after: number): number | undefined {
  let earliest: number | undefined;
  for (const rule of rules) {
    const start = firstOccurrenceAfter(rule, after, LOOKAHEAD_DAYS)?.start;
    if (start !== undefined && (earliest === undefined || start < earliest)) earliest = start;
  }
  return earliest;
}
