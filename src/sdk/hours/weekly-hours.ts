import type { Listing, Weekday } from '../model.js';
import { MINUTES_PER_DAY, WEEKDAYS, formatDay, formatMinutes } from './calendar.js';
import { listingRules, type CompiledException, type HoursOptions } from './listing-rules.js';
import { localDay } from './occurrences.js';
import { isInEffect, periodOf, scheduleZone, type MonthlyRecurrence, type Rule } from './rule.js';

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

/** Holiday or special hours: on these dates they replace the week's hours. */
export interface SpecialHours {
  /** YYYY-MM-DD: the first and the last day covered (the same day for one). */
  from: string;
  to: string;
  /** Only on these weekdays within the dates, when the schedule names some. */
  days?: Weekday[];
  /** Closed all day; otherwise open only in `ranges`. */
  closed: boolean;
  ranges: HoursRange[];
  /** The schedules' own wording ("Christmas Eve"). */
  notes: string[];
}

export interface WeeklyHours {
  /** Monday to Sunday. */
  days: DayHours[];
  monthly: MonthlyHours[];
  /** Holiday closures and special hours from today to two months ahead, soonest first. */
  exceptions: SpecialHours[];
  /** These are the location's opening hours (the building's): the service publishes no schedule of its own. */
  buildingHours?: boolean;
  /** The schedules' own descriptions and notes: the fallback when the structured hours are missing or partial. */
  notes: string[];
  /**
   * Their `notes` alone: what a schedule adds to its times ("Last entry 30 minutes before closing"), where a
   * `description` restates them ("Monday to Friday, 9 to 5") and may contradict them.
   */
  remarks: string[];
  /** The zone the times are published in. */
  timeZone: string;
}

export interface WeeklyHoursOptions extends HoursOptions {
  /** Which schedules are in force is decided for this day. Default: now. */
  at?: Date;
}

/** A window in minutes after the opening day's midnight (as in Rule), repeating every `interval` weeks. */
interface WeeklyWindow {
  opens: number;
  closes: number;
  interval: number;
}

/**
 * The listing's hours as a table to display, from the schedules in force on the day of `at`. Times stay in the
 * published wall-clock time: a visitor planning a trip needs the place's hours, not their own zone's.
 */
export function weeklyHours(listing: Listing, options: WeeklyHoursOptions = {}): WeeklyHours {
  const { schedules, rules, exceptions, buildingHours, fallback } = listingRules(listing, options);
  const now = (options.at ?? new Date()).getTime();
  const current = rules.filter((rule) => isInEffect(rule, localDay(now, rule.zone)));

  const windows: WeeklyWindow[][] = WEEKDAYS.map(() => []);
  const monthly: MonthlyHours[] = [];
  for (const rule of current) {
    const { recurrence, opens, closes, interval } = rule;
    if (recurrence.freq === 'MONTHLY') monthly.push(...monthlyEntries(recurrence, rule));
    if (recurrence.freq !== 'WEEKLY') continue;
    windows.forEach((list, weekday) => {
      if (recurrence.weekdays & (1 << weekday)) list.push({ opens, closes, interval });
    });
  }

  const days = WEEKDAYS.map((day, weekday): DayHours => {
    const ranges = mergeWindows(windows[weekday]!).map(toRange);
    // Open all day every week: its own weekly windows, plus what the night before carries past midnight.
    const carried = windows[(weekday + 6) % 7]!
      .filter((w) => w.closes > MINUTES_PER_DAY)
      .map((w) => ({ ...w, opens: 0, closes: w.closes - MINUTES_PER_DAY }));
    const everyWeek = mergeWindows([...windows[weekday]!, ...carried].filter((w) => w.interval === 1));
    return everyWeek.some((w) => w.opens === 0 && w.closes >= MINUTES_PER_DAY) ? { day, ranges, open24Hours: true } : { day, ranges };
  });

  const notes = new Set<string>();
  const remarks = new Set<string>();
  for (const schedule of schedules) {
    const rule = rules.find((candidate) => candidate.schedule === schedule);
    const inEffect = rule ? current.includes(rule) : isInEffect(periodOf(schedule), localDay(now, scheduleZone(schedule, fallback)));
    if (!inEffect) continue;
    if (schedule.description) notes.add(schedule.description);
    if (schedule.notes) notes.add(schedule.notes);
    if (schedule.notes) remarks.add(schedule.notes);
  }

  const zone = (current[0] ?? rules[0])?.zone ?? fallback;
  const special = upcomingExceptions(exceptions, localDay(now, zone));
  const week: WeeklyHours = { days, monthly, exceptions: special, notes: [...notes], remarks: [...remarks], timeZone: zone.id };
  return buildingHours ? { ...week, buildingHours } : week;
}

