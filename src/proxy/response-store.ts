/** An upstream answer as the proxy keeps and sends it. */
export interface Answer {
  status: number;
  body: ArrayBuffer;
  contentType: string;
  /** False for failures, which are not kept. */
  cacheable: boolean;
}

const MAX_ENTRIES = 500;

/**
 * Upstream answers kept in memory for a few minutes, least recently used dropped first; one request at a time
 * per key, so a burst of identical searches costs the data source one.
 */
export class ResponseStore {
  readonly #ttlMs: number;
  readonly #entries = new Map<string, { expires: number; answer: Promise<Answer> }>();

  constructor(ttlMs: number) {
    this.#ttlMs = ttlMs;
  }

  get(key: string, load: () => Promise<Answer>): Promise<Answer> {
    const now = Date.now();
    const known = this.#entries.get(key);
    this.#entries.delete(key);
    if (known && known.expires > now) {
      this.#entries.set(key, known);
      return known.answer;
    }
    const answer = load();
    if (this.#ttlMs <= 0) return answer;
    const entry = { expires: now + this.#ttlMs, answer };
    this.#entries.set(key, entry);
    void answer.then((settled) => {
      if (!settled.cacheable && this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    if (this.#entries.size > MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    return answer;
  }
}
