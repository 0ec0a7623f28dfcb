import type { ClientOptions, ResourceDirectoryClient } from '../sdk/index.js';

/**
 * The SDK (feed detection, validation, normalization, zod) is a lazy chunk: the elements render their
 * form and loading state without it. Loading starts as soon as this module runs, in parallel with that
 * first render, so the first search does not wait for it.
 */
const sdk = import('../sdk/index.js');
const clients = new Map<string, Promise<ResourceDirectoryClient>>();

/**
 * One client per feed URL and page, shared by every element so they share one cache; a client with
 * options of its own (a host's geocoder) is made for the caller alone.
 */
export function loadClient(feed: string, options?: Omit<ClientOptions, 'feed'>): Promise<ResourceDirectoryClient> {
  if (options) return sdk.then(({ createClient }) => createClient({ feed, ...options }));
  let client = clients.get(feed);
  if (!client) {
    client = sdk.then(({ createClient }) => createClient({ feed }));
    clients.set(feed, client);
  }
  return client;
}
