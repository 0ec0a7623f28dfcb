import type { Schedule, Weekday } from '../model.js';
import { WEEKDAYS, formatDay, parseDay, parseMinutes, weekdayIndex } from './calendar.js';

/**
 * Holiday and special hours: schedules that close or change the hours on particular dates instead of adding
 * to the week. HSDS 1.x says so outright (`holiday_schedules`, marked `exception` by the normalizer). HSDS 3
 * has no such field: its guidance adds "extra objects with a narrow valid_from/valid_to". We read a schedule
 * as an exception when it is pinned to a few dates — a validity of at most 31 days, or `dtstart` = `until` —
 * and a regular schedule of the same service (or of the same building) stands beside it. Alone, such a
 * schedule is simply a short-lived timetable (a four-week course) and is evaluated as one.
 */

/** Wall-clock days, as day numbers, both ends included; only those weekdays when it names some. */
export interface DaySpan {
  readonly from: number;
  readonly to: number;
  /** Bit set of weekdays (bit 0 = Monday): "Monday to Friday 10–3 through December" leaves Saturdays alone. */
  readonly weekdays?: number;
}

export interface Exception {
  readonly schedule: Schedule;
  readonly span: DaySpan;
  /** Closed all day on the days it covers; otherwise open only at its own times then. */
  readonly closed: boolean;
}

const MAX_INFERRED_DAYS = 31;
const EVERY_DAY: readonly { day: Weekday }[] = WEEKDAYS.map((day) => ({ day }));

const day = (text: string | undefined): number | undefined => (text === undefined ? undefined : parseDay(text));

/** The days the schedule covers when read as an exception: its validity, else dtstart to until. */
function spanOf(schedule: Schedule): DaySpan | undefined {
  const from = day(schedule.validFrom) ?? day(schedule.dtstart);
  if (from === undefined) return undefined;
  const to = day(schedule.validTo) ?? day(schedule.until) ?? from;
  if (to < from) return undefined;
  const weekdays = schedule.byDay.reduce((bits, rule) => bits | (1 << WEEKDAYS.indexOf(rule.day)), 0);
  return weekdays ? { from, to, weekdays } : { from, to };
}

function isPinnedToDates(schedule: Schedule): boolean {
  const validFrom = day(schedule.validFrom);
  const validTo = day(schedule.validTo);
  if (validFrom !== undefined && validTo !== undefined) return validTo >= validFrom && validTo - validFrom < MAX_INFERRED_DAYS;
  return schedule.dtstart !== undefined && schedule.dtstart === schedule.until;
}

const hasTimes = (schedule: Schedule): boolean =>
  schedule.opensAt !== undefined && schedule.closesAt !== undefined && parseMinutes(schedule.opensAt) !== undefined && parseMinutes(schedule.closesAt) !== undefined;

/**
 * Splits one group of schedules (a service's own, or a building's) into its regular timetable and its
 * exceptions. An exception with neither times nor `closed` says nothing about those days (1.x `closed: false`
 * with no hours) and is left out of both; an HSDS 3 one without times is a closure, since dates with no
 * opening times are days without opening.
 */
export function splitExceptions(schedules: readonly Schedule[]): { regular: Schedule[]; exceptions: Exception[] } {
  const hasRegular = schedules.some((s) => !s.exception && !isPinnedToDates(s));
  const regular: Schedule[] = [];
  const exceptions: Exception[] = [];
  for (const schedule of schedules) {
    const isException = schedule.exception === true || (hasRegular && isPinnedToDates(schedule));
    if (!isException) {
      regular.push(schedule);
      continue;
    }
    const span = spanOf(schedule);
    if (!span) continue;
    const closed = schedule.closed === true || (!hasTimes(schedule) && schedule.closed !== false);
    if (closed || hasTimes(schedule)) exceptions.push({ schedule, span, closed });
  }
  return { regular, exceptions };
}

/**
 * The exception's opening times as a schedule the rule compiler reads: bounded to its days, and every one of
 * them when it names no recurrence of its own (a holiday row "24–26 Dec, 10:00–14:00").
 */
export function exceptionTimetable({ schedule, span }: Exception): Schedule {
  const bounded: Schedule = { ...schedule, validFrom: formatDay(span.from), validTo: formatDay(span.to) };
  const hasRecurrence = schedule.freq !== undefined || schedule.byDay.length > 0 || schedule.byMonthDay.length > 0 || schedule.dtstart !== undefined;
  return hasRecurrence ? bounded : { ...bounded, freq: 'WEEKLY', byDay: [...EVERY_DAY] };
}

export const coversDay = (spans: readonly DaySpan[] | undefined, dayNumber: number): boolean =>
  spans !== undefined &&
  spans.some(
    (span) => span.from <= dayNumber && dayNumber <= span.to && (span.weekdays === undefined || (span.weekdays & (1 << weekdayIndex(dayNumber))) !== 0),
  );
