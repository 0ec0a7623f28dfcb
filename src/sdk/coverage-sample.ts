// The listings and issues a coverage report is made from: a whole static file, or an API's first pages.
import { coverageReport, type CoverageReport } from './coverage.js';
import { MAX_RESULT_ISSUES, type FeedKind } from './feeds/feed.js';
import type { FeedIssue, Listing, SearchResult } from './model.js';

export interface CoverageOptions {
  /** On an API: how many listings to examine, from the first pages; at most 500. Default 100. */
  sampleSize?: number;
  signal?: AbortSignal;
}

const DEFAULT_SAMPLE = 100;
const MAX_SAMPLE = 500;
// Small pages of a file, so that few of them reach the cap on issues per result page.
const FILE_PAGE_SIZE = 25;
const MAX_API_PAGE_SIZE = 100;

type SearchPage = (page: number, pageSize: number) => Promise<SearchResult>;

/**
 * Pages through the feed's unfiltered results and reports on them. A page repeats the issues of skipped
 * records, so each distinct issue counts as often as it appears on any one page.
 */
export async function sampleCoverage(searchPage: SearchPage, kind: FeedKind, { sampleSize }: CoverageOptions = {}): Promise<CoverageReport> {
  const requested = sampleSize !== undefined && Number.isFinite(sampleSize) && sampleSize >= 1 ? Math.floor(sampleSize) : DEFAULT_SAMPLE;
  const limit = kind === 'file' ? Infinity : Math.min(requested, MAX_SAMPLE);
  const pageSize = kind === 'file' ? FILE_PAGE_SIZE : Math.min(limit, MAX_API_PAGE_SIZE);
  const listings: Listing[] = [];
  const issueCounts = new Map<string, { issue: FeedIssue; count: number }>();
  let issuesComplete = true;
  let total = 0;
  for (let page = 1; listings.length < limit; page++) {
    const result = await searchPage(page, pageSize);
    total = result.total;
    const kept = limit - listings.length;
    listings.push(...result.items.slice(0, kept));
    const beyondSample = new Set(result.items.slice(kept).map((listing) => listing.id));
    if (result.issues.length >= MAX_RESULT_ISSUES) issuesComplete = false;
    const onPage = new Map<string, number>();
    for (const issue of result.issues) {
      if (issue.recordId !== undefined && beyondSample.has(issue.recordId)) continue;
      const key = JSON.stringify([issue.recordId, issue.path, issue.message]);
      const count = (onPage.get(key) ?? 0) + 1;
      onPage.set(key, count);
      if (count > (issueCounts.get(key)?.count ?? 0)) issueCounts.set(key, { issue, count });
    }
    if (!result.items.length || page >= result.totalPages) break;
  }
  const issues = [...issueCounts.values()].flatMap(({ issue, count }) => Array<FeedIssue>(count).fill(issue));
  const report: CoverageReport = { ...coverageReport(listings, issues), issuesComplete };
  if (kind !== 'file') report.sample = { limit, total };
  return report;
}
