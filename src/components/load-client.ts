import type { ClientOptions, ResourceDirectoryClient } from '../sdk/client.js';
import { startEarlyRequest } from '../sdk/http/early-responses.js';
import { firstPageUrl, firstRequestUrl, likelyFeedKind } from '../sdk/feeds/first-request.js';
import { attributeOf, globalConfig } from '../config.js';
import { readUrlState } from './directory/url-state.js';
import { lazy } from './lazy.js';

/**
 * The SDK's client (feed detection, caching, typed errors) is a lazy chunk: the elements render their
 * form and loading state without it. Loading starts as soon as this module runs, in parallel with that
 * first render, so the first search does not wait for it; if it fails (offline), the next search or
 * "Try again" fetches it again.
 */
const sdk = lazy(() => import('../sdk/client.js'));
sdk.load().catch(() => undefined);
const clients = new Map<string, Promise<ResourceDirectoryClient>>();

/** A feed's reader: an API's (and the normalizer, which it fetches beside a page's request), a file's. */
const READERS = {
  api: () => Promise.all([import('../sdk/feeds/api-feed.js'), import('../sdk/normalize/feed.js')]),
  file: () => import('../sdk/feeds/file-feed.js'),
};

/**
 * Sends the feed's first request now, in parallel with the SDK chunk, which takes its response
 * (early-responses.ts), and starts loading the reader (API or file, with validation and normalizing) its
 * URL suggests, which the client would otherwise ask for only once it has run. Only for http(s) feeds,
 * as the directory reads them.
 */
function startFirstRequest(feed: string, firstPageSize?: number): void {
  try {
    const url = new URL(feed, document.baseURI);
    if (!/^https?:$/.test(url.protocol)) return;
    const first = firstRequestUrl(url.href);
    if (first) startEarlyRequest(first);
    const kind = likelyFeedKind(url.href);
    if (kind === 'api' || kind === 'file') READERS[kind]().catch(() => undefined);
    if (kind === 'api' && firstPageSize !== undefined) startEarlyRequest(firstPageUrl(url.href, firstPageSize));
  } catch {
    // not a URL: the directory reports it
  }
}

/**
 * The page size of a directory's first search when that search is the plain first page (no words, categories
 * or place in its settings or, with `url-state`, in the page's address), as it will ask for it; else
 * undefined. Read before the element is defined, as it will read its settings: an attribute, else the
 * page-wide `ResourceDirectoryConfig`.
 */
function plainFirstPageSize(directory: Element): number | undefined {
  const config = globalConfig();
  const setting = (key: 'query' | 'categories' | 'near' | 'pageSize' | 'urlState') =>
    directory.hasAttribute(attributeOf(key)) ? directory.getAttribute(attributeOf(key)) : config[key];
  if ((['query', 'categories', 'near'] as const).some((key) => String(setting(key) ?? '').trim())) return undefined;
  if ((setting('urlState') ?? false) !== false && Object.keys(readUrlState(location.href)).length) return undefined;
  return Number(setting('pageSize') ?? 10);
}

// The directories already on the page (a module script runs once the page is parsed) ask for their feeds,
// and an API's first page, as the script runs, before they first render; a directory added later asks when
// it first searches.
if (typeof document !== 'undefined') {
  for (const directory of document.querySelectorAll('resource-directory[feed]')) startFirstRequest(directory.getAttribute('feed')!, plainFirstPageSize(directory));
}

/**
 * One client per feed URL and page, shared by every element so they share one cache; a client with
 * options of its own (a host's geocoder) is made for the caller alone.
 */
export function loadClient(feed: string, options?: Omit<ClientOptions, 'feed'>): Promise<ResourceDirectoryClient> {
  if (!sdk.value && !clients.has(feed)) startFirstRequest(feed);
  if (options) return sdk.load().then(({ createClient }) => createClient({ feed, ...options }));
  let client = clients.get(feed);
  if (!client) {
    client = sdk.load().then(({ createClient }) => createClient({ feed }));
    client.catch(() => clients.delete(feed));
    clients.set(feed, client);
  }
  return client;
}

/**
 * After results have rendered: the feed's coverage notice in the console, once per feed, when idle (the SDK's
 * `logCoverageOnce`). On an API only `apiSample` listings are checked, the widget's first page, which the
 * client has cached. Never throws into the page.
 */
export function logFeedCoverage(client: Promise<ResourceDirectoryClient | undefined>, apiSample: number): void {
  Promise.all([import('../sdk/coverage-log.js'), client])
    .then(([{ logCoverageOnce }, resolved]) => resolved && logCoverageOnce(resolved, { sampleSize: apiSample }))
    .catch(() => undefined);
}
