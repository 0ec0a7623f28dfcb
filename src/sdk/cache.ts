/**
 * Where a browser keeps results between visits; the widget passes `localStorage` (or IndexedDB wrapped in
 * this shape). Any method may be async, and any failure (quota, private mode) is ignored.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

export interface CacheOptions {
  /** How long a result is fresh (default 5 minutes). */
  ttlMs?: number;
  /** How long after that it is still served at once while a refresh runs in the background (default 1 hour). */
  staleMs?: number;
  /** Persistence across visits, so a returning visitor sees the last good results when the feed is down. */
  storage?: KeyValueStorage;
}

export interface Cached<T> {
  value: T;
  /** True when the value is an old one served because loading a new one failed. */
  stale: boolean;
}

interface Entry {
  value: unknown;
  savedAt: number;
}

interface Flight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
}

const STORAGE_PREFIX = 'resource-directory:v1:';
const MAX_ENTRIES = 200;

const ignoreFailure = (action: () => unknown): void => {
  try {
    void Promise.resolve(action()).catch(() => undefined);
  } catch {
    // storage is an optional nicety; never let it break a search
  }
};

/**
 * In-memory cache with a TTL and stale-while-revalidate, optionally persisted. Concurrent loads of one key
 * share one request, which is cancelled only when every caller waiting for it has aborted.
 */
export class ResponseCache {
  readonly #ttlMs: number;
  readonly #staleMs: number;
  readonly #storage: KeyValueStorage | undefined;
  readonly #entries = new Map<string, Entry>();
  readonly #flights = new Map<string, Flight>();

  constructor(options: CacheOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 5 * 60_000;
    this.#staleMs = options.staleMs ?? 60 * 60_000;
    this.#storage = options.storage;
  }

  /**
   * The cached value when fresh (or recently stale, refreshing it in the background); otherwise a new one.
   * When loading fails and `serveStaleOn(error)` agrees, the last value, however old, is returned instead.
   */
  async get<T>(
    key: string,
    load: (signal: AbortSignal) => Promise<T>,
    options: { signal?: AbortSignal; serveStaleOn?: (error: unknown) => boolean } = {},
  ): Promise<Cached<T>> {
    options.signal?.throwIfAborted();
    const entry = this.#entries.get(key) ?? (await this.#restore(key));
    options.signal?.throwIfAborted();
    const age = entry ? Date.now() - entry.savedAt : Infinity;
    if (entry && age < this.#ttlMs) return { value: entry.value as T, stale: false };
    if (entry && age < this.#ttlMs + this.#staleMs) {
      this.#join(key, load).catch(() => undefined); // a failed refresh keeps the old value
      return { value: entry.value as T, stale: false };
    }
    try {
      return { value: await this.#join(key, load, options.signal), stale: false };
    } catch (error) {
      if (entry && !options.signal?.aborted && options.serveStaleOn?.(error)) return { value: entry.value as T, stale: true };
      throw error;
    }
  }

  #join<T>(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    let flight = this.#flights.get(key);
    if (!flight) {
      const started: Flight = { controller: new AbortController(), waiters: 0, promise: Promise.resolve() };
      const leave = () => {
        if (this.#flights.get(key) === started) this.#flights.delete(key);
      };
      started.promise = load(started.controller.signal).then(
        (value) => {
          leave();
          this.#remember(key, { value, savedAt: Date.now() }, true);
          return value;
        },
        (error: unknown) => {
          leave();
          throw error;
        },
      );
      started.promise.catch(() => undefined); // observed by the callers; this only silences an abandoned flight
      this.#flights.set(key, started);
      flight = started;
    }
    const joined = flight;
    // Once every caller has left, the request is cancelled and forgotten, so the next caller starts afresh.
    const leaveFlight = (reason: unknown) => {
      if (--joined.waiters > 0) return;
      joined.controller.abort(reason);
      if (this.#flights.get(key) === joined) this.#flights.delete(key);
    };
    joined.waiters++;
    if (!signal) return joined.promise as Promise<T>;
    if (signal.aborted) {
      leaveFlight(signal.reason);
      return Promise.reject(signal.reason);
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        leaveFlight(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      (joined.promise as Promise<T>).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  #remember(key: string, entry: Entry, persist: boolean): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    if (persist && this.#storage) {
      const storage = this.#storage;
      ignoreFailure(() => storage.setItem(STORAGE_PREFIX + key, JSON.stringify(entry)));
    }
  }

  async #restore(key: string): Promise<Entry | undefined> {
    const storage = this.#storage;
    if (!storage) return undefined;
    let stored: Entry | null;
    try {
      stored = JSON.parse((await storage.getItem(STORAGE_PREFIX + key)) ?? 'null') as Entry | null;
    } catch {
      stored = { value: undefined, savedAt: NaN };
    }
    if (stored === null) return undefined;
    if (typeof stored.savedAt !== 'number' || Number.isNaN(stored.savedAt) || stored.value === undefined) {
      ignoreFailure(() => storage.removeItem(STORAGE_PREFIX + key)); // unreadable: written by something else
      return undefined;
    }
    this.#remember(key, stored, false);
    return stored;
  }
}