const UPCOMING_DAYS = 60;

/** One entry per span of days, soonest first; split hours on the same days (two schedules) share an entry. */
function upcomingExceptions(exceptions: readonly CompiledException[], today: number): SpecialHours[] {
  const entries = new Map<string, SpecialHours>();
  const upcoming = exceptions.filter(({ span }) => span.to >= today && span.from <= today + UPCOMING_DAYS);
  for (const { schedule, span, closed, rule } of [...upcoming].sort((a, b) => a.span.from - b.span.from)) {
    const key = `${span.from}/${span.to}/${span.weekdays ?? ''}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = { from: formatDay(span.from), to: formatDay(span.to), closed, ranges: [], notes: [] };
      // Naming weekdays matters only when the dates include others.
      const weekdays = span.weekdays;
      if (weekdays !== undefined && span.to - span.from >= 1) entry.days = WEEKDAYS.filter((_, index) => weekdays & (1 << index));
      entries.set(key, entry);
    }
    // A closure wins over hours given for the same days by another level.
    if (closed) entry.closed = true;
    if (rule) entry.ranges.push(toRange({ opens: rule.opens, closes: rule.closes, interval: 1 }));
    for (const text of [schedule.description, schedule.notes]) if (text && !entry.notes.includes(text)) entry.notes.push(text);
  }
  return [...entries.values()].map((entry) => (entry.closed ? { ...entry, ranges: [] } : { ...entry, ranges: sortRanges(entry.ranges) }));
}

const sortRanges = (ranges: HoursRange[]): HoursRange[] => [...ranges].sort((a, b) => a.opens.localeCompare(b.opens));

/** In opening order, overlapping and touching windows joined; fortnightly ones are kept apart from weekly ones. */
function mergeWindows(windows: readonly WeeklyWindow[]): WeeklyWindow[] {
  const merged: WeeklyWindow[] = [];
  for (const next of [...windows].sort((a, b) => a.opens - b.opens)) {
    const joinable = merged.find((w) => w.interval === next.interval && next.opens <= w.closes);
    if (joinable) joinable.closes = Math.max(joinable.closes, next.closes);
    else merged.push({ ...next });
  }
  return merged;
}

function toRange({ opens, closes, interval }: WeeklyWindow): HoursRange {
  const range: HoursRange = { opens: formatMinutes(opens), closes: formatMinutes(closes > MINUTES_PER_DAY ? closes - MINUTES_PER_DAY : closes) };
  if (closes > MINUTES_PER_DAY) range.crossesMidnight = true;
  if (interval > 1) range.everyWeeks = interval;
  return range;
}

function monthlyEntries({ weekdays, ordinalWeekdays, monthDays }: MonthlyRecurrence, rule: Rule): MonthlyHours[] {
  const days: { day: Weekday; ordinal?: number }[] = [
    ...WEEKDAYS.filter((_, weekday) => weekdays & (1 << weekday)).map((day) => ({ day })),
    ...ordinalWeekdays.map(({ weekday, ordinal }) => ({ ordinal, day: WEEKDAYS[weekday]! })),
  ];
  let when: Pick<MonthlyHours, 'day' | 'ordinal' | 'monthDay'>[] = days.length ? days : monthDays.map((monthDay) => ({ monthDay }));
  // Weekdays and month days together mean days matching both ("Friday the 13th"): one entry per pair.
  if (days.length && monthDays.length) when = days.flatMap((day) => monthDays.map((monthDay) => ({ ...day, monthDay })));
  const range = toRange({ opens: rule.opens, closes: rule.closes, interval: 1 });
  return when.map((entry) => (rule.interval > 1 ? { ...entry, ...range, everyMonths: rule.interval } : { ...entry, ...range }));
}
