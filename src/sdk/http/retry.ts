/** Statuses worth another try: rate limiting, a passing server fault, and the gateway errors a restarting server gives. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
/**
 * The longest `Retry-After` we wait out. A visitor watching a skeleton will not wait longer; a server that
 * asks for more gets an error at once that says how long it asked for.
 */
export const MAX_RETRY_WAIT_MS = 5_000;
const BASE_DELAY_MS = 300;
const MAX_BACKOFF_MS = 10_000;

/** The wait a `Retry-After` header asks for (seconds or an HTTP date); undefined when absent or junk. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(ms) ? undefined : Math.max(ms, 0);
}

/** Exponential backoff with jitter (50–100 % of the step) so many widgets do not retry in lockstep. */
export const backoffMs = (attempt: number, random: () => number = Math.random): number =>
  Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_BACKOFF_MS) * (0.5 + random() / 2);

/** Waits, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
