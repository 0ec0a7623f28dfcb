// What a feed gives visitors, and what was lost turning it into listings: for a webmaster checking a feed.
import { openingStatus } from './hours/index.js';
import type { FeedIssue, Listing } from './model.js';

/** A count and its share (0–1) of the listings or records it is taken from. */
export interface Share {
  count: number;
  share: number;
}

export type CoverageField = 'phone' | 'address' | 'coordinates' | 'hours' | 'languages' | 'categories' | 'description';
/** What normalization can lose: whole records, or one kind of field of a record. */
export type LostField = 'record' | 'url' | 'email' | 'phone' | 'coordinates' | 'hours';

export interface IssuePattern {
  /** The message with its quoted values and numbers blanked out, e.g. `not a usable http(s) URL: "…"; dropped`. */
  pattern: string;
  count: number;
  /** One issue of the group, as reported. */
  example: FeedIssue;
}

export interface CoverageReport {
  /** The listings examined. */
  listings: number;
  /** The feed's records behind them: the listings plus the records skipped as unusable. */
  records: number;
  /** Listings with each field (hours: a schedule the hours engine can evaluate). */
  present: Record<CoverageField, Share>;
  /** Records that lost a field (or were skipped whole) in normalization; share of `records`. */
  lost: Record<LostField, Share>;
  /** Records with a value that was repaired (a scheme added, an e-mail trimmed), not dropped. */
  repaired: Share;
  /** The most frequent issues, grouped by message pattern, most frequent first. */
  topIssues: IssuePattern[];
  /** On an API, only the first pages are examined: how many listings were asked for, and the feed's total. */
  sample?: { limit: number; total: number };
  /** False when some issues were not seen (a result page carries at most 100): the loss figures are lower bounds. */
  issuesComplete: boolean;
}

const TOP_ISSUES = 10;
const UNUSABLE_HOURS = new Set(['no-schedule', 'description-only']);
const URL_FIELDS = new Set(['url', 'website', 'logo', 'schedule_link']);

const share = (count: number, of: number): Share => ({ count, share: of ? count / of : 0 });
const isLoss = (issue: FeedIssue): boolean => /(?:dropped|skipped|ignored)$/.test(issue.message);
const isRecordSkipped = (issue: FeedIssue, listingIds: ReadonlySet<string>): boolean =>
  (issue.recordId === undefined || !listingIds.has(issue.recordId)) && !issue.path.includes('.') && /skipped$/.test(issue.message);

function lostField(issue: FeedIssue): Exclude<LostField, 'record'> | undefined {
  const segments = issue.path.split('.');
  const last = segments[segments.length - 1]!;
  if (segments.includes('phones')) return 'phone';
  if (segments.includes('schedules')) return 'hours';
  if (last === 'latitude' || last === 'longitude') return 'coordinates';
  if (last === 'email') return 'email';
  return URL_FIELDS.has(last) ? 'url' : undefined;
}

/** The message with quoted values and numbers blanked, so issues differing only in them group together. */
const patternOf = (message: string): string => message.replace(/"(?:[^"\\]|\\.)*"?/g, '"…"').replace(/-?\d+(?:\.\d+)?/g, 'N');

const CHECKS: Record<CoverageField, (listing: Listing) => boolean> = {
  phone: (listing) => listing.phones.length > 0,
  address: (listing) => listing.locations.some((l) => l.address !== undefined),
  coordinates: (listing) => listing.locations.some((l) => l.latitude !== undefined),
  hours: (listing) => !UNUSABLE_HOURS.has(openingStatus(listing).reason ?? ''),
  languages: (listing) => listing.languages.length > 0,
  categories: (listing) => listing.categories.length > 0,
  description: (listing) => listing.description.trim() !== '',
};
const FIELDS = Object.keys(CHECKS) as CoverageField[];

/**
 * How complete a feed is, from its listings and the FeedIssues reported while normalizing them: the share
 * of listings with each field, the records that lost a field or were skipped, and the commonest issues.
 */
export function coverageReport(listings: readonly Listing[], issues: readonly FeedIssue[]): Omit<CoverageReport, 'issuesComplete' | 'sample'> {
  const listingIds = new Set(listings.map((l) => l.id));
  const presentCounts = Object.fromEntries(FIELDS.map((field) => [field, listings.filter(CHECKS[field]).length])) as Record<CoverageField, number>;

  const lostRecords: Record<LostField, Set<string>> = { record: new Set(), url: new Set(), email: new Set(), phone: new Set(), coordinates: new Set(), hours: new Set() };
  const repairedRecords = new Set<string>();
  const patterns = new Map<string, IssuePattern>();
  issues.forEach((issue, index) => {
    const record = issue.recordId ?? `#${index}`;
    // A skipped record has one issue saying so; its id may be missing, or repeated by another record.
    if (isRecordSkipped(issue, listingIds)) lostRecords.record.add(`#${index}`);
    else if (isLoss(issue)) {
      const field = lostField(issue);
      if (field) lostRecords[field].add(record);
    } else if (issue.message.endsWith('repaired')) repairedRecords.add(record);
    const pattern = patternOf(issue.message);
    const group = patterns.get(pattern);
    if (group) group.count++;
    else patterns.set(pattern, { pattern, count: 1, example: issue });
  });

  const records = listings.length + lostRecords.record.size;
  return {
    listings: listings.length,
    records,
    present: Object.fromEntries(FIELDS.map((field) => [field, share(presentCounts[field], listings.length)])) as Record<CoverageField, Share>,
    lost: Object.fromEntries(Object.entries(lostRecords).map(([field, ids]) => [field, share(ids.size, records)])) as Record<LostField, Share>,
    repaired: share(repairedRecords.size, records),
    topIssues: [...patterns.values()].sort((a, b) => b.count - a.count).slice(0, TOP_ISSUES),
  };
}
