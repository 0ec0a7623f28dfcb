import { failureOf, type FailureKind } from './failure.js';
import { isHttpError, isTooManyRedirectsError } from './type-guards.js';

/** The fix for whoever set up the page, by what went wrong. */
const FIXES: Record<FailureKind, string> = {
  'not-found': 'Check the feed address: it should be an HSDS API’s base URL or an HSDS file’s URL.',
  'not-a-feed': 'Point feed at an HSDS API’s base URL or an HSDS JSON, CSV or zip file, not a web page.',
  busy: 'The feed is overloaded or rate-limiting this site; visitors are asked to come back later.',
  offline:
    'The visitor may be offline, or the server is down or slow, or it does not allow this site (CORS: send Access-Control-Allow-Origin).',
  'too-large': 'Raise maxBytes (createClient), or serve the data through an HSDS API.',
  unavailable: 'The feed’s server failed; it was retried.',
  unknown: 'Unexpected error.',
};

/** One line for the console: what failed (the error's message names the URL) and how to fix it. */
export function webmasterAdvice(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (isTooManyRedirectsError(error)) return `${message}. Set feed to its final address.`;
  if (isHttpError(error) && (error.status === 401 || error.status === 403)) {
    return `${message}. The feed refuses this site: check the API key (headers) or ask its publisher for access.`;
  }
  return `${message}. ${FIXES[failureOf(error).kind]}`;
}
