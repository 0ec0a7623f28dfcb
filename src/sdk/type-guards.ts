import {
  errorBrand,
  type FeedFormatError,
  type HttpError,
  type NetworkError,
  type NotFoundError,
  type ResourceDirectoryError,
  type ResponseTooLargeError,
  type TimeoutError,
  type TooManyRedirectsError,
} from './errors.js';

// Checked by brand and name rather than `instanceof`, so errors from another copy of the SDK or another
// realm still match, while a DOMException named "TimeoutError" does not.
const isBranded = (error: unknown, name?: string): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { [errorBrand]?: unknown })[errorBrand] === true &&
  (name === undefined || (error as Error).name === name);

export const isResourceDirectoryError = (error: unknown): error is ResourceDirectoryError => isBranded(error);
export const isHttpError = (error: unknown): error is HttpError => isBranded(error, 'HttpError');
export const isNetworkError = (error: unknown): error is NetworkError => isBranded(error, 'NetworkError');
export const isTimeoutError = (error: unknown): error is TimeoutError => isBranded(error, 'TimeoutError');
export const isFeedFormatError = (error: unknown): error is FeedFormatError => isBranded(error, 'FeedFormatError');
export const isResponseTooLargeError = (error: unknown): error is ResponseTooLargeError =>
  isBranded(error, 'ResponseTooLargeError');
export const isTooManyRedirectsError = (error: unknown): error is TooManyRedirectsError =>
  isBranded(error, 'TooManyRedirectsError');
export const isNotFoundError = (error: unknown): error is NotFoundError => isBranded(error, 'NotFoundError');

/** A cancellation by the caller: passed through untouched, never wrapped. */
export const isAbortError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as Error).name === 'AbortError';

/**
 * True when the feed could not be reached or answered with a server error (network, timeout, 5xx, 429):
 * the cases where showing the last good results beats showing nothing.
 */
export const isFeedDown = (error: unknown): boolean =>
  isNetworkError(error) || isTimeoutError(error) || (isHttpError(error) && (error.status >= 500 || error.status === 429));
