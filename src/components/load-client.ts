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

function startFirstRequest(feed: string): void {
  try {
    const url = firstRequestUrl(feed);
    if (url) startEarlyRequest(url);
  } catch {
    // not a URL: the SDK reports it
  }
}

/**
 * One client per feed URL and page, shared by every element so they share one cache; a client with
 * options of its own (a host's geocoder) is made for the caller alone.
 */
export function loadClient(feed: string, options?: Omit<ClientOptions, 'feed'>): Promise<ResourceDirectoryClient> {
  if (options) return sdk.load().then(({ createClient }) => createClient({ feed, ...options }));
  let client = clients.get(feed);
  if (!client) {
    // The feed's first request goes out now, in parallel with the SDK chunk, which takes its response.
    if (!sdk.value) startFirstRequest(feed);
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
