import type { Schedule } from '../model.js';
import { DAY_MS, MINUTE_MS } from './calendar.js';
import { compileRule, fallbackZone, occursOn, type Rule } from './rule.js';
import { toInstant, toLocal, type Zone } from './zoned-time.js';

/** [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** A period when a place is open: from `start` (inclusive) to `end` (exclusive). */
export interface OpeningInterval {
  start: Date;
  end: Date;
}

export const localDay = (instant: number, zone: Zone): number => Math.floor(toLocal(instant, zone) / DAY_MS);

/** The occurrence that starts on a wall-clock day, if the rule has one. */
export function occurrenceOn(rule: Rule, day: number): Interval | undefined {
  if (!occursOn(rule, day)) return undefined;
  const midnight = day * DAY_MS;
  const start = toInstant(midnight + rule.opens * MINUTE_MS, rule.zone);
  const end = toInstant(midnight + rule.closes * MINUTE_MS, rule.zone);
  // A window wholly inside a spring-forward gap (02:10–02:50) never shows on the clock.
  return end > start ? { start, end } : undefined;
}

/** The rule's occurrences that overlap [from, to), in order, appended to `into`. */
export function occurrencesBetween(rule: Rule, from: number, to: number, into: Interval[] = []): Interval[] {
  // Occurrences end less than two days after their day starts, so none from before yesterday reaches `from`.
  const last = localDay(to, rule.zone);
  for (let day = localDay(from, rule.zone) - 1; day <= last; day++) {
    const occurrence = occurrenceOn(rule, day);
    if (occurrence && occurrence.end > from && occurrence.start < to) into.push(occurrence);
  }
  return into;
}

/**
 * The rule's first occurrence still running at or starting after `after`, looking up to `days` days ahead
 * (or from dtstart / valid_from when those are later).
 */
export function firstOccurrenceAfter(rule: Rule, after: number, days: number): Interval | undefined {
  const today = localDay(after, rule.zone);
  const last = Math.min(today + days, rule.lastDay, rule.validTo);
  for (let day = Math.max(today - 1, rule.dtstart, rule.validFrom); day <= last; day++) {
    const occurrence = occurrenceOn(rule, day);
    if (occurrence && occurrence.end > after) return occurrence;
  }
  return undefined;
}

/** Sorted, with overlapping and touching intervals joined: 24-hour days become one unbroken interval. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  intervals.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const { start, end } of intervals) {
    const previous = merged[merged.length - 1];
    if (previous && start <= previous.end) previous.end = Math.max(previous.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/**
 * When one schedule says the place is open between `from` and `to`: occurrences overlapping that window,
 * merged. `timeZone` is used when the schedule names no zone or offset of its own (default: the runtime's).
 * Empty when the schedule has no opening times or no way to tell which days.
 */
export function scheduleOccurrences(schedule: Schedule, from: Date, to: Date, options: { timeZone?: string } = {}): OpeningInterval[] {
  const rule = compileRule(schedule, fallbackZone(options.timeZone));
  if (!rule) return [];
  return mergeIntervals(occurrencesBetween(rule, from.getTime(), to.getTime())).map(({ start, end }) => ({ start: new Date(start), end: new Date(end) }));
}
