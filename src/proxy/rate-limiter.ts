const WINDOW_MS = 60_000;
const MAX_CLIENTS = 10_000;

/** A fixed one-minute window per client: enough to stop a script from spending the key's quota. */
export class RateLimiter {
  readonly #perMinute: number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(perMinute: number) {
    this.#perMinute = perMinute;
  }

  /** Counts one request; 0 when allowed, else the milliseconds until the client's window ends. */
  take(client: string): number {
    const now = Date.now();
    let window = this.#windows.get(client);
    if (!window || now - window.start >= WINDOW_MS) {
      window = { start: now, count: 0 };
      this.#windows.delete(client);
      this.#windows.set(client, window);
      if (this.#windows.size > MAX_CLIENTS) this.#windows.delete(this.#windows.keys().next().value!);
    }
    if (window.count >= this.#perMinute) return window.start + WINDOW_MS - now;
    window.count++;
    return 0;
  }
}
