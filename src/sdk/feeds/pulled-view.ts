import type { Coordinates } from '../geo.js';
import type { FeedIssue, Listing, SearchResult } from '../model.js';
import { normalizeRecords } from '../normalize/feed.js';
import { SearchIndex, withDistances } from '../search/local-search.js';
import type { UnderstoodText } from '../search/understood-text.js';
import { MAX_RESULT_ISSUES, type FeedQuery } from './feed.js';
import { idOf, isShallow, serviceOf } from './list-items.js';

/** A pulled selection, normalized and indexed like a static file. */
export interface PulledView {
  records: unknown[];
  recordsById: Map<string, unknown[]>;
  index: SearchIndex;
  issuesByRecord: Map<string, FeedIssue[]>;
  /** Issues of records that did not become listings: shown with every result. */
  skipped: FeedIssue[];
  /** False when a bound stopped the pull (or the completions) early. */
  complete: boolean;
  /** Some items are one-to-one summaries that need `GET /services/{id}`. */
  shallow: boolean;
}

/** Normalizes and indexes pulled records; `earlierIssues` (e.g. from completing them) are sorted in too. */
export function indexed(records: unknown[], complete: boolean, feedUrl: string, earlierIssues: FeedIssue[] = []): PulledView {
  const { listings, issues: normalizeIssues } = normalizeRecords(records, feedUrl);
  const issues = [...earlierIssues, ...normalizeIssues];
  const recordsById = new Map<string, unknown[]>();
  for (const record of records) {
    const id = idOf(serviceOf(record));
    const same = recordsById.get(id);
    if (same) same.push(record);
    else recordsById.set(id, [record]);
  }
  const ids = new Set(listings.map((listing) => listing.id));
  const issuesByRecord = new Map<string, FeedIssue[]>();
  const skipped: FeedIssue[] = [];
  for (const issue of issues) {
    if (issue.recordId === undefined || !ids.has(issue.recordId)) skipped.push(issue);
    else if (issuesByRecord.has(issue.recordId)) issuesByRecord.get(issue.recordId)!.push(issue);
    else issuesByRecord.set(issue.recordId, [issue]);
  }
  return {
    records,
    recordsById,
    index: new SearchIndex(listings),
    issuesByRecord,
    skipped,
    complete,
    shallow: records.some((record) => isShallow(serviceOf(record))),
  };
}

/**
 * A page's listings replaced by those of their full records (list summaries completed), measured again from
 * the search's point: the distances the index added are on the summaries.
 */
export function replacedByFull(listings: Listing[], fullRecords: unknown[], feedUrl: string, point?: Coordinates): { listings: Listing[]; issues: FeedIssue[] } {
  const completed = normalizeRecords(fullRecords, feedUrl);
  const byId = new Map(completed.listings.map((listing) => [listing.id, point ? withDistances(listing, point) : listing]));
  return { listings: listings.map((listing) => byId.get(listing.id) ?? listing), issues: completed.issues };
}

/**
 * One page of a query searched among a pulled view, as an adapter answers what its source cannot select: the
 * listings with their issues and those of skipped records, a radius around a point applied here, and a lower
 * bound when the pull was cut short.
 */
export function pageOfView(view: PulledView, query: FeedQuery, { point, understood }: { point?: Coordinates; understood?: UnderstoodText } = {}): SearchResult {
  const found = view.index.search({
    text: understood ? query.text : undefined,
    understood,
    categories: query.categories ?? [],
    languages: query.languages,
    free: query.free,
    openAt: query.openAt,
    point,
    radiusKm: point ? query.radiusKm : undefined,
    sort: query.sort,
    page: query.page,
    pageSize: query.pageSize,
  });
  const issues = [...found.items.flatMap((item) => view.issuesByRecord.get(item.id) ?? []), ...view.skipped];
  return {
    items: found.items,
    total: found.total,
    page: query.page,
    pageSize: query.pageSize,
    totalPages: Math.ceil(found.total / query.pageSize),
    issues: issues.slice(0, MAX_RESULT_ISSUES),
    ...(!view.complete && { totalIsLowerBound: true }),
  };
}
