/** A lazily imported chunk: `value` once it has arrived, `load()` to fetch it. */
export interface Lazy<T> {
  readonly value: T | undefined;
  load(): Promise<T>;
  /**
   * For a render: the module if it has arrived; else undefined, fetching it and calling `onArrival` when it
   * comes (offline: nothing is called, and the next render tries again).
   */
  valueOrLoad(onArrival: () => void): T | undefined;
}

/**
 * Fetches a chunk once, however many callers ask, and keeps it. A failed fetch (an offline visitor) is
 * not remembered: the next `load()` tries again, as browsers do not cache failed dynamic imports.
 */
export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    load() {
      pending ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    valueOrLoad(onArrival) {
      if (value === undefined) this.load().then(onArrival, () => undefined);
      return value;
    },
  };
}
