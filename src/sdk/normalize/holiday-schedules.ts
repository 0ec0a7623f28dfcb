// HSDS 1.x `holiday_schedules` (closed, opens_at, closes_at, start_date, end_date) on a service, a
// service_at_location or a location. HSDS 2.0 folded them into `schedule`; we turn each row into a schedule
// marked as an exception, so that it closes or changes the regular hours on its dates instead of adding to them.
import { isRecord } from './parse-entity.js';

type RawObject = Record<string, unknown>;

const rows = (value: unknown): RawObject[] => (Array.isArray(value) ? value.filter(isRecord) : isRecord(value) ? [value] : []);

function toExceptionSchedule(row: RawObject): RawObject {
  const schedule: RawObject = {
    ...row,
    exception: true,
    valid_from: row.start_date,
    // A row with only a start date covers that one day.
    valid_to: row.end_date == null || row.end_date === '' ? row.start_date : row.end_date,
  };
  // 1.x data packages give a holiday row the id of a regular_schedules row (the 1.1 sample does): kept
  // apart, so that one listing's schedules deduplicated by id do not lose either.
  if (row.id != null && row.id !== '') schedule.id = `holiday:${String(row.id)}`;
  return schedule;
}

function withHolidays<T>(raw: T): T {
  if (!isRecord(raw) || !('holiday_schedules' in raw)) return raw;
  const holidays = rows(raw.holiday_schedules).map(toExceptionSchedule);
  const schedules = Array.isArray(raw.schedules) ? raw.schedules : isRecord(raw.schedules) ? [raw.schedules] : [];
  return { ...raw, schedules: [...schedules, ...holidays] } as T;
}

const upgradeServiceAtLocation = (sal: unknown): unknown => {
  const upgraded = withHolidays(sal);
  return isRecord(upgraded) && isRecord(upgraded.location) && 'holiday_schedules' in upgraded.location
    ? { ...upgraded, location: withHolidays(upgraded.location) }
    : upgraded;
};

const hasHolidays = (value: unknown): boolean => isRecord(value) && 'holiday_schedules' in value;

/** The service with the holiday rows at every level turned into exception schedules; untouched when it has none. */
export function upgradeHolidaySchedules(service: RawObject): RawObject {
  const sals = Array.isArray(service.service_at_locations) ? service.service_at_locations : [];
  const locations = Array.isArray(service.locations) ? service.locations : [];
  const found =
    hasHolidays(service) ||
    locations.some(hasHolidays) ||
    sals.some((sal) => hasHolidays(sal) || (isRecord(sal) && hasHolidays(sal.location)));
  if (!found) return service;
  const upgraded = { ...withHolidays(service) }; // a copy: the caller's record is never changed
  if (sals.length) upgraded.service_at_locations = sals.map(upgradeServiceAtLocation);
  if (locations.length) upgraded.locations = locations.map(withHolidays);
  return upgraded;
}
