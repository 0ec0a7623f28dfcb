/**
 * Where reading a feed starts, known from its URL alone: small enough for the elements to start that request
 * before the SDK arrives (http/early-responses.ts).
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
  if (adapterKind(feed)) return undefined;
  return FILE_PATH.test(new URL(feed).pathname) ? feed : withSlash(feed);
}
