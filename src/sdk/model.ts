/**
 * The one normalized listing model every feed is turned into, and the only shape the widget renders.
 * All text is plain text (feed HTML and Markdown are reduced to text before it lands here); every URL has
 * already been checked to be http(s), mailto, tel or sms.
 */
import type { NeedId } from './search/vocabulary/needs.js';

export type ListingStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

/** RFC 6350 phone kinds used by HSDS; unknown kinds from a feed are kept as given. */
export type PhoneKind = 'voice' | 'text' | 'fax' | 'cell' | 'video' | 'pager' | 'textphone' | (string & {});

export interface Language {
  /** ISO 639-1 or 639-3 code when the feed gives one (lower case), e.g. `es`, `vie`. */
  code?: string;
  /** The name as the feed wrote it, e.g. "Spanish". */
  name?: string;
  note?: string;
}

export interface Phone {
  /** The number as published, for display. */
  number: string;
  /** Dialable form for `tel:` and `sms:` links: digits with an optional leading `+`, nothing else. */
  tel: string;
  extension?: string;
  kind: PhoneKind;
  description?: string;
  languages: Language[];
}

export interface Address {
  lines: string[];
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2 when the feed gives it. */
  country?: string;
}

export interface ListingLocation {
  id: string;
  name?: string;
  description?: string;
  address?: Address;
  latitude?: number;
  longitude?: number;
  /** True for online-only locations (HSDS `location_type: virtual`). */
  virtual: boolean;
  url?: string;
  accessibility: string[];
  transportation?: string;
  /** Kilometres from the search point, when the search had one. */
  distanceKm?: number;
}

export interface Organization {
  id: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  /** https URL of a logo image. */
  logo?: string;
}

export interface Category {
  id: string;
  code?: string;
  name: string;
  /** Name of the taxonomy the term belongs to, for grouping filter chips. */
  taxonomy?: string;
  parentId?: string;
  /** How many services the feed files under it, when the whole feed is in hand (a file). */
  services?: number;
  /** The everyday need it is filed under (`food`, `housing`…), as `client.categories()` tells; for icons. */
  need?: NeedId;
}

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface WeekdayRule {
  day: Weekday;
  /** For MONTHLY rules: 1 = first, 2 = second, -1 = last … of the month. */
  ordinal?: number;
}

/**
 * One HSDS schedule object, normalized but not evaluated: the time-and-place engine evaluates these.
 * Times are wall-clock `HH:MM` in the schedule's own time zone.
 */
export interface Schedule {
  id?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byDay: WeekdayRule[];
  byMonthDay: number[];
  opensAt?: string;
  closesAt?: string;
  /** YYYY-MM-DD: the period in which this information is believed correct. */
  validFrom?: string;
  validTo?: string;
  /** YYYY-MM-DD: first occurrence, and the date after which the recurrence has ended. */
  dtstart?: string;
  until?: string;
  count?: number;
  /** IANA time zone name, when known. */
  timeZone?: string;
  /** Fixed offset from UTC in minutes, from older feeds' numeric `timezone`. */
  utcOffsetMinutes?: number;
  description?: string;
  notes?: string;
  attendingType?: string;
  link?: string;
  /**
   * Holiday or special hours: on the days it covers (`validFrom` to `validTo`, else `dtstart` to `until`) it
   * replaces the regular hours instead of adding to them. Set for HSDS 1.x `holiday_schedules`; the hours
   * engine also treats a schedule pinned to a few dates beside a regular one as such (hours/exceptions.ts).
   */
  exception?: boolean;
  /** With `exception`: closed all day on the days it covers. */
  closed?: boolean;
  /** Which HSDS level it came from: the service's own (service_at_location, else service) beat the location's, which are the building's hours. */
  level: 'service_at_location' | 'location' | 'service';
  locationId?: string;
}

/** A named person or desk to ask for (HSDS `contacts`), with their own numbers. */
export interface Contact {
  name?: string;
  /** Job title, e.g. "Intake coordinator". */
  title?: string;
  department?: string;
  email?: string;
  phones: Phone[];
}

