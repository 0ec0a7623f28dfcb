import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAY_MS, MINUTE_MS, parseDay } from '../../../src/sdk/hours/calendar.js';
import { openingStatus, wallClock } from '../../../src/sdk/hours/index.js';
import { fixedOffsetZone, toInstant, toLocal, zoneNamed } from '../../../src/sdk/hours/zoned-time.js';
import { listingWith, weekly } from './support.js';

/** The instant a zone's clock shows `date` `time`, as an ISO string. */
function instantOf(zoneName: string, date: string, time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  const local = parseDay(date)! * DAY_MS + (hours! * 60 + minutes!) * MINUTE_MS;
  return new Date(toInstant(local, zoneNamed(zoneName)!)).toISOString();
}

describe('wall-clock time to instant', () => {
  it('uses the offset in force on that date', () => {
    expect(instantOf('America/New_York', '2026-01-15', '09:00')).toBe('2026-01-15T14:00:00.000Z');
    expect(instantOf('America/New_York', '2026-07-15', '09:00')).toBe('2026-07-15T13:00:00.000Z');
    expect(instantOf('America/Los_Angeles', '2026-07-15', '09:00')).toBe('2026-07-15T16:00:00.000Z');
    expect(instantOf('Europe/London', '2026-07-15', '09:00')).toBe('2026-07-15T08:00:00.000Z');
    expect(instantOf('Australia/Sydney', '2026-07-15', '09:00')).toBe('2026-07-14T23:00:00.000Z');
  });

  it('maps a time skipped by spring-forward to the instant just after the gap', () => {
    // New York 02:00 EST → 03:00 EDT; London 01:00 GMT → 02:00 BST; Sydney 02:00 AEST → 03:00 AEDT.
    expect(instantOf('America/New_York', '2026-03-08', '02:30')).toBe('2026-03-08T07:00:00.000Z');
    expect(instantOf('America/New_York', '2026-03-08', '03:00')).toBe('2026-03-08T07:00:00.000Z');
    expect(instantOf('America/New_York', '2026-03-08', '01:59')).toBe('2026-03-08T06:59:00.000Z');
    expect(instantOf('Europe/London', '2026-03-29', '01:30')).toBe('2026-03-29T01:00:00.000Z');
    expect(instantOf('Australia/Sydney', '2026-10-04', '02:30')).toBe('2026-10-03T16:00:00.000Z');
  });

  it('maps a time repeated by fall-back to its first occurrence', () => {
    // New York 02:00 EDT → 01:00 EST; London 02:00 BST → 01:00 GMT; Sydney 03:00 AEDT → 02:00 AEST.
    expect(instantOf('America/New_York', '2026-11-01', '01:30')).toBe('2026-11-01T05:30:00.000Z');
    expect(instantOf('America/New_York', '2026-11-01', '02:00')).toBe('2026-11-01T07:00:00.000Z');
    expect(instantOf('Europe/London', '2026-10-25', '01:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(instantOf('Australia/Sydney', '2026-04-05', '02:30')).toBe('2026-04-04T15:30:00.000Z');
  });

  it('handles a clock change in the middle of a UTC hour (Lord Howe Island moves by 30 minutes)', () => {
    // 02:00 +10:30 → 02:30 +11:00 at 15:30 UTC.
    expect(instantOf('Australia/Lord_Howe', '2026-10-04', '01:59')).toBe('2026-10-03T15:29:00.000Z');
    expect(instantOf('Australia/Lord_Howe', '2026-10-04', '02:15')).toBe('2026-10-03T15:30:00.000Z');
    expect(instantOf('Australia/Lord_Howe', '2026-10-04', '02:45')).toBe('2026-10-03T15:45:00.000Z');
    expect(wallClock(new Date('2026-10-03T15:45:00Z'), 'Australia/Lord_Howe').time).toBe('02:45');
  });

  it('handles fixed UTC offsets, with ±HH:MM names', () => {
    const pacific = fixedOffsetZone(-480);
    expect(pacific.id).toBe('-08:00');
    expect(new Date(toInstant(parseDay('2026-07-15')! * DAY_MS + 9 * 60 * MINUTE_MS, pacific)).toISOString()).toBe('2026-07-15T17:00:00.000Z');
    expect(zoneNamed('+05:30')!.offsetAt(0)).toBe(330 * MINUTE_MS);
    expect(zoneNamed('UTC')!.offsetAt(0)).toBe(0);
  });

  it('returns nothing for a name the runtime does not know', () => {
    expect(zoneNamed('Mars/Olympus_Mons')).toBeUndefined();
    expect(() => wallClock(new Date(0), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('instant to wall-clock time', () => {
  it('reads both passes through a repeated hour', () => {
    const zone = zoneNamed('America/New_York')!;
    const first = Date.parse('2026-11-01T05:30:00Z');
    const second = Date.parse('2026-11-01T06:30:00Z');
    expect(toLocal(first, zone)).toBe(toLocal(second, zone));
    expect(new Date(toLocal(second, zone)).toISOString()).toBe('2026-11-01T01:30:00.000Z');
  });

  it('gives date, time and weekday on the clock of a zone', () => {
    expect(wallClock(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).toEqual({ date: '2026-03-08', time: '03:00', day: 'SU' });
    expect(wallClock(new Date('2026-04-04T23:00:00Z'), 'Australia/Sydney')).toEqual({ date: '2026-04-05', time: '09:00', day: 'SU' });
    expect(wallClock(new Date('2026-07-06T00:30:00Z'), '-08:00')).toEqual({ date: '2026-07-05', time: '16:30', day: 'SU' });
  });
});

describe('Intl.DateTimeFormat reuse', () => {
  const Original = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = Original;
    vi.restoreAllMocks();
  });

  it('creates no formatter and formats nothing when the same listing is evaluated again', () => {
    let constructed = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        constructed++;
      }
    } as typeof Original;
    const formatToParts = vi.spyOn(Original.prototype, 'formatToParts');
    // A zone no other test uses, so its caches start empty.
    const listing = listingWith(weekly('MO,TU,WE,TH,FR', '09:00', '17:00', { timeZone: 'America/Denver' }));
    const first = openingStatus(listing, new Date('2026-05-06T18:00:00Z'));
    expect(constructed).toBeGreaterThan(0);
    expect(formatToParts).toHaveBeenCalled();
    constructed = 0;
    formatToParts.mockClear();
    expect(openingStatus(listing, new Date('2026-05-06T18:00:00Z'))).toEqual(first);
    expect(constructed).toBe(0);
    expect(formatToParts).not.toHaveBeenCalled();
  });
});
