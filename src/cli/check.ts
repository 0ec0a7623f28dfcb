// What a feed will show visitors, checked from a publisher's machine: the same words as the configurator, plus
// what only a server can see from outside a browser (CORS for an origin, HTTPS, response time).
import { feedReport, type FeedReport } from '../configure/feed-report.js';
import { createClient, webmasterAdvice, type ClientOptions, type CoverageReport, type FeedKind } from '../sdk/index.js';

export interface CheckOptions {
  /** The site that will embed the directory, sent as `Origin`. */
  origin: string;
  kind?: FeedKind;
  /** API listings to examine (the first pages). */
  sampleSize?: number;
  fetch?: typeof globalThis.fetch;
}

export interface CorsCheck {
  origin: string;
  /** Every response allowed that origin. */
  allowed: boolean;
  /** `Access-Control-Allow-Origin` as the first response that did not allow it sent it (or the first one's). */
  header: string | null;
}

export interface FeedCheck {
  feed: string;
  usable: boolean;
  /** Why not, in plain words; empty when usable. */
  problems: string[];
  https: boolean;
  cors: CorsCheck;
  /** The first response's time, and the slowest, in milliseconds. */
  responseMs: { first: number; slowest: number };
  requests: number;
  kind?: FeedKind;
  version?: string;
  coverage?: CoverageReport;
  report?: FeedReport;
  /** Set when the feed could not be read at all. */
  error?: string;
}

const isLoopback = (url: URL): boolean => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** Reads the feed as the directory would (a sample of an API, all of a file) and says what it gives. */
export async function checkFeed(feed: string, options: CheckOptions): Promise<FeedCheck> {
  const url = new URL(feed);
  const times: number[] = [];
  const origins: (string | null)[] = [];
  const base = options.fetch ?? globalThis.fetch;
  // Every request as a browser on the embedding site would send it, timed, with its CORS answer kept.
  const observe: typeof globalThis.fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('origin', options.origin);
    const started = performance.now();
    const response = await base(input, { ...init, headers });
    times.push(performance.now() - started);
    origins.push(response.headers.get('access-control-allow-origin'));
    return response;
  };
  const clientOptions: ClientOptions = { feed: url.href, fetch: observe, cache: false, ...(options.kind && { kind: options.kind }) };
  const client = createClient(clientOptions);
  const check: FeedCheck = {
    feed: url.href,
    usable: false,
    problems: [],
    https: url.protocol === 'https:',
    cors: { origin: options.origin, allowed: false, header: null },
    responseMs: { first: 0, slowest: 0 },
    requests: 0,
  };
  try {
    const [info, coverage] = await Promise.all([client.info(), client.coverage({ sampleSize: options.sampleSize })]);
    Object.assign(check, { kind: info.kind, version: info.version, coverage, report: feedReport(info, coverage) });
  } catch (error) {
    check.error = webmasterAdvice(error);
  }
  const refused = origins.find((header) => header !== '*' && header !== options.origin);
  check.cors = { origin: options.origin, allowed: origins.length > 0 && refused === undefined, header: refused !== undefined ? refused : (origins[0] ?? null) };
  check.responseMs = { first: Math.round(times[0] ?? 0), slowest: Math.round(Math.max(0, ...times)) };
  check.requests = times.length;
  if (check.error) check.problems.push(`The feed could not be read: ${check.error}`);
  else if (!check.coverage?.listings) check.problems.push('The feed gave no services a card can show.');
  if (!check.cors.allowed && times.length) {
    check.problems.push(
      `Browsers on ${options.origin} may not read it: the answer must carry Access-Control-Allow-Origin: * (or ${options.origin}), ` +
        `and it carried ${check.cors.header === null ? 'none' : `"${check.cors.header}"`}.`,
    );
  }
  if (!check.https && !isLoopback(url)) check.problems.push('It is served over http: a page served over https cannot read it. Use its https address.');
  check.usable = check.problems.length === 0;
  return check;
}

/** The check in plain words, as the command prints it. */
export function describeCheck(check: FeedCheck): string {
  const lines = [`Feed: ${check.feed}`];
  if (check.report) lines.push(check.report.kind);
  if (check.requests) {
    const protocol = check.https ? 'over HTTPS' : 'over plain http';
    const speed = check.requests > 1 ? `first answer in ${check.responseMs.first} ms, slowest of ${check.requests} in ${check.responseMs.slowest} ms` : `answered in ${check.responseMs.first} ms`;
    lines.push(`Reached ${protocol}: ${speed}.`);
    lines.push(check.cors.allowed ? `Browsers on ${check.cors.origin} may read it (Access-Control-Allow-Origin: ${check.cors.header}).` : `Browsers on ${check.cors.origin} may NOT read it.`);
  }
  if (check.report) {
    lines.push('', check.report.summary, '', 'What visitors will see:', ...check.report.present.map((line) => `  ${line}`));
    if (check.report.losses.length) lines.push('', 'What reading it lost:', ...check.report.losses.map((line) => `  ${line}`));
    if (check.report.issues.length) lines.push('', 'Commonest problems:', ...check.report.issues.map((line) => `  ${line}`));
  }
  lines.push('', check.usable ? 'Verdict: usable. Paste the snippet.' : 'Verdict: not usable yet.', ...check.problems.map((problem) => `  - ${problem}`));
  return lines.join('\n');
}