/** One price the service charges (HSDS `cost_options`). */
export interface CostOption {
  /** Who or what the price is for, e.g. "Under 18s and over 60s". */
  option?: string;
  /** Zero or more. */
  amount?: number;
  /** ISO 4217 code, upper case, e.g. `USD`. */
  currency?: string;
  /** What the amount covers, e.g. "per 1 hour session". */
  amountDescription?: string;
}

/** A further web page of the service (HSDS 3.1 `additional_urls`): its chat, a form, a social account. */
export interface Link {
  /** As the feed labels it, e.g. "Chat". */
  label?: string;
  url: string;
}

/** A paper to bring to apply or be served (HSDS `required_documents`). */
export interface RequiredDocument {
  /** What it is, in the feed's words (HSDS `document`), e.g. "Photo ID". */
  name: string;
  /** http(s) link to the document or a form. */
  url?: string;
}

export interface ServiceArea {
  name?: string;
  description?: string;
}

export interface Listing {
  /** Unique in the feed: the feed's id, or `id~2`, `id~3` … for a different service under a repeated id. */
  id: string;
  name: string;
  alternateName?: string;
  /** Full description, plain text with paragraph breaks as `\n\n`. */
  description: string;
  /** The first sentence or line of the description, for a card's short text. */
  summary: string;
  status: ListingStatus;
  alert?: string;
  organization?: Organization;
  locations: ListingLocation[];
  phones: Phone[];
  url?: string;
  /** Further pages beyond `url`; absent in listings saved before the SDK read them. */
  links?: Link[];
  email?: string;
  languages: Language[];
  categories: Category[];
  eligibility?: string;
  minimumAge?: number;
  maximumAge?: number;
  fees?: string;
  /** True when the feed says the service costs nothing, false when it charges; absent when unknown. */
  free?: boolean;
  /** Prices by option; absent in listings saved before the SDK read them. */
  costOptions?: CostOption[];
  /** Ways to pay (HSDS 1.x/2.x `payments_accepted`), e.g. "cash". */
  paymentsAccepted?: string[];
  applicationProcess?: string;
  requiredDocuments?: RequiredDocument[];
  /** Named people to ask for, from the service and its places. */
  contacts?: Contact[];
  interpretationServices?: string;
  schedules: Schedule[];
  serviceAreas: ServiceArea[];
  /** YYYY-MM-DD: when the information was last checked. */
  assuredDate?: string;
  /** ISO date-time of the last change. */
  lastModified?: string;
  /** Kilometres to the nearest location, when the search had a point. */
  distanceKm?: number;
  /** The feed, and the record's id as the feed gives it. */
  source: { feed: string; id: string };
}

/** A record (or part of one) that was skipped or repaired, reported instead of failing the page. */
export interface FeedIssue {
  recordId?: string;
  /** JSON path inside the record, e.g. `service_at_locations.0.location.latitude`. */
  path: string;
  message: string;
}

export interface SearchResult {
  items: Listing[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  issues: FeedIssue[];
  /** True when the results come from the cache because the feed could not be reached. */
  stale?: boolean;
  /**
   * True when an API had more records than the client may pull to answer this query (`maxRecords`): the
   * results are complete for the records looked at, so there are at least `total` matches. Also when an
   * API's pages give no total and this one is not the last: `total` is then one more than those listed so
   * far (or the least the server's page count allows), so that a next page is offered.
   */
  totalIsLowerBound?: boolean;
  /** When a text search finds nothing: a respelled text and categories to try. */
  suggestions?: SearchSuggestions;
}

/** What to offer a visitor whose words found nothing. */
export interface SearchSuggestions {
  /** The search respelled with words the feed or the vocabulary knows ("strollr" → "stroller"), when any were near. */
  text?: string;
  /** Categories to browse: those of the needs the words named, those whose names are close, the most used. */
  categories: Category[];
}
