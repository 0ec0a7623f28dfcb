import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openingStatus, scheduleOccurrences } from '../../../src/sdk/hours/index.js';
import type { Schedule, Weekday } from '../../../src/sdk/model.js';
import { listingWith } from './support.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ZONES = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney', 'UTC'];
// The 2026 clock changes of those zones, where bugs live.
const TRANSITIONS = ['2026-03-08T07:00Z', '2026-11-01T06:00Z', '2026-03-08T10:00Z', '2026-11-01T09:00Z', '2026-03-29T01:00Z', '2026-10-25T01:00Z', '2026-04-04T16:00Z', '2026-10-03T16:00Z'].map(Date.parse);

const pad = (n: number) => String(n).padStart(2, '0');
const clock = fc.integer({ min: 0, max: 1439 }).map((m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`);
const date = fc.integer({ min: Date.UTC(2025, 9, 1) / DAY, max: Date.UTC(2027, 2, 31) / DAY }).map((day) => new Date(day * DAY).toISOString().slice(0, 10));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const instant = fc.oneof(
  fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2027, 0, 31) }),
  fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -30 * HOUR, max: 30 * HOUR })).map(([base, offset]) => base + offset),
);

const zoneFields = fc.oneof(
  fc.constant({}),
  fc.constantFrom(...ZONES).map((timeZone) => ({ timeZone })),
  fc.constantFrom(-480, 330, 0).map((utcOffsetMinutes) => ({ utcOffsetMinutes })),
);

/** Random valid WEEKLY schedules; `plain` leaves out intervals and fixed offsets (for the wall-clock oracle). */
const weeklySchedule = (plain = false): fc.Arbitrary<Schedule> =>
  fc
    .record({
      days: fc.subarray(WEEKDAYS, { minLength: 1 }),
      opensAt: clock,
      closesAt: fc.oneof(clock, fc.constantFrom('23:59', '24:00', '00:00')),
      interval: plain ? fc.constant(1) : fc.constantFrom(1, 1, 2, 3),
      dtstart: date,
      validFrom: optional(date),
      validTo: optional(date),
      until: optional(date),
      zone: plain ? fc.oneof(fc.constant({}), fc.constantFrom(...ZONES).map((timeZone) => ({ timeZone }))) : zoneFields,
    })
    .map(({ days, zone, ...fields }) => {
      const schedule: Schedule = { level: 'service', freq: 'WEEKLY', byDay: days.map((day) => ({ day })), byMonthDay: [], ...zone };
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(schedule, { [key]: value });
      // Regular timetables only: a schedule pinned to a few dates beside them is a holiday exception, which
      // replaces hours rather than adding to them (exceptions.test.ts covers those).
      if (schedule.validFrom && schedule.validTo && Date.parse(schedule.validTo) - Date.parse(schedule.validFrom) < 31 * DAY) delete schedule.validTo;
      if (schedule.until && schedule.until === schedule.dtstart) delete schedule.until;
      return schedule;
    });

const isOpen = (schedules: Schedule[], when: number, timeZone: string) => openingStatus(listingWith(...schedules), new Date(when), { timeZone }).state === 'open';

describe('openingStatus agrees with the expanded intervals', () => {
  it('is open exactly when the instant lies in an occurrence, and changes strictly later', () => {
    fc.assert(
      fc.property(fc.array(weeklySchedule(), { minLength: 1, maxLength: 3 }), instant, fc.constantFrom(...ZONES), (schedules, when, timeZone) => {
        const status = openingStatus(listingWith(...schedules), new Date(when), { timeZone });
        const inside = schedules
          .flatMap((s) => scheduleOccurrences(s, new Date(when - 3 * DAY), new Date(when + 3 * DAY), { timeZone }))
          .some(({ start, end }) => start.getTime() <= when && when < end.getTime());
        expect(status.state === 'open').toBe(inside);
        if (status.changesAt) expect(status.changesAt.getTime()).toBeGreaterThan(when);
      }),
      { numRuns: 400 },
    );
  });

  it('changes state exactly at changesAt, and not before', () => {
    fc.assert(
      fc.property(
        fc.array(weeklySchedule(), { minLength: 1, maxLength: 3 }),
        instant,
        fc.constantFrom(...ZONES),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (schedules, when, timeZone, fraction) => {
          const { state, changesAt } = openingStatus(listingWith(...schedules), new Date(when), { timeZone });
          if (!changesAt || state === 'unknown') return;
          const change = changesAt.getTime();
          const wasOpen = state === 'open';
          expect(isOpen(schedules, change, timeZone)).toBe(!wasOpen);
          expect(isOpen(schedules, change - 1, timeZone)).toBe(wasOpen);
          expect(isOpen(schedules, when + Math.floor(fraction * (change - when)), timeZone)).toBe(wasOpen);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// An independent reading of the same rules: the clock on the wall at that instant (straight from Intl),
// compared with each day's published window. It cannot tell apart the two passes through a repeated hour,
// so instants near a clock change are left to the hand-written tests.
const formats = new Map<string, Intl.DateTimeFormat>();
function wallClockOf(when: number, timeZone: string): { day: number; minute: number } {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })));
  const part = Object.fromEntries(format.formatToParts(when).map(({ type, value }) => [type, Number(value)]));
  return { day: Date.UTC(part.year!, part.month! - 1, part.day!) / DAY, minute: part.hour! * 60 + part.minute! };
}

function oracleOpen(schedules: Schedule[], when: number, fallback: string): boolean {
  return schedules.some((s) => {
    const { day, minute } = wallClockOf(when, s.timeZone ?? fallback);
    const dayOf = (text?: string) => (text ? Date.parse(`${text}T00:00:00Z`) / DAY : undefined);
    const occurs = (d: number) =>
      s.byDay.some((rule) => WEEKDAYS.indexOf(rule.day) === (new Date(d * DAY).getUTCDay() + 6) % 7) &&
      d >= (dayOf(s.dtstart) ?? -Infinity) &&
      d >= (dayOf(s.validFrom) ?? -Infinity) &&
      d <= Math.min(dayOf(s.validTo) ?? Infinity, dayOf(s.until) ?? Infinity);
    const minutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));
    const opens = minutes(s.opensAt!);
    let closes = s.closesAt === '23:59' ? 1440 : minutes(s.closesAt!);
    if (closes <= opens) closes += 1440;
    return (occurs(day) && opens <= minute && minute < closes) || (occurs(day - 1) && minute < closes - 1440);
  });
}

const nearClockChange = (when: number, timeZone: string) => {
  const offset = (t: number) => wallClockOf(t, timeZone).day * DAY + wallClockOf(t, timeZone).minute * 60_000 - Math.floor(t / 60_000) * 60_000;
  return offset(when - 3 * HOUR) !== offset(when + 3 * HOUR);
};

describe('openingStatus agrees with the wall clock', () => {
  it('is open exactly when the local time falls in a published window', () => {
    fc.assert(
      fc.property(fc.array(weeklySchedule(true), { minLength: 1, maxLength: 3 }), instant, fc.constantFrom(...ZONES), (schedules, when, timeZone) => {
        fc.pre(schedules.every((s) => !nearClockChange(when, s.timeZone ?? timeZone)));
        expect(isOpen(schedules, when, timeZone)).toBe(oracleOpen(schedules, when, timeZone));
      }),
      { numRuns: 400 },
    );
  });
});
