import { coverageReport, type ResourceDirectoryClient, type SearchOptions, type SearchResult } from '../../src/sdk/index.js';
import type { Listing } from '../../src/sdk/model.js';

type Respond = (options: SearchOptions) => Promise<SearchResult> | SearchResult;

/** A client with no network: it pages over `listings`, or answers with `respond` when given. */
export function fakeClient(listings: Listing[], respond?: Respond): ResourceDirectoryClient & { calls: SearchOptions[] } {
  const calls: SearchOptions[] = [];
  const page = ({ text, page = 1, pageSize = 10 }: SearchOptions): SearchResult => {
    const matches = listings.filter((listing) => !text || listing.name.toLowerCase().includes(text.toLowerCase()));
    return {
      items: matches.slice((page - 1) * pageSize, page * pageSize),
      total: matches.length,
      page,
      pageSize,
      totalPages: Math.ceil(matches.length / pageSize),
      issues: [],
    };
  };
  return {
    calls,
    feed: 'https://feed.example/hsds',
    async info() {
      return { kind: 'api', version: '3.1' };
    },
    async search(options = {}) {
      calls.push(options);
      return respond ? respond(options) : page(options);
    },
    async get(id) {
      const found = listings.find((listing) => listing.id === id);
      if (!found) throw new Error(`no listing ${id}`);
      return found;
    },
    async categories() {
      return [];
    },
    async coverage() {
      return { ...coverageReport(listings, []), issuesComplete: true };
    },
  } as ResourceDirectoryClient & { calls: SearchOptions[] };
}
