/**
 * Caches a pure function of a string. Feeds repeat the same small values ("MO,TU,WE", "09:00") thousands of
 * times; the cache is bounded so a hostile feed cannot grow it without limit.
 */
export function memoize<T>(fn: (input: string) => T, maxEntries = 1000): (input: string) => T {
  const cache = new Map<string, T>();
  return (input) => {
    let value = cache.get(input);
    if (value === undefined && !cache.has(input)) {
      value = fn(input);
      if (cache.size >= maxEntries) cache.clear();
      cache.set(input, value);
    }
    return value as T;
  };
}
