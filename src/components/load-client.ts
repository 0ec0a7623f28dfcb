import type { ClientOptions, ResourceDirectoryClient } from '../sdk/index.js';
import { startEarlyRequest } from '../sdk/http/early-responses.js';
import { firstRequestUrl } from '../sdk/feeds/first-request.js';
import { lazy } from './lazy.js';

/**
 * The SDK (feed detection, validation, normalization, zod) is a lazy chunk: the elements render their
 * form and loading state without it. Loading starts as soon as this module runs, in parallel with that
 * first render, so the first search does not wait for it; if it fails (offline), the next search or
 * "Try again" fetches it again.
 */
const sdk = lazy(() => import('../sdk/index.js'));
sdk.load().catch(() => undefined);
const clients = new Map<string, Promise<ResourceDirectoryClient>>();

/**
 * Sends the feed's first request now, in parallel with the SDK chunk, which takes its response
 * (early-responses.ts). Only for http(s) feeds, as the directory reads them.
 */
function startFirstRequest(feed: string): void {
  try {
    const url = new URL(feed, document.baseURI);
    const first = /^https?:$/.test(url.protocol) ? firstRequestUrl(url.href) : undefined;
    if (first) startEarlyRequest(first);
  } catch {
    // not a URL: the directory reports it
  }
}

// The directories already on the page (a module script runs once the page is parsed) ask for their feeds
// as the script runs, before they first render; a directory added later asks when it first searches.
if (typeof document !== 'undefined') {
  for (const directory of document.querySelectorAll('resource-directory[feed]')) startFirstRequest(directory.getAttribute('feed')!);
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
  Promise.all([sdk.load(), client])
    .then(([{ logCoverageOnce }, resolved]) => resolved && logCoverageOnce(resolved, { sampleSize: apiSample }))
    .catch(() => undefined);
}
