import type { Schedule, Weekday, WeekdayRule } from '../model.js';
import type { Parsed, scheduleEntity } from '../schemas/hsds.js';
import { memoize } from '../util/memoize.js';
import { joinPath, type Report } from './parse-entity.js';
import { toPlainText } from './plain-text.js';
import { safeUrl } from './url.js';

type RawSchedule = Parsed<typeof scheduleEntity>;

const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const BYDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const DAY_NAME = /^(MO|TU|WE|TH|FR|SA|SU)[A-Z]*$/; // "Monday", "THURS", "Sat"
const TIME = /^T?(\d{1,2}):?(\d{2})(?::?\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const TIME_12H = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?$/i;
const DATE = /^(\d{4}-\d{2}-\d{2})/;
const OFFSET = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/** "09:00", "9:00", "0900", "09:00:00Z", "09:00-05:00", "9am" → "09:00" (wall-clock time as published). */
export const parseTime = memoize(function parseTime(input: string): string | undefined {
  const text = input.trim();
  const clock = TIME.exec(text);
  if (clock) {
    const hours = Number(clock[1]);
    const minutes = Number(clock[2]);
    return hours < 24 || (hours === 24 && minutes === 0) ? `${pad(hours)}:${pad(minutes)}` : undefined;
  }
  const twelve = TIME_12H.exec(text);
  if (!twelve) return undefined;
  const hours = Number(twelve[1]);
  const minutes = Number(twelve[2] ?? 0);
  if (hours < 1 || hours > 12 || minutes > 59) return undefined;
  return `${pad((hours % 12) + (twelve[3]!.toLowerCase() === 'p' ? 12 : 0))}:${pad(minutes)}`;
});

/** "MO,TU" / "1SA,-1FR" / ["Monday"] → weekday rules; tokens that are not days are returned as invalid. */
export function parseByDay(input: string | readonly string[]): { rules: WeekdayRule[]; invalid: string[] } {
  const parsed = parseByDayList(typeof input === 'string' ? input : input.join(','));
  return { rules: [...parsed.rules], invalid: parsed.invalid };
}

// Rule objects are shared between schedules (and frozen, so sharing is safe): feeds repeat them endlessly.
const sharedRules = new Map<string, WeekdayRule>();
const rule = (day: Weekday, ordinal?: number): WeekdayRule => {
  const key = `${ordinal ?? ''}${day}`;
  let shared = sharedRules.get(key);
  if (!shared) sharedRules.set(key, (shared = Object.freeze(ordinal === undefined ? { day } : { day, ordinal })));
  return shared;
};

const parseByDayList = memoize((input: string): { rules: WeekdayRule[]; invalid: string[] } => {
  const rules: WeekdayRule[] = [];
  const invalid: string[] = [];
  const tokens = input.split(/[\s,;]+/).filter(Boolean);
  for (const token of tokens) {
    const upper = token.trim().toUpperCase();
    const match = BYDAY.exec(upper);
    const ordinal = match?.[1] === undefined ? undefined : Number(match[1]);
    const day = (match?.[2] ?? DAY_NAME.exec(upper)?.[1]) as Weekday | undefined;
    if (!day || ordinal === 0 || (ordinal !== undefined && Math.abs(ordinal) > 5)) invalid.push(token);
    else if (!rules.some((rule) => rule.day === day && rule.ordinal === ordinal)) {
      rules.push(rule(day, ordinal));
    }
  }
  rules.sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day));
  return { rules, invalid };
});

function parseMonthDays(input: string | readonly number[]): number[] {
  const values = typeof input === 'string' ? input.split(/[\s,;]+/).filter(Boolean).map(Number) : input;
  return [...new Set(values.filter((day) => Number.isInteger(day) && day !== 0 && Math.abs(day) <= 31))];
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * HSDS `timezone` is a number (a UTC offset in hours; large values are taken as minutes). Some feeds put an
 * IANA name or "+05:30" there instead.
 */
export const parseTimeZone = memoize(function parseTimeZone(input: string): Pick<Schedule, 'timeZone' | 'utcOffsetMinutes'> | undefined {
  const text = input.trim();
  if (/^[+-]?\d+(?:\.\d+)?$/.test(text)) {
    const value = Number(text);
    if (Math.abs(value) <= 14) return { utcOffsetMinutes: Math.round(value * 60) };
    return Math.abs(value) <= 14 * 60 ? { utcOffsetMinutes: Math.round(value) } : undefined;
  }
  const offset = OFFSET.exec(text);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    return minutes <= 14 * 60 ? { utcOffsetMinutes: offset[1] === '-' ? -minutes : minutes } : undefined;
  }
  if (/^(?:UTC|GMT|Z)$/i.test(text)) return { timeZone: 'UTC' };
  return /^[A-Za-z_]+(?:\/[A-Za-z\d_+-]+)+$/.test(text) && isTimeZone(text) ? { timeZone: text } : undefined;
});

