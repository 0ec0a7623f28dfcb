import type { Weekday } from '../../sdk/model.js';
import { wallClock } from '../../sdk/hours/index.js';
import type { Formatters } from '../../i18n/formatters.js';

// 2026-11-23 is a Monday: a fixed week to name weekdays with Intl.
const WEEKDAY_INDEX: Record<Weekday, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };

/** "17:00" → "5:00 PM" (or "17:00") in the UI language; times are shown as published, in the listing's zone. */
export function formatClock(time: string, f: Formatters): string {
  const [hours, minutes] = time.split(':').map(Number);
  const date = new Date(Date.UTC(2026, 10, 23, hours % 24, minutes));
  return f.date(date, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
}

export function weekdayName(day: Weekday, f: Formatters, width: 'long' | 'short' = 'long'): string {
  return f.date(new Date(Date.UTC(2026, 10, 23 + WEEKDAY_INDEX[day], 12)), { weekday: width, timeZone: 'UTC' });
}

// A weekday alone is read as this week's: past six days ahead, the date is given too.
const WEEKDAY_ONLY_DAYS = 6;
const DAY_MS = 24 * 60 * 60 * 1000;

/** "2026-03-17" (a wall-clock date) as midnight UTC, for Intl to format with timeZone 'UTC'. */
function utcDate(date: string, time = '00:00'): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!, hours, minutes));
}

/** A wall-clock date in the UI language: "Thu, Dec 25". */
export function formatDate(date: string, f: Formatters): string {
  return f.date(utcDate(date), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * An instant as the listing's wall-clock time: "5:00 PM" today, "Tue 9:00 AM" within six days, and with its
 * date further ahead ("Tue, Mar 17, 6:30 PM"), where a weekday alone would be taken for this week's.
 */
export function formatWhen(instant: Date, timeZone: string, now: Date, f: Formatters): string {
  const at = wallClock(instant, timeZone);
  const today = wallClock(now, timeZone);
  const clock = formatClock(at.time, f);
  if (at.date === today.date) return clock;
  const daysAhead = Math.round((utcDate(at.date).getTime() - utcDate(today.date).getTime()) / DAY_MS);
  if (daysAhead <= WEEKDAY_ONLY_DAYS) return `${weekdayName(at.day, f, 'short')} ${clock}`;
  return f.date(utcDate(at.date, at.time), { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
}
