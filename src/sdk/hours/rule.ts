import type { Schedule } from '../model.js';
import { MINUTES_PER_DAY, WEEKDAYS, civilDate, daysInMonth, parseDay, parseMinutes, weekNumber, weekdayIndex } from './calendar.js';
import { coversDay, type DaySpan } from './exceptions.js';
import { fixedOffsetZone, runtimeZone, zoneNamed, type Zone } from './zoned-time.js';

/** When a schedule applies, as day numbers (±Infinity when open-ended). */
export interface Period {
  readonly validFrom: number;
  readonly validTo: number;
  readonly dtstart: number;
  /** The last day an occurrence may start: `until`, or the day of the `count`th occurrence. */
  readonly lastDay: number;
}

/**
 * A Schedule compiled for evaluation: dates as day numbers, times as minutes, the time zone resolved.
 * Schedules that cannot be evaluated (no opening times, no way to tell which days) compile to nothing.
 */
export interface Rule extends Period {
  readonly schedule: Schedule;
  readonly zone: Zone;
  readonly recurrence: Recurrence;
  /** Every `interval` weeks or months, counted from `anchor`. */
  readonly interval: number;
  readonly anchor: number;
  /** Wall-clock minutes after the opening day's midnight; `closes` is past 1440 when it closes the next day. */
  readonly opens: number;
  readonly closes: number;
  /** Days on which holiday or special hours replace this rule's occurrences (see exceptions.ts). */
  readonly skipDays?: readonly DaySpan[];
}

export interface MonthlyRecurrence {
  readonly freq: 'MONTHLY';
  /** Bit set of weekdays (bit 0 = Monday) that occur every week of the month. */
  readonly weekdays: number;
  readonly ordinalWeekdays: readonly { readonly weekday: number; readonly ordinal: number }[];
  readonly monthDays: readonly number[];
}

/** A schedule with a `dtstart` and no recurrence happens once, as an RFC 5545 event without RRULE does. */
type Recurrence = { readonly freq: 'ONCE' } | { readonly freq: 'WEEKLY'; readonly weekdays: number } | MonthlyRecurrence;

// A rule that repeats for ever still needs an end to a `count` search; past this many days, `count` is not applied.
const COUNT_SEARCH_DAYS = 3660;

const bit = (weekday: number): number => 1 << weekday;
const day = (text: string | undefined): number | undefined => (text === undefined ? undefined : parseDay(text));

/**
 * The schedule's own time zone (an IANA name, then a fixed UTC offset), else the fallback: schedules are
 * published in local wall-clock time, so the fallback should be the place's zone when the caller knows it.
 */
export function scheduleZone(schedule: Schedule, fallback: Zone): Zone {
  const named = schedule.timeZone === undefined ? undefined : zoneNamed(schedule.timeZone);
  if (named) return named;
  return schedule.utcOffsetMinutes === undefined ? fallback : fixedOffsetZone(schedule.utcOffsetMinutes);
}

/** options.timeZone when the runtime knows it, else the runtime's own zone. */
export const fallbackZone = (timeZone: string | undefined): Zone =>
  (timeZone === undefined ? undefined : zoneNamed(timeZone)) ?? runtimeZone();

export function compileRule(schedule: Schedule, fallback: Zone): Rule | undefined {
  const opens = schedule.opensAt === undefined ? undefined : parseMinutes(schedule.opensAt);
  let closes = schedule.closesAt === undefined ? undefined : parseMinutes(schedule.closesAt);
  if (opens === undefined || closes === undefined || opens === MINUTES_PER_DAY) return undefined;
  // "23:59" is how feeds write midnight (HSDS: 00:00–23:59 is open 24 hours); a one-minute gap would split
  // "open 24/7" into days that each close at 23:59.
  if (closes === MINUTES_PER_DAY - 1) closes = MINUTES_PER_DAY;
  // Closing at or before the opening time means the next day: 19:00–07:00, and 00:00–00:00 for a whole day.
  if (closes <= opens) closes += MINUTES_PER_DAY;

  const period = periodOf(schedule);
  const dtstart = Number.isFinite(period.dtstart) ? period.dtstart : undefined;
  const recurrence = recurrenceOf(schedule, dtstart);
  if (!recurrence) return undefined;
  const interval = recurrence.freq === 'ONCE' ? 1 : (schedule.interval ?? 1);
  // Without a start to count from, "every other week" cannot say which weeks.
  const anchor = dtstart ?? (Number.isFinite(period.validFrom) ? period.validFrom : undefined);
  if (interval > 1 && anchor === undefined) return undefined;

  // One literal, not spreads: cards compile every listing's schedules on each render.
  const rule: Rule = {
    schedule,
    zone: scheduleZone(schedule, fallback),
    recurrence,
    interval,
    anchor: anchor ?? 0,
    opens,
    closes,
    validFrom: period.validFrom,
    validTo: period.validTo,
    dtstart: period.dtstart,
    lastDay: recurrence.freq === 'ONCE' ? Math.min(period.lastDay, period.dtstart) : period.lastDay,
  };
  return schedule.count !== undefined && dtstart !== undefined ? { ...rule, lastDay: countEnd(rule, schedule.count) } : rule;
}

