import { createClient, type ClientOptions, type SearchOptions, type SearchResult } from '../../../src/sdk/index.js';

/** A client over hand-written services served as one static file, without a network. */
export function fileClient(services: unknown[], options: Partial<ClientOptions> = {}) {
  const body = JSON.stringify(services);
  return createClient({
    feed: 'https://feed.test/services.json',
    kind: 'file',
    fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
    ...options,
  });
}

export const ids = (result: SearchResult): string[] => result.items.map((listing) => listing.id);

/** The ids a text finds (first page of 100). */
export async function found(client: ReturnType<typeof fileClient>, text: string, options: SearchOptions = {}): Promise<string[]> {
  return ids(await client.search({ text, pageSize: 100, ...options }));
}
