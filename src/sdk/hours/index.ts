// The schedule engine's public surface: pure functions of a listing and an instant, no DOM and no Node built-ins.
export { openingStatus } from './opening-status.js';
export type { OpeningState, OpeningStatus, OpeningStatusReason } from './opening-status.js';
export { nextOccurrence } from './next-occurrence.js';
export type { Occurrence } from './next-occurrence.js';
export { weeklyHours } from './weekly-hours.js';
export type { DayHours, HoursRange, MonthlyHours, SpecialHours, WeeklyHours, WeeklyHoursOptions } from './weekly-hours.js';
export { scheduleOccurrences } from './occurrences.js';
export type { OpeningInterval } from './occurrences.js';
export type { HoursOptions } from './listing-rules.js';
export { wallClock } from './zoned-time.js';
export type { WallClock } from './zoned-time.js';
