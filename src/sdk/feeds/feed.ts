import type { Coordinates } from '../geo.js';
import type { Category, FeedIssue, Listing, SearchResult } from '../model.js';
import type { SearchSort } from '../search/local-search.js';
import type { UnderstoodText } from '../search/understood-text.js';
import type { WorkerRequestSettings } from './file-worker-protocol.js';

/** Where to search from: a point, or a postcode/ZIP (which the server, a geocoder or the feed places). */
export type SearchNear = Coordinates | { postcode: string };

/** A search as a feed receives it: validated, with defaults filled in. */
export interface FeedQuery {
  text?: string;
  categories?: string[];
  languages?: string[];
  free?: boolean;
  /** Epoch milliseconds, to the minute: only listings open then (a number keeps cache keys simple). */
  openAt?: number;
  near?: SearchNear;
  radiusKm?: number;
  sort?: SearchSort;
  page: number;
  pageSize: number;
}

export interface Publisher {
  name?: string;
  identifier?: string;
  email?: string;
  website?: string;
}

/** What a feed is: an HSDS API, an HSDS file, or one of the national sources read by an adapter. */
export type FeedKind = 'api' | 'file' | 'ndp' | 'findtreatment';

export interface FeedInfo {
  kind: FeedKind;
  /** As the feed states it (`3.1`, `3.0`, `HSDS-UK-3.0`, …); for files and legacy ORUK 1.0 APIs, inferred. */
  version: string;
  /** URI naming the profile (e.g. the UK profile), when the API states one. */
  profile?: string;
  publisher?: Publisher;
}

/** Finds coordinates for a postcode; optional, used when searching a static file near a postcode. */
export type Geocoder = (postcode: string, options: { signal?: AbortSignal }) => Promise<Coordinates | undefined>;

export interface RequestOptions {
  signal?: AbortSignal;
  maxBytes: number;
  /** Parses a JSON body instead of JSON.parse (in slices, on the main thread). */
  parse?: (text: string) => unknown;
  /** Sent besides the client's own headers (APIs such as the 211 NDP take most parameters as headers). */
  headers?: Record<string, string>;
  /** A 204 No Content answers undefined instead of failing as an empty body (for APIs that say "nothing found" so). */
  noContent?: boolean;
}

/** What both kinds of feed get from the client: requests with its timeout, retries, headers and caps. */
export interface FeedContext {
  url: string;
  request(url: string, options: RequestOptions): Promise<unknown>;
  /** Set when requests go through the global fetch: how a file worker makes the same ones. */
  workerRequests?: WorkerRequestSettings;
  /** Per-request size cap, when the caller set one. */
  maxBytes?: number;
  concurrency: number;
  geocode?: Geocoder;
  /** Most records pulled from an API to answer a query it cannot answer itself (see ApiFeed). */
  maxRecords: number;
  /** Most `GET /services/{id}` per pulled set when a local filter needs details its list items lack. */
  maxDetailRequests: number;
  /**
   * A search text as the vocabulary understands it (a lazy chunk), or word by word when the vocabulary is
   * turned off or cannot be loaded: a search never fails for want of it.
   */
  understand(text: string): Promise<UnderstoodText>;
  /** The vocabulary's words loaded so far, to respell with. */
  knownWords(): readonly string[];
}

/** One kind of feed (an HSDS API or a static file) behind the client. */
export interface Feed {
  info(signal?: AbortSignal): Promise<FeedInfo>;
  search(query: FeedQuery, signal?: AbortSignal): Promise<SearchResult>;
  get(id: string, signal?: AbortSignal): Promise<Listing>;
  categories(signal?: AbortSignal): Promise<Category[]>;
}

/** Why a search near a postcode that neither the geocoder nor the feed's own addresses can place found nothing. */
export const unknownPostcodeIssue = (postcode: string): FeedIssue => ({
  path: 'near.postcode',
  message: `postcode "${postcode}" is not in this feed, so nothing can be measured from it`,
});

/** Issues attached to one result page at most; they are diagnostics, not content. */
export const MAX_RESULT_ISSUES = 100;
