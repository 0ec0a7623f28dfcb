import type { Listing, Schedule } from '../model.js';
import { compileRule, fallbackZone, type Rule } from './rule.js';
import type { Zone } from './zoned-time.js';

export interface HoursOptions {
  /**
   * The IANA time zone to read schedules in when they name none themselves: the place's zone when known.
   * Default: the runtime's zone.
   */
  timeZone?: string;
  /** Which of the listing's locations to describe. Default: the nearest location with schedules of its own. */
  locationId?: string;
}

export interface ListingRules {
  /** The schedules describing the place, from the most specific level that has any. */
  schedules: Schedule[];
  /** Those of them that can be evaluated, in the same order. */
  rules: Rule[];
  fallback: Zone;
}

const SITE_LEVELS = ['service_at_location', 'location'] as const;

/**
 * HSDS lets the service at a location, the location and the service each carry schedules; the most
 * specific level that has any wins outright, since a site's own hours replace the service's general ones.
 */
export function applicableSchedules(listing: Listing, locationId = defaultLocationId(listing)): Schedule[] {
  for (const level of SITE_LEVELS) {
    const found = listing.schedules.filter((s) => s.level === level && (s.locationId === undefined || s.locationId === locationId));
    if (found.length) return found;
  }
  return listing.schedules.filter((s) => s.level === 'service');
}

/** The nearest location (as the card shows it) among those with schedules of their own. */
function defaultLocationId(listing: Listing): string | undefined {
  const scheduled = new Set(listing.schedules.filter((s) => s.level !== 'service').map((s) => s.locationId));
  const candidates = listing.locations.filter((location) => scheduled.has(location.id));
  candidates.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  return candidates[0]?.id;
}

export function listingRules(listing: Listing, options: HoursOptions): ListingRules {
  const schedules = applicableSchedules(listing, options.locationId);
  const fallback = fallbackZone(options.timeZone);
  const rules: Rule[] = [];
  for (const schedule of schedules) {
    const rule = compileRule(schedule, fallback);
    if (rule) rules.push(rule);
  }
  return { schedules, rules, fallback };
}

/** The schedule's wording: what to show when its structured fields say nothing usable. */
export const hasText = (schedule: Schedule): boolean => Boolean(schedule.description || schedule.notes);
