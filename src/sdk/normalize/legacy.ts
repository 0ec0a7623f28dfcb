// ORUK 1.0 (pre-HSDS-3) records still served by running UK feeds. We rename their fields to the HSDS 3
// equivalents so the one normalizer reads both; records without these fields come back untouched.
import { upgradeHolidaySchedules } from './holiday-schedules.js';
import { isRecord } from './parse-entity.js';
import { upgradeVariants } from './variants.js';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : isRecord(value) ? [value] : []);

/** `regular_schedules[].weekday` ("Monday", 1–7) → HSDS 3 `schedules[].byday`. */
function upgradeSchedules(raw: Record<string, unknown>): Record<string, unknown> {
  const schedules = list(raw.regular_schedules).map((item) => {
    if (!isRecord(item) || item.byday != null || item.weekday == null) return item;
    // 1.x CSV tables give the day number as text ("1" = Monday).
    const day = typeof item.weekday === 'string' && /^\s*\d\s*$/.test(item.weekday) ? Number(item.weekday) : item.weekday;
    const weekday = typeof day === 'number' ? ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][day] : day;
    return { freq: 'WEEKLY', ...item, byday: weekday };
  });
  return { ...raw, schedules: [...list(raw.schedules), ...schedules] };
}

function upgradeLocation(raw: unknown): unknown {
  if (!isRecord(raw) || !('physical_addresses' in raw || 'postal_addresses' in raw || 'regular_schedules' in raw || 'accessibility_for_disabilities' in raw)) {
    return raw;
  }
  const typed = (key: string, type: string) => list(raw[key]).map((a) => (isRecord(a) ? { address_type: type, ...a } : a));
  const location: Record<string, unknown> = {
    ...raw,
    addresses: [...list(raw.addresses), ...typed('physical_addresses', 'physical'), ...typed('postal_addresses', 'postal')],
    accessibility: [...list(raw.accessibility), ...list(raw.accessibility_for_disabilities)],
  };
  return 'regular_schedules' in raw ? upgradeSchedules(location) : location;
}

function upgradeServiceAtLocation(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const sal = 'regular_schedules' in raw ? upgradeSchedules(raw) : raw;
  return 'location' in sal ? { ...sal, location: upgradeLocation(sal.location) } : sal;
}

const LEGACY_SERVICE_KEYS = ['service_taxonomys', 'regular_schedules', 'eligibilitys'];

export function upgradeLegacyService(input: Record<string, unknown>): Record<string, unknown> {
  const raw = upgradeHolidaySchedules(upgradeVariants(input));
  const sals = Array.isArray(raw.service_at_locations) ? raw.service_at_locations : [];
  const legacyPlaces = sals.some(
    (sal) => isRecord(sal) && ('regular_schedules' in sal || upgradeLocation(sal.location) !== sal.location),
  );
  const legacyLanguages = Array.isArray(raw.languages) && raw.languages.some((l) => isRecord(l) && typeof l.language === 'string');
  if (!legacyPlaces && !legacyLanguages && !LEGACY_SERVICE_KEYS.some((key) => key in raw)) return raw;

  let service: Record<string, unknown> = { ...raw, service_at_locations: sals.map(upgradeServiceAtLocation) };
  if ('regular_schedules' in raw) service = upgradeSchedules(service);
  if (legacyLanguages) {
    service.languages = list(raw.languages).map((l) => (isRecord(l) && typeof l.language === 'string' ? { name: l.language, ...l } : l));
  }
  const terms = list(raw.service_taxonomys).flatMap((link) => {
    const term = isRecord(link) && isRecord(link.taxonomy) ? link.taxonomy : undefined;
    if (!term) return [];
    const parent = isRecord(term.parent) ? term.parent.id : term.parent;
    return [{ taxonomy_term: { taxonomy: term.vocabulary, parent_id: parent, ...term } }];
  });
  if (terms.length) service.attributes = [...list(raw.attributes), ...terms];
  const eligibility = list(raw.eligibilitys).find(isRecord);
  if (eligibility) {
    service.minimum_age ??= eligibility.minimum_age;
    service.maximum_age ??= eligibility.maximum_age;
    service.eligibility_description ??= eligibility.eligibility;
  }
  return service;
}
