/**
 * Where reading a feed starts, known from its URL alone: small enough for the elements to start that request
 * (and an API's first page) before the SDK arrives (http/early-responses.ts).
 */

/** Paths that name a static file: JSON, a data package's CSV table, a zipped package. */
export const FILE_PATH = /\.(?:json|csv|tsv|zip)$/i;

export const withSlash = (url: string): string => {
  const parsed = new URL(url);
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
};

/**
 * The national sources an adapter reads, known by their URL (or a proxy's, which keeps the upstream path):
 * the 211 National Data Platform's `/resources/v2/`, FindTreatment.gov's `/locator/`.
 */
export function adapterKind(feed: string): 'ndp' | 'findtreatment' | undefined {
  const { hostname, pathname } = new URL(feed);
  if (hostname === 'api.211.org' || /\/resources\/v2(?:\/|$)/i.test(pathname)) return 'ndp';
  if (/(?:^|\.)findtreatment(?:\.samhsa)?\.gov$/i.test(hostname) || /\/locator(?:\/|$)/i.test(pathname)) return 'findtreatment';
  return undefined;
}

/** The reader a feed most likely needs, by its URL: detection (detect.ts) may still find a file at an extensionless URL. */
export function likelyFeedKind(feed: string): 'api' | 'file' | 'ndp' | 'findtreatment' {
  return adapterKind(feed) ?? (FILE_PATH.test(new URL(feed).pathname) ? 'file' : 'api');
}

/**
 * The URL the SDK requests first for a feed of unstated kind: a file itself, or an API's root `{feed}/`
 * (detect.ts); undefined for the adapters' sources, whose requests depend on the search.
 */
export function firstRequestUrl(feed: string): string | undefined {
  const kind = likelyFeedKind(feed);
  if (kind === 'api') return withSlash(feed);
  return kind === 'file' ? feed : undefined;
}

/** A whole number of at least 1 (at most `max`), else the fallback: how the SDK reads a page, a page size, a bound. */
export const wholeNumber = (value: number | undefined, fallback: number, max = Infinity): number =>
  value !== undefined && Number.isFinite(value) && value >= 1 ? Math.min(Math.floor(value), max) : fallback;

/** The page size a search asks for: 10 unless given, at most 100. */
export const pageSizeOf = (value: number | undefined): number => wholeNumber(value, 10, 100);

/** A URL under an API's base, which keeps the base's own query (a proxy's) beneath the call's parameters. */
export function apiUrl(base: string, path: string, params?: URLSearchParams): string {
  const baseUrl = new URL(base);
  const url = new URL(path, baseUrl);
  baseUrl.searchParams.forEach((value, key) => url.searchParams.append(key, value));
  params?.forEach((value, key) => url.searchParams.set(key, value));
  return url.href;
}

/** One page of an API's list (`services`, `service_at_locations`): full records asked of HSDS 3 APIs. */
export function listUrl(base: string, endpoint: string, params: URLSearchParams, page: number, perPage: number, legacy: boolean): string {
  const paged = new URLSearchParams(params);
  paged.set('page', String(page));
  paged.set('per_page', String(perPage));
  if (!legacy) paged.set('full', 'true');
  return apiUrl(base, endpoint, paged);
}

/**
 * The first page an HSDS 3 API is asked for by a directory that starts with no search of its own (no words,
 * categories or place): the one request its first cards wait for besides the root's. A legacy API is asked
 * otherwise; that guess then goes unclaimed and is let go.
 */
export const firstPageUrl = (feed: string, pageSize: number): string => listUrl(withSlash(feed), 'services', new URLSearchParams(), 1, pageSizeOf(pageSize), false);
