// The SDK's public surface ("resource-directory/sdk"): named exports only, no DOM and no Lit anywhere below.
export { createClient } from './client.js';
export type { ClientOptions, GetOptions, ResourceDirectoryClient, SearchOptions } from './client.js';
export { coverageReport } from './coverage.js';
export type { CoverageField, CoverageReport, IssuePattern, LostField, Share } from './coverage.js';
export type { CoverageOptions } from './coverage-sample.js';
export { coverageNotice } from './coverage-notice.js';
export { logCoverageOnce } from './coverage-log.js';
export type { CacheOptions, KeyValueStorage } from './cache.js';
export type { FeedInfo, FeedKind, Geocoder, Publisher, SearchNear } from './feeds/feed.js';
export type { SearchSort } from './search/local-search.js';
export type { Vocabulary, VocabularyNeed } from './search/vocabulary/vocabulary.js';
export { parseVocabulary } from './search/vocabulary/parse-vocabulary.js';
export type {
  Address,
  Category,
  FeedIssue,
  Language,
  Listing,
  ListingLocation,
  ListingStatus,
  Organization,
  Phone,
  PhoneKind,
  Schedule,
  SearchResult,
  SearchSuggestions,
  ServiceArea,
  Weekday,
  WeekdayRule,
} from './model.js';
export {
  FeedFormatError,
  HttpError,
  NetworkError,
  NotFoundError,
  ResourceDirectoryError,
  ResponseTooLargeError,
  TimeoutError,
  TooManyRedirectsError,
} from './errors.js';
export {
  isAbortError,
  isFeedDown,
  isFeedFormatError,
  isHttpError,
  isNetworkError,
  isNotFoundError,
  isResourceDirectoryError,
  isResponseTooLargeError,
  isTimeoutError,
  isTooManyRedirectsError,
} from './type-guards.js';
export { failureOf } from './failure.js';
export { webmasterAdvice } from './failure-advice.js';
export type { Failure, FailureKind } from './failure.js';
export { nextOccurrence, openingStatus, scheduleOccurrences, wallClock, weeklyHours } from './hours/index.js';
export type {
  DayHours,
  HoursOptions,
  HoursRange,
  MonthlyHours,
  Occurrence,
  OpeningInterval,
  OpeningState,
  OpeningStatus,
  OpeningStatusReason,
  SpecialHours,
  WallClock,
  WeeklyHours,
  WeeklyHoursOptions,
} from './hours/index.js';
export { safeUrl } from './normalize/url.js';
export type { UrlScheme } from './normalize/url.js';
export { dialable } from './normalize/phone.js';
export { haversineKm } from './geo.js';
export type { Coordinates } from './geo.js';
/** The static-file normalizer, exported for benchmarks and tools that pre-process feeds. */
export { normalizeFeed } from './normalize/feed.js';
export type { NormalizedFeed } from './normalize/feed.js';
