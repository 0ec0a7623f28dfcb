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
}

/**
 * Sorts any error from the SDK (or anything else thrown) into what the visitor is told. Small and free of
 * text, as the widget needs it before the SDK has loaded; the webmaster's side is `webmasterAdvice()`.
 */
export function failureOf(error: unknown): Failure {
  if (isNotFoundError(error)) return { kind: 'not-found' };
  if (isHttpError(error)) {
    const { status, retryAfterMs } = error;
    if (status === 404 || status === 410) return { kind: 'not-found' };
    if (status === 429 || status === 503) return { kind: 'busy', ...(retryAfterMs !== undefined && { retryAfterMs }) };
    return { kind: 'unavailable' };
  }
  if (isFeedFormatError(error)) return { kind: 'not-a-feed' };
  if (isResponseTooLargeError(error)) return { kind: 'too-large' };
  if (isTooManyRedirectsError(error)) return { kind: 'unavailable' };
  if (isNetworkError(error) || isTimeoutError(error)) return { kind: 'offline' };
  return { kind: 'unknown' };
}