const TRUE = /^(?:true|t|yes|y|1)$/i;
const FALSE = /^(?:false|f|no|n|0)$/i;

/** true / "TRUE" / "1" / "yes" → true, and their opposites → false (CSV and spreadsheet exports vary). */
function parseFlag(input: boolean | string): boolean | undefined {
  if (typeof input === 'boolean') return input;
  const text = input.trim();
  return TRUE.test(text) ? true : FALSE.test(text) ? false : undefined;
}

const date = (input: string | null | undefined): string | undefined => (input ? DATE.exec(input.trim())?.[1] : undefined);
const whole = (input: number | null | undefined): number | undefined =>
  input != null && Number.isInteger(input) && input > 0 ? input : undefined;

export function toSchedule(
  raw: RawSchedule,
  level: Schedule['level'],
  locationId: string | undefined,
  path: string,
  report: Report,
): Schedule {
  const schedule: Schedule = { level, byDay: [], byMonthDay: [] };
  if (raw.id) schedule.id = raw.id;
  if (locationId) schedule.locationId = locationId;
  const freq = raw.freq?.trim().toUpperCase();
  if (freq === 'WEEKLY' || freq === 'MONTHLY') schedule.freq = freq;
  else if (freq) report(joinPath(path, 'freq'), `unsupported frequency "${raw.freq}"; ignored`);
  if (raw.byday != null) {
    const { rules, invalid } = parseByDay(raw.byday);
    schedule.byDay = rules;
    if (invalid.length) report(joinPath(path, 'byday'), `not weekdays: ${invalid.join(', ')}; ignored`);
  }
  if (raw.bymonthday != null) schedule.byMonthDay = parseMonthDays(raw.bymonthday);
  for (const [key, field] of [
    ['opens_at', 'opensAt'],
    ['closes_at', 'closesAt'],
  ] as const) {
    const value = raw[key];
    if (!value) continue;
    const time = parseTime(value);
    if (time) schedule[field] = time;
    else report(joinPath(path, key), `not a time: "${value}"; ignored`);
  }
  const interval = whole(raw.interval);
  if (interval) schedule.interval = interval;
  const count = whole(raw.count);
  if (count) schedule.count = count;
  const validFrom = date(raw.valid_from);
  if (validFrom) schedule.validFrom = validFrom;
  const validTo = date(raw.valid_to);
  if (validTo) schedule.validTo = validTo;
  const dtstart = date(raw.dtstart);
  if (dtstart) schedule.dtstart = dtstart;
  const until = date(raw.until);
  if (until) schedule.until = until;
  if (raw.timezone != null && raw.timezone !== '') {
    const zone = parseTimeZone(raw.timezone);
    if (zone) Object.assign(schedule, zone); // copies: the memoized object is shared
    else report(joinPath(path, 'timezone'), `not a time zone: "${raw.timezone}"; ignored`);
  }
  const description = toPlainText(raw.description);
  if (description) schedule.description = description;
  const notes = toPlainText(raw.notes);
  if (notes) schedule.notes = notes;
  const attendingType = toPlainText(raw.attending_type, { singleLine: true });
  if (attendingType) schedule.attendingType = attendingType;
  const link = safeUrl(raw.schedule_link);
  if (link) schedule.link = link;
  if (raw.closed != null && raw.closed !== '') {
    const closed = parseFlag(raw.closed);
    if (closed === undefined) report(joinPath(path, 'closed'), `not true or false: "${String(raw.closed)}"; ignored`);
    else schedule.closed = closed;
  }
  if (raw.exception === true) {
    schedule.exception = true;
    // Holiday rows without usable dates cannot say which days they close: the hours engine skips them.
    if (!validFrom) report(joinPath(path, 'start_date'), 'holiday hours with no start date; ignored');
    else if (validTo && validTo < validFrom) report(joinPath(path, 'end_date'), `holiday hours ending (${validTo}) before they start (${validFrom}); ignored`);
  }
  return schedule;
}
