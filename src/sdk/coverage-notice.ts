// The coverage report in a few sentences for the webmaster who embeds a feed (the browser console), in English.
import type { CoverageReport, LostField } from './coverage.js';

const LOSSES: Record<LostField, string> = {
  record: 'records skipped whole (no usable id or name)',
  url: 'unusable web addresses, left out',
  email: 'unusable e-mail addresses, left out',
  phone: 'undiallable phone numbers, left out',
  coordinates: 'impossible or half map coordinates, left out',
  hours: 'unreadable opening hours, left out',
};
const TOP_PROBLEMS = 3;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * A message naming the feed and each kind of information it lost for more than `threshold` (a share) of
 * its records, with the commonest problems; undefined when nothing was lost on that scale.
 */
export function coverageNotice(report: CoverageReport, feed: string, threshold = 0.1): string | undefined {
  const losses = (Object.entries(report.lost) as [LostField, CoverageReport['lost'][LostField]][]).filter(([, lost]) => lost.share > threshold);
  if (!losses.length) return undefined;
  const examined = report.sample
    ? `the first ${report.listings} of its ${report.sample.total} listings were checked`
    : `all ${report.records} records were checked`;
  const problems = report.topIssues.slice(0, TOP_PROBLEMS).map((issue) => `${issue.count}× ${issue.example.path || 'record'}: ${issue.pattern}`);
  return [
    `<resource-directory>: reading the feed ${feed} lost information (${examined}${report.issuesComplete ? '' : '; counts are lower bounds'}):`,
    ...losses.map(([field, lost]) => `  • ${LOSSES[field]}: ${lost.count} of ${report.records} records (${percent(lost.share)})`),
    `Commonest problems: ${problems.join(' · ')}`,
    'Details: client.coverage() and the issues of each search result.',
  ].join('\n');
}
