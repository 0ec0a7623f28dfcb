import {
  isFeedFormatError,
  isHttpError,
  isNetworkError,
  isNotFoundError,
  isResponseTooLargeError,
  isTimeoutError,
  isTooManyRedirectsError,
} from './type-guards.js';

/** What went wrong, as a visitor needs to know it: each kind has its own next step. */
export type FailureKind = 'not-found' | 'not-a-feed' | 'busy' | 'offline' | 'too-large' | 'unavailable' | 'unknown';

export interface Failure {
  kind: FailureKind;
  /** For `busy`: how long the server asked us to wait, when it said. */
  retryAfterMs?: number;
  /** For the site's webmaster (the console): the URL that failed and how to fix it. */
  advice: string;
}

const urlOf = (error: unknown): string => String((error as { url?: unknown } | null | undefined)?.url ?? 'the feed');

/**
 * Sorts any error from the SDK (or anything else thrown) into what the visitor is told, with the fix for
 * whoever set up the page.
 */
export function failureOf(error: unknown): Failure {
  const url = urlOf(error);
  if (isNotFoundError(error)) return { kind: 'not-found', advice: `${error.message}: the listing may have been removed from the feed.` };
  if (isHttpError(error)) {
    const { status, retryAfterMs } = error;
    if (status === 404 || status === 410) {
      return { kind: 'not-found', advice: `${url} answered ${status}: check the feed address; it should be an HSDS API's base URL or an HSDS file's URL.` };
    }
    if (status === 429 || status === 503) {
      const wait = retryAfterMs === undefined ? '' : ` and asked for a wait of ${Math.ceil(retryAfterMs / 1000)} s`;
      return { kind: 'busy', ...(retryAfterMs !== undefined && { retryAfterMs }), advice: `${url} answered ${status}${wait}: the feed is overloaded or rate-limiting this site.` };
    }
    if (status === 401 || status === 403) {
      return { kind: 'unavailable', advice: `${url} answered ${status}: the feed refuses this site; check the API key (headers) or ask its publisher for access.` };
    }
    return { kind: 'unavailable', advice: `${url} answered ${status}: the feed's server failed; this page retried it.` };
  }
  if (isFeedFormatError(error)) {
    return { kind: 'not-a-feed', advice: `${error.message}. Point feed at an HSDS API's base URL or an HSDS JSON, CSV or zip file, not a web page.` };
  }
  if (isResponseTooLargeError(error)) {
    return { kind: 'too-large', advice: `${url} is larger than the ${error.maxBytes}-byte limit: raise maxBytes, or serve the data through an HSDS API.` };
  }
  if (isTooManyRedirectsError(error)) {
    return { kind: 'unavailable', advice: `${url} redirected more than ${error.maxRedirects} times: set feed to its final address.` };
  }
  if (isNetworkError(error) || isTimeoutError(error)) {
    return {
      kind: 'offline',
      advice: `${url} could not be reached: the visitor may be offline, the server down or slow, or it does not allow this site (CORS: send Access-Control-Allow-Origin).`,
    };
  }
  return { kind: 'unknown', advice: `unexpected error: ${error instanceof Error ? error.message : String(error)}` };
}
