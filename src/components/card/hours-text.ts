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

/** An instant as the listing's wall-clock time: "5:00 PM", or "Tue 9:00 AM" when it is not today. */
export function formatWhen(instant: Date, timeZone: string, now: Date, f: Formatters): string {
  const at = wallClock(instant, timeZone);
  const today = wallClock(now, timeZone);
  const clock = formatClock(at.time, f);
  return at.date === today.date ? clock : `${weekdayName(at.day, f, 'short')} ${clock}`;
}
