/**
 * Feed requests started before the SDK arrives (the elements start them as soon as they know their feed, see
 * components/load-client.ts), for the SDK's first request to the same URL to take instead of fetching again.
 * Shared through a registry symbol, so the module build's SDK, the classic script's separate SDK file and a
 * file worker (which gets the response handed to it) all find them.
 */
const REGISTRY = Symbol.for('resource-directory.early-responses');
/** An early response nobody claimed (results from the cache, a client with a fetch of its own) is let go. */
const UNCLAIMED_MS = 30_000;

/** The request's headers: the SDK's own, without a caller's (a proxy key), so the response is the one it would get. */
export const EARLY_REQUEST_INIT: RequestInit = { headers: { accept: 'application/json' }, redirect: 'manual' };

type Registry = Map<string, Promise<Response>>;

const registry = (): Registry => ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= new Map());

const release = (response: Promise<Response>): void => {
  response.then((answer) => answer.body?.cancel()).catch(() => undefined);
};

/** Keeps a response for the SDK to claim by URL; one nobody claims in time is cancelled. */
export function offerEarlyResponse(url: string, response: Promise<Response>): void {
  // A failed one (offline) is forgotten: the SDK, once it comes (after "Try again"), makes its own, with its retries.
  response.catch(() => registry().get(url) === response && registry().delete(url));
  registry().set(url, response);
  setTimeout(() => {
    if (registry().get(url) !== response) return;
    registry().delete(url);
    release(response);
  }, UNCLAIMED_MS);
}

/** Starts the SDK's first request for a feed now, unless one is under way. Never throws. */
export function startEarlyRequest(url: string): void {
  try {
    if (typeof fetch === 'function' && !registry().has(url)) offerEarlyResponse(url, fetch(url, EARLY_REQUEST_INIT));
  } catch {
    // a fetch that refuses the URL: the SDK meets the same refusal and reports it
  }
}

/**
 * The early response for a URL, once: undefined when none was started. An abort rejects with the signal's
 * reason and lets the response go.
 */
export function takeEarlyResponse(url: string, signal?: AbortSignal): Promise<Response> | undefined {
  const response = registry().get(url);
  if (!response) return undefined;
  registry().delete(url);
  if (!signal) return response;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      release(response);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
