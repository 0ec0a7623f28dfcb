// What a feed gives visitors, in sentences a webmaster understands, from the SDK's coverage report.
import type { CoverageField, CoverageReport, FeedInfo, IssuePattern, LostField } from '../sdk/index.js';

const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** What each field does for a visitor, so a low share reads as a consequence. */
const PRESENT: Record<CoverageField, string> = {
  phone: 'have a phone number (the Call button)',
  address: 'have an address',
  coordinates: 'have map coordinates (distance, "near me" and the map)',
  hours: 'have opening hours the directory can read ("Open now")',
  languages: 'list the languages spoken',
  categories: 'have categories (the filters and category tiles)',
  description: 'have a description',
};

/** What reading the feed lost, after "3 records": skipped whole, or one kind of field left out. */
const LOST: Record<LostField, string> = {
  record: 'skipped whole (no usable id or name)',
  url: 'lost a web address that was not a usable http(s) link',
  email: 'lost an e-mail address that was not usable',
  phone: 'lost a phone number that cannot be dialled',
  coordinates: 'lost impossible or half map coordinates',
  hours: 'lost opening hours that could not be read',
};

export interface FeedReport {
  /** One line for the live region. */
  summary: string;
  /** What kind of feed it is. */
  kind: string;
  /** Share of services with each field. */
  present: string[];
  /** What reading the feed lost. */
  losses: string[];
  /** The commonest problems, with an example record. */
  issues: string[];
}

const plural = (count: number, one: string, other: string): string => `${count.toLocaleString('en')} ${count === 1 ? one : other}`;

function kindOf(info: FeedInfo): string {
  const publisher = info.publisher?.name ? `, published by ${info.publisher.name}` : '';
  const kinds: Record<FeedInfo['kind'], string> = {
    api: `An HSDS API (version ${info.version})`,
    file: `An HSDS file (version ${info.version})`,
    ndp: 'The 211 National Data Platform (Search API v2, details from the Query API)',
    findtreatment: 'FindTreatment.gov, SAMHSA\'s treatment locator',
  };
  return `${kinds[info.kind]}${publisher}.`;
}

function issueLine(issue: IssuePattern): string {
  const where = [issue.example.recordId && `record ${issue.example.recordId}`, issue.example.path].filter(Boolean).join(', ');
  return `${issue.count}× ${issue.example.message}${where ? ` (for example ${where})` : ''}`;
}

export function feedReport(info: FeedInfo, report: CoverageReport): FeedReport {
  const services = plural(report.listings, 'service', 'services');
  // An API is sampled: its first pages only.
  const checked = report.sample ? `the first ${services} of ${report.sample.total.toLocaleString('en')}` : services;
  const fields = Object.keys(PRESENT) as CoverageField[];
  const losses = (Object.keys(LOST) as LostField[])
    .filter((field) => report.lost[field].count > 0)
    .map((field) => {
      const count = report.lost[field].count;
      return `${field === 'record' ? plural(count, 'record was', 'records were') : plural(count, 'record', 'records')} ${LOST[field]}.`;
    });
  if (report.repaired.count) losses.push(`${plural(report.repaired.count, 'record', 'records')} had a value repaired (for example https:// added to a web address); nothing was lost.`);
  if (!report.issuesComplete) losses.push('There were more problems than the feed reports at once: these numbers are at least this high.');
  const skipped = report.lost.record.count;
  return {
    summary: `Checked ${checked}: ${percent(report.present.phone.share)} have a phone number${skipped ? `; ${plural(skipped, 'record was', 'records were')} skipped` : ''}.`,
    kind: kindOf(info),
    present: fields.map((field) => `${percent(report.present[field].share)} ${PRESENT[field]}.`),
    losses,
    issues: report.topIssues.map(issueLine),
  };
}
