/**
 * The SDK's error hierarchy (after ky): one base class, errors named by cause, messages that name the
 * method and URL. Cancellation is not an error of ours: an aborted call rejects with the signal's reason.
 */

/** Marks our errors with a registry symbol so the `isX` guards also work across realms (iframes, bundles). */
export const errorBrand: unique symbol = Symbol.for('resource-directory.error');

export class ResourceDirectoryError extends Error {
  readonly [errorBrand] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ResourceDirectoryError';
  }
}

/** The server answered with a status outside 200–299. */
export class HttpError extends ResourceDirectoryError {
  readonly status: number;
  readonly url: string;
  readonly method: string;
  /** How long the server asked us to wait (`Retry-After`), when it said. */
  readonly retryAfterMs?: number;

  constructor(status: number, statusText: string, url: string, method = 'GET', retryAfterMs?: number) {
    super(`Request failed with status ${status}${statusText ? ` ${statusText}` : ''}: ${method} ${url}`);
    this.name = 'HttpError';
    this.status = status;
    this.url = url;
    this.method = method;
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

/** The feed redirected more times than we follow (a loop, or a chain of moved addresses). */
export class TooManyRedirectsError extends ResourceDirectoryError {
  readonly url: string;
  readonly method: string;
  readonly maxRedirects: number;

  constructor(url: string, method: string, maxRedirects: number) {
    super(`More than ${maxRedirects} redirects: ${method} ${url}`);
    this.name = 'TooManyRedirectsError';
    this.url = url;
    this.method = method;
    this.maxRedirects = maxRedirects;
  }
}

/** The request never got an HTTP answer (offline, DNS, CORS, connection reset). */
export class NetworkError extends ResourceDirectoryError {
  readonly url: string;
  readonly method: string;

  constructor(url: string, method: string, cause: unknown) {
    super(`Network error: ${method} ${url}`, { cause });
    this.name = 'NetworkError';
    this.url = url;
    this.method = method;
  }
}

export class TimeoutError extends ResourceDirectoryError {
  readonly url: string;
  readonly method: string;
  readonly timeoutMs: number;

  constructor(url: string, method: string, timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms: ${method} ${url}`);
    this.name = 'TimeoutError';
    this.url = url;
    this.method = method;
    this.timeoutMs = timeoutMs;
  }
}

/** The body is not an HSDS feed: not JSON, an HTML page served with 200, or a shape we do not know. */
export class FeedFormatError extends ResourceDirectoryError {
  readonly url: string;

  constructor(url: string, reason: string, options?: { cause?: unknown }) {
    super(`Not an HSDS feed (${reason}): ${url}`, options);
    this.name = 'FeedFormatError';
    this.url = url;
  }
}

export class ResponseTooLargeError extends ResourceDirectoryError {
  readonly url: string;
  readonly method: string;
  readonly maxBytes: number;

  constructor(url: string, method: string, maxBytes: number) {
    super(`Response is larger than the ${maxBytes}-byte limit: ${method} ${url}`);
    this.name = 'ResponseTooLargeError';
    this.url = url;
    this.method = method;
    this.maxBytes = maxBytes;
  }
}

/** `client.get(id)` found no listing with that id (a 404 from an API, or an id missing from a file). */
export class NotFoundError extends ResourceDirectoryError {
  readonly id: string;

  constructor(id: string, feed: string, options?: { cause?: unknown }) {
    super(`No listing with id "${id}" in ${feed}`, options);
    this.name = 'NotFoundError';
    this.id = id;
  }
}
