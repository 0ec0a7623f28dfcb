import type { Weekday } from '../model.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEKDAYS, formatDay, formatMinutes, weekdayIndex } from './calendar.js';

/**
 * Instants ↔ wall-clock time in a time zone. Wall-clock time is handled as "local milliseconds": milliseconds
 * since 1970-01-01T00:00 on the zone's own clock, so calendar arithmetic on it needs no zone at all.
 */
export interface Zone {
  /** An IANA name, "UTC", or "±HH:MM" for a fixed offset. */
  readonly id: string;
  /** Milliseconds to add to an instant to get the zone's wall-clock time then. */
  offsetAt(instant: number): number;
}

class FixedOffsetZone implements Zone {
  readonly id: string;
  readonly #offset: number;

  constructor(minutes: number) {
    const sign = minutes < 0 ? '-' : '+';
    const hhmm = formatMinutes(Math.abs(minutes));
    this.id = minutes === 0 ? 'UTC' : `${sign}${hhmm}`;
    this.#offset = minutes * MINUTE_MS;
  }

  offsetAt(): number {
    return this.#offset;
  }
}

// Caches bounded so a hostile feed cannot grow them without limit.
const MAX_CACHED_HOURS = 20_000;
const MAX_CACHED_ZONES = 1_000;

class IanaZone implements Zone {
  readonly #format: Intl.DateTimeFormat;
  // Offset at the start of each UTC hour: formatToParts costs microseconds, a Map lookup nanoseconds.
  readonly #hourOffsets = new Map<number, number>();

  constructor(readonly id: string) {
    this.#format = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  offsetAt(instant: number): number {
    const hour = Math.floor(instant / HOUR_MS);
    const offset = this.#offsetAtHour(hour);
    // Zones change offset at most once in any hour, so when both ends of the hour agree, so does all of it.
    return offset === this.#offsetAtHour(hour + 1) ? offset : this.#exactOffset(instant);
  }

  #offsetAtHour(hour: number): number {
    let offset = this.#hourOffsets.get(hour);
    if (offset === undefined) {
      if (this.#hourOffsets.size >= MAX_CACHED_HOURS) this.#hourOffsets.clear();
      offset = this.#exactOffset(hour * HOUR_MS);
      this.#hourOffsets.set(hour, offset);
    }
    return offset;
  }

  #exactOffset(instant: number): number {
    const part: Record<string, number> = {};
    for (const { type, value } of this.#format.formatToParts(instant)) part[type] = Number(value);
    const local = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
    return local - (instant - (((instant % 1000) + 1000) % 1000));
  }
}

const zones = new Map<string, Zone | null>();
const OFFSET_ID = /^([+-])(\d{2}):(\d{2})$/;

/** The zone for an IANA name, "UTC" or "±HH:MM"; undefined when the runtime does not know the name. */
export function zoneNamed(id: string): Zone | undefined {
  let zone = zones.get(id);
  if (zone === undefined) {
    if (zones.size >= MAX_CACHED_ZONES) zones.clear();
    zone = createZone(id);
    zones.set(id, zone);
  }
  return zone ?? undefined;
}

function createZone(id: string): Zone | null {
  if (id === 'UTC') return new FixedOffsetZone(0);
  const offset = OFFSET_ID.exec(id);
  if (offset) return fixedOffsetZone((offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])));
  try {
    return new IanaZone(id);
  } catch {
    return null; // RangeError: not a time zone this runtime knows
  }
}

export function fixedOffsetZone(minutes: number): Zone {
  return new FixedOffsetZone(minutes);
}

let runtime: Zone | undefined;

/** The zone the code runs in (the visitor's, in a browser), looked up once. */
export function runtimeZone(): Zone {
  runtime ??= zoneNamed(new Intl.DateTimeFormat().resolvedOptions().timeZone) ?? fixedOffsetZone(0);
  return runtime;
}

export const toLocal = (instant: number, zone: Zone): number => instant + zone.offsetAt(instant);

/**
 * The instant at which the zone's clock shows a wall-clock time. A time skipped by a spring-forward change
 * maps to the instant just after the gap; a time repeated by a fall-back change maps to its first occurrence.
 * Both are "the first instant the clock reaches that time", which is when a place opening or closing then does.
 */
export function toInstant(local: number, zone: Zone): number {
  // Offset changes are months apart, so the offsets a day either side bracket any change near this time.
  const before = zone.offsetAt(local - DAY_MS);
  const after = zone.offsetAt(local + DAY_MS);
  const withBefore = local - before;
  if (before === after || zone.offsetAt(withBefore) === before) return withBefore;
  const withAfter = local - after;
  if (zone.offsetAt(withAfter) === after) return withAfter;
  // In the gap: find the change itself, the first minute with the new offset.
  let [early, late] = [withAfter, withBefore]; // the old offset holds at `early`, the new one at `late`
  while (late - early > MINUTE_MS) {
    const middle = early + Math.max(MINUTE_MS, Math.floor((late - early) / 2 / MINUTE_MS) * MINUTE_MS);
    if (zone.offsetAt(middle) === after) late = middle;
    else early = middle;
  }
  return late;
}

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour. */
  time: string;
  day: Weekday;
}

/**
 * What a clock in `timeZone` shows at `instant`: for showing "closes 17:00" in the listing's own time zone,
 * including fixed-offset zones ("-08:00") that not every runtime's Intl.DateTimeFormat accepts.
 */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const zone = zoneNamed(timeZone);
  if (!zone) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const local = toLocal(instant.getTime(), zone);
  const day = Math.floor(local / DAY_MS);
  return {
    date: formatDay(day),
    time: formatMinutes(Math.floor((local - day * DAY_MS) / MINUTE_MS)),
    day: WEEKDAYS[weekdayIndex(day)]!,
  };
}
