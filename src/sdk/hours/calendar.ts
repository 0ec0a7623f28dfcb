import type { Weekday } from '../model.js';

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01) and minutes of the day, with no time zone.
 * The engine works out wall-clock dates first and turns them into instants last (see zoned-time.ts).
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const MINUTES_PER_DAY = 24 * 60;

export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{2}):(\d{2})$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2026-03-08" → its day number; undefined for anything that is not a real date. */
export function parseDay(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? Math.round(date.getTime() / DAY_MS) : undefined;
}

export function formatDay(day: number): string {
  const { year, month, dayOfMonth } = civilDate(day);
  return `${year}-${pad(month)}-${pad(dayOfMonth)}`;
}

export function civilDate(day: number): { year: number; month: number; dayOfMonth: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday (RFC 5545 weeks start on Monday by default); day 0 was a Thursday. */
export const weekdayIndex = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** Weeks since the Monday before day 0, so consecutive Monday-to-Sunday weeks get consecutive numbers. */
export const weekNumber = (day: number): number => Math.floor((day + 3) / 7);

/** "HH:MM" → minutes after midnight (0–1440: "24:00" is midnight at the end of the day). */
export function parseMinutes(text: string): number | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= MINUTES_PER_DAY ? minutes : undefined;
}

/** Minutes after midnight → "HH:MM"; 1440 is "24:00". */
export const formatMinutes = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
