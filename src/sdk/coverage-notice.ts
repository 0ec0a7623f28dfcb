// The coverage report in a few sentences for the webmaster who embeds a feed (the browser console), in English.
import type { CoverageReport, LostField } from './coverage.js';

const LOSSES: Record<LostField, string> = {
  record: 'were skipped entirely (no usable id or name)',
  url: 'had a web address that could not be used, left out',
  email: 'had an e-mail address that could not be used, left out',
  phone: 'had a phone number that could not be dialled, left out',
  coordinates: 'had impossible or incomplete map coordinates, left out',
  hours: 'had opening hours that could not be read, left out',
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
  const lines = losses.map(([field, lost]) => `${lost.count} of ${report.records} records (${percent(lost.share)}) ${LOSSES[field]}`);
  const problems = report.topIssues.slice(0, TOP_PROBLEMS).map((issue) => `${issue.count}× ${issue.example.path || 'record'}: ${issue.pattern}`);
  return [
    `<resource-directory>: the feed ${feed} lost information when it was read (${examined}${report.issuesComplete ? '' : '; the counts below are lower bounds'}):`,
    ...lines.map((line) => `  • ${line}.`),
    `Commonest problems: ${problems.join(' · ')}.`,
    'Fix these in the feed, or see client.coverage() and the issues of each search result for every record.',
  ].join('\n');
}
