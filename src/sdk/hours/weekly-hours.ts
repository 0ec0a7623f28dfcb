import type { Listing, Weekday } from '../model.js';
import { MINUTES_PER_DAY, WEEKDAYS, formatMinutes } from './calendar.js';
import { listingRules, type HoursOptions } from './listing-rules.js';
import { localDay } from './occurrences.js';
import { isInEffect, periodOf, scheduleZone, type Rule } from './rule.js';

export interface HoursRange {
  /** HH:MM wall-clock time as published, in the table's `timeZone`. */
  opens: string;
  /** HH:MM; "24:00" is midnight at the end of the day (how a feed's "23:59" reads). */
  closes: string;
  /** Closes the next day, as 19:00–07:00 does. */
  crossesMidnight?: boolean;
  /** Only every this many weeks: 2 is fortnightly. */
  everyWeeks?: number;
}

export interface DayHours {
  day: Weekday;
  /** In opening order, overlapping and touching windows joined. */
  ranges: HoursRange[];
  /** Open all day, every week (counting a window carried over from the night before). */
  open24Hours?: boolean;
}

/** A monthly rule: "1st Saturday", "last Friday", "the 15th". */
export interface MonthlyHours {
  /** With `day`: 1 = first … -1 = last of the month. Absent for every such weekday of the month. */
  ordinal?: number;
  day?: Weekday;
  /** Day of the month; negative counts from the end (-1 = the last day). */
  monthDay?: number;
  opens: string;
  closes: string;
  crossesMidnight?: boolean;
  /** Only every this many months. */
  everyMonths?: number;
}

export interface WeeklyHours {
  /** Monday to Sunday. */
  days: DayHours[];
  monthly: MonthlyHours[];
  /** The schedules' own descriptions and notes: the fallback when the structured hours are missing or partial. */
  notes: string[];
  /** The zone the times are published in. */
  timeZone: string;
}

export interface WeeklyHoursOptions extends HoursOptions {
  /** Which schedules are in force is decided for this day. Default: now. */
  at?: Date;
}

/** Minutes after the opening day's midnight, as in Rule. */
interface Span {
  opens: number;
  closes: number;
}

/**
 * The listing's hours as a table to display, from the schedules in force on the day of `at`. Times stay in the
 * published wall-clock time: a visitor planning a trip needs the place's hours, not their own zone's.
 */
export function weeklyHours(listing: Listing, options: WeeklyHoursOptions = {}): WeeklyHours {
  const { schedules, rules, fallback } = listingRules(listing, options);
  const now = (options.at ?? new Date()).getTime();
  const current = rules.filter((rule) => isInEffect(rule, localDay(now, rule.zone)));

  const spans = WEEKDAYS.map(() => new Map<number, Span[]>()); // per weekday: spans by `everyWeeks`
  const monthly: MonthlyHours[] = [];
  for (const rule of current) {
    const { recurrence } = rule;
    if (recurrence.freq === 'WEEKLY') {
      WEEKDAYS.forEach((_, weekday) => {
        if (!(recurrence.weekdays & (1 << weekday))) return;
        const byInterval = spans[weekday]!;
        byInterval.set(rule.interval, [...(byInterval.get(rule.interval) ?? []), { opens: rule.opens, closes: rule.closes }]);
      });
    } else if (recurrence.freq === 'MONTHLY') {
      monthly.push(...monthlyEntries(rule));
    }
  }

  const merged = spans.map((byInterval) => new Map([...byInterval].map(([interval, list]) => [interval, mergeSpans(list)])));
  const days = WEEKDAYS.map((day, weekday): DayHours => {
    const ranges = [...merged[weekday]!].flatMap(([interval, list]) => list.map((span) => toRange(span, interval)));
    ranges.sort((a, b) => a.opens.localeCompare(b.opens));
    const carried = (merged[(weekday + 6) % 7]!.get(1) ?? []).map((span) => ({ opens: 0, closes: span.closes - MINUTES_PER_DAY }));
    const allDay = mergeSpans([...(merged[weekday]!.get(1) ?? []), ...carried]).some((span) => span.opens <= 0 && span.closes >= MINUTES_PER_DAY);
    return allDay ? { day, ranges, open24Hours: true } : { day, ranges };
  });

  const notes = new Set<string>();
  for (const schedule of schedules) {
    const rule = rules.find((candidate) => candidate.schedule === schedule);
    const inEffect = rule ? current.includes(rule) : isInEffect(periodOf(schedule), localDay(now, scheduleZone(schedule, fallback)));
    if (!inEffect) continue;
    if (schedule.description) notes.add(schedule.description);
    if (schedule.notes) notes.add(schedule.notes);
  }

  return { days, monthly, notes: [...notes], timeZone: (current[0] ?? rules[0])?.zone.id ?? fallback.id };
}

function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.opens - b.opens)) {
    const previous = merged[merged.length - 1];
    if (previous && span.opens <= previous.closes) previous.closes = Math.max(previous.closes, span.closes);
    else merged.push({ ...span });
  }
  return merged;
}

function toRange({ opens, closes }: Span, interval: number): HoursRange {
  const range: HoursRange = { opens: formatMinutes(opens), closes: formatMinutes(closes > MINUTES_PER_DAY ? closes - MINUTES_PER_DAY : closes) };
  if (closes > MINUTES_PER_DAY) range.crossesMidnight = true;
  if (interval > 1) range.everyWeeks = interval;
  return range;
}

function monthlyEntries(rule: Rule): MonthlyHours[] {
  if (rule.recurrence.freq !== 'MONTHLY') return [];
  const { weekdays, ordinalWeekdays, monthDays } = rule.recurrence;
  const days: { day?: Weekday; ordinal?: number }[] = [
    ...WEEKDAYS.filter((_, weekday) => weekdays & (1 << weekday)).map((day) => ({ day })),
    ...ordinalWeekdays.map(({ weekday, ordinal }) => ({ ordinal, day: WEEKDAYS[weekday]! })),
  ];
  // Weekdays and month days together mean days matching both ("Friday the 13th"): one entry per pair.
  const pairs = days.length && monthDays.length ? days.flatMap((day) => monthDays.map((monthDay) => ({ ...day, monthDay }))) : days.length ? days : monthDays.map((monthDay) => ({ monthDay }));
  const range = toRange(rule, 1);
  return pairs.map((pair) => ({ ...pair, ...range, ...(rule.interval > 1 ? { everyMonths: rule.interval } : {}) }));
}
