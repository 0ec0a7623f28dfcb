import type { Listing, Schedule } from '../model.js';
import { addressTimeZone } from './address-zone.js';
import { exceptionTimetable, splitExceptions, type Exception } from './exceptions.js';
import { compileRule, fallbackZone, type Rule } from './rule.js';
import type { Zone } from './zoned-time.js';

export interface HoursOptions {
  /**
   * The IANA time zone to read schedules in when they name none themselves. Default: the place's zone from
   * its address's country and state or province when that settles it, else the runtime's zone.
   */
  timeZone?: string;
  /** Which of the listing's locations to describe. Default: the nearest location with schedules of its own. */
  locationId?: string;
}

/** An exception with the rule for its own opening times (none when it closes its days). */
export interface CompiledException extends Exception {
  readonly rule?: Rule;
}

export interface ListingRules {
  /** The regular schedules describing the place: the service's own, else its building's (see `buildingHours`). */
  schedules: Schedule[];
  /** Those of them that can be evaluated, in the same order, each skipping the days an exception replaces. */
  rules: Rule[];
  /** Holiday and special hours that apply. */
  exceptions: CompiledException[];
  /** Those rules, for evaluating alongside `rules`. */
  exceptionRules: Rule[];
  /** The schedules are the location's opening hours: the service publishes no schedule of its own. */
  buildingHours: boolean;
  fallback: Zone;
}

/** The schedules that apply at one location, by level, each level split into its timetable and exceptions. */
interface ApplicableSchedules {
  regular: Schedule[];
  exceptions: Exception[];
  buildingHours: boolean;
}

/**
 * HSDS lets the service at a location, the service and the location each carry schedules. The service's own
 * (the service at that location's, else the service's) say when it runs; the location's are the building's
 * opening hours, used only when the service has none, and flagged as such: a support group meeting on
 * Wednesday evenings in a clinic open Monday to Friday is not "meeting now" on Tuesday afternoon. Closures
 * apply whichever level they come from (a building shut for a holiday shuts what runs in it); changed hours
 * only to the timetable of their own level.
 */
function schedulesAt(listing: Listing, locationId: string | undefined): ApplicableSchedules {
  const atLevel = (level: Schedule['level']) =>
    listing.schedules.filter((s) => s.level === level && (level === 'service' || s.locationId === undefined || s.locationId === locationId));
  const siteLevel = atLevel('service_at_location');
  const serviceLevel = atLevel('service');
  const own = splitExceptions([...siteLevel, ...serviceLevel]);
  const building = splitExceptions(atLevel('location'));
  const ownRegular = own.regular.filter((s) => s.level === 'service_at_location');
  const regular = ownRegular.length ? ownRegular : own.regular;
  if (regular.length || !building.regular.length) {
    return { regular, exceptions: [...own.exceptions, ...building.exceptions.filter((e) => e.closed)], buildingHours: false };
  }
  return { regular: building.regular, exceptions: [...building.exceptions, ...own.exceptions.filter((e) => e.closed)], buildingHours: true };
}

/** The nearest location (as the card shows it) among those with schedules of their own. */
function defaultLocationId(listing: Listing): string | undefined {
  const scheduled = new Set(listing.schedules.filter((s) => s.level !== 'service').map((s) => s.locationId));
  const candidates = listing.locations.filter((location) => scheduled.has(location.id));
  candidates.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  return candidates[0]?.id;
}

/** The zone of the location described, else of the first location with an address. */
function placeTimeZone(listing: Listing, locationId: string | undefined): string | undefined {
  const location = listing.locations.find((l) => l.id === locationId && l.address) ?? listing.locations.find((l) => l.address);
  return addressTimeZone(location?.address);
}

export function listingRules(listing: Listing, options: HoursOptions): ListingRules {
  const locationId = options.locationId ?? defaultLocationId(listing);
  const { regular, exceptions, buildingHours } = schedulesAt(listing, locationId);
  const fallback = fallbackZone(options.timeZone ?? placeTimeZone(listing, locationId));
  const skipDays = exceptions.length ? exceptions.map((exception) => exception.span) : undefined;
  const rules: Rule[] = [];
  for (const schedule of regular) {
    const rule = compileRule(schedule, fallback);
    if (rule) rules.push(skipDays ? { ...rule, skipDays } : rule);
  }
  const compiled = exceptions.map((exception): CompiledException => {
    const rule = exception.closed ? undefined : compileRule(exceptionTimetable(exception), fallback);
    return rule ? { ...exception, rule } : exception;
  });
  const exceptionRules = compiled.flatMap((exception) => (exception.rule ? [exception.rule] : []));
  return { schedules: regular, rules, exceptions: compiled, exceptionRules, buildingHours, fallback };
}

/** The schedule's wording: what to show when its structured fields say nothing usable. */
export const hasText = (schedule: Schedule): boolean => Boolean(schedule.description || schedule.notes);