export function periodOf(schedule: Schedule): Period {
  return {
    validFrom: day(schedule.validFrom) ?? -Infinity,
    validTo: day(schedule.validTo) ?? Infinity,
    dtstart: day(schedule.dtstart) ?? -Infinity,
    lastDay: day(schedule.until) ?? Infinity,
  };
}

/** Whether the schedule is in force on the day: within its validity, and its recurrence begun and not ended. */
export const isInEffect = (period: Period, day: number): boolean =>
  period.validFrom <= day && day <= period.validTo && period.dtstart <= day && day <= period.lastDay;

function recurrenceOf(schedule: Schedule, dtstart: number | undefined): Recurrence | undefined {
  const { byDay, byMonthDay } = schedule;
  // Many feeds leave out `freq`: ordinals or month days can only mean MONTHLY, plain weekdays WEEKLY.
  const freq = schedule.freq ?? (byDay.some((rule) => rule.ordinal !== undefined) || byMonthDay.length ? 'MONTHLY' : byDay.length ? 'WEEKLY' : undefined);
  if (freq === undefined) return dtstart === undefined ? undefined : { freq: 'ONCE' };
  let weekdays = 0;
  const ordinalWeekdays: { weekday: number; ordinal: number }[] = [];
  for (const rule of byDay) {
    const weekday = WEEKDAYS.indexOf(rule.day);
    // Ordinals mean nothing in a WEEKLY rule (RFC 5545): "1MO" there is every Monday.
    if (rule.ordinal === undefined || freq === 'WEEKLY') weekdays |= bit(weekday);
    else ordinalWeekdays.push({ weekday, ordinal: rule.ordinal });
  }
  if (freq === 'WEEKLY') {
    // RFC 5545: with no BYDAY, the rule repeats on dtstart's weekday.
    if (!weekdays && dtstart !== undefined) weekdays = bit(weekdayIndex(dtstart));
    return weekdays ? { freq, weekdays } : undefined;
  }
  // RFC 5545: with neither BYDAY nor BYMONTHDAY, the rule repeats on dtstart's day of the month.
  const monthDays = byDay.length || byMonthDay.length || dtstart === undefined ? byMonthDay : [civilDate(dtstart).dayOfMonth];
  return byDay.length || monthDays.length ? { freq, weekdays, ordinalWeekdays, monthDays } : undefined;
}

/** The day of the `count`th occurrence from dtstart (RFC 5545 COUNT), or the rule's own last day if sooner. */
function countEnd(rule: Rule, count: number): number {
  let seen = 0;
  const last = Math.min(rule.lastDay, rule.dtstart + COUNT_SEARCH_DAYS);
  for (let day = rule.dtstart; day <= last; day++) {
    if (matchesRecurrence(rule, day) && ++seen === count) return day;
  }
  return rule.lastDay;
}

/** Whether an occurrence of the rule starts on this (wall-clock) day. */
export function occursOn(rule: Rule, day: number): boolean {
  return isInEffect(rule, day) && !coversDay(rule.skipDays, day) && matchesRecurrence(rule, day);
}

function matchesRecurrence(rule: Rule, day: number): boolean {
  const { recurrence } = rule;
  if (recurrence.freq === 'ONCE') return day === rule.dtstart;
  const weekday = weekdayIndex(day);
  if (recurrence.freq === 'WEEKLY') {
    return (recurrence.weekdays & bit(weekday)) !== 0 && isInPhase(weekNumber(day) - weekNumber(rule.anchor), rule.interval);
  }
  const { year, month, dayOfMonth } = civilDate(day);
  if (rule.interval > 1) {
    const anchor = civilDate(rule.anchor);
    if (!isInPhase(year * 12 + month - (anchor.year * 12 + anchor.month), rule.interval)) return false;
  }
  const length = daysInMonth(year, month);
  // BYDAY and BYMONTHDAY together mean days that match both (RFC 5545: "Friday the 13th").
  const matchesDay =
    (recurrence.weekdays === 0 && recurrence.ordinalWeekdays.length === 0) ||
    (recurrence.weekdays & bit(weekday)) !== 0 ||
    recurrence.ordinalWeekdays.some(
      ({ weekday: wanted, ordinal }) =>
        wanted === weekday && (ordinal > 0 ? Math.ceil(dayOfMonth / 7) === ordinal : Math.ceil((length - dayOfMonth + 1) / 7) === -ordinal),
    );
  const matchesMonthDay =
    recurrence.monthDays.length === 0 ||
    recurrence.monthDays.some((wanted) => (wanted > 0 ? wanted === dayOfMonth : length + wanted + 1 === dayOfMonth));
  return matchesDay && matchesMonthDay;
}

const isInPhase = (elapsed: number, interval: number): boolean => interval === 1 || ((elapsed % interval) + interval) % interval === 0;
