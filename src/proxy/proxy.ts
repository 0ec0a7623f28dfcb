import { routeOf, ROUTES, type Route, type Upstream } from './routes.js';
import { ResponseStore, type Answer } from './response-store.js';
import { RateLimiter } from './rate-limiter.js';

export interface ProxyConfig {
  /** Origins whose pages may call the proxy, exactly as browsers send them (`https://www.example.org`). */
  allowedOrigins: readonly string[];
  /** The 211 National Data Platform key; without one, NDP routes answer 503. */
  ndpKey?: string;
  /** A path the proxy is mounted under (`/api/rd`), stripped before routing. */
  basePath?: string;
  /** Seconds an answer is reused for the same request. Default 300; 0 turns the cache off. */
  cacheSeconds?: number;
  /** Requests per client per minute. Default 60. */
  requestsPerMinute?: number;
  upstreams?: Partial<Record<Upstream, string>>;
  /** The upstream fetch (tests, or a runtime's own). */
  fetch?: typeof globalThis.fetch;
}

const DEFAULT_UPSTREAMS: Record<Upstream, string> = { ndp: 'https://api.211.org', findtreatment: 'https://findtreatment.gov' };
const UPSTREAM_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const PREFLIGHT_MAX_AGE = '600';
const ALLOWED_REQUEST_HEADERS = ['accept', ...new Set(ROUTES.flatMap((route) => route.headers))].join(', ');

/** A failure as the proxy says it: the shape NDP's own errors have, with nothing of the upstream's in it. */
const failure = (status: number, message: string): string => JSON.stringify({ statusCode: status, message });

const json = (status: number, message: string, headers: Record<string, string> = {}): Response =>
  new Response(failure(status, message), { status, headers: { 'content-type': 'application/json', ...headers } });

/**
 * A standard Fetch handler that hides a data source's key and nothing else: it forwards only the routes in
 * routes.ts with their allowed parameters, adds the key, answers CORS for the configured origins only, keeps
 * answers for a few minutes, limits each client's rate, and logs nothing (visitors' searches stay theirs).
 */
export class ResourceDirectoryProxy {
  readonly #config: ProxyConfig;
  readonly #store: ResponseStore;
  readonly #limiter: RateLimiter;

  constructor(config: ProxyConfig) {
    this.#config = config;
    this.#store = new ResponseStore((config.cacheSeconds ?? 300) * 1000);
    this.#limiter = new RateLimiter(config.requestsPerMinute ?? 60);
  }

  /** Answers one request; `client` (an IP address) keys the rate limit, when the runtime knows it. */
  async fetch(request: Request, client = clientOf(request)): Promise<Response> {
    const origin = request.headers.get('origin');
    // A page on the proxy's own site (a Netlify or Vercel function beside it) sends no Origin with a GET.
    const sameSite = origin === null && request.headers.get('sec-fetch-site') === 'same-origin';
    if (!sameSite && (!origin || !this.#config.allowedOrigins.includes(origin))) {
      return json(403, this.#config.allowedOrigins.length ? 'this origin may not use the proxy' : 'no origin is allowed yet: set RD_ALLOWED_ORIGINS');
    }
    const cors: Record<string, string> = origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };
    const url = new URL(request.url);
    const base = this.#config.basePath?.replace(/\/$/, '') ?? '';
    const path = base && url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
    const route = routeOf(path);
    if (!route) return json(404, 'not a route of this proxy', cors);
    if (request.method === 'OPTIONS') {
      const allow = { 'access-control-allow-methods': 'GET', 'access-control-allow-headers': ALLOWED_REQUEST_HEADERS, 'access-control-max-age': PREFLIGHT_MAX_AGE };
      return new Response(null, { status: 204, headers: { ...cors, ...allow } });
    }
    if (request.method !== 'GET') return json(405, 'only GET is forwarded', { ...cors, allow: 'GET, OPTIONS' });
    if (route.keyed && !this.#config.ndpKey) return json(503, 'the proxy has no 211 key: set RD_NDP_API_KEY', cors);
    const wait = this.#limiter.take(client);
    if (wait > 0) return json(429, 'too many requests', { ...cors, 'retry-after': String(Math.ceil(wait / 1000)) });
    const upstream = this.#upstreamRequest(route, path, url, request.headers);
    const answer = await this.#store.get(upstream.key, () => this.#forward(upstream.url, upstream.headers));
    return new Response(answer.status === 204 ? null : answer.body, {
      status: answer.status,
      headers: { ...cors, 'content-type': answer.contentType, 'cache-control': `max-age=${this.#config.cacheSeconds ?? 300}` },
    });
  }

  #upstreamRequest(route: Route, path: string, url: URL, headers: Headers): { url: string; headers: Record<string, string>; key: string } {
    const target = new URL(path, this.#config.upstreams?.[route.upstream] ?? DEFAULT_UPSTREAMS[route.upstream]);
    for (const name of route.params) {
      const value = url.searchParams.get(name);
      if (value !== null) target.searchParams.set(name, value);
    }
    const forwarded: Record<string, string> = {};
    for (const name of route.headers) {
      const value = headers.get(name);
      if (value !== null) forwarded[name] = value;
    }
    // The key is not part of the cache key: answers are the same for every caller.
    const key = JSON.stringify([target.href, forwarded]);
    return { url: target.href, headers: { accept: 'application/json', ...forwarded, ...(route.keyed && { 'Api-Key': this.#config.ndpKey! }) }, key };
  }

  /** One upstream request; its failures become short messages that never echo the key or the upstream's body. */
  async #forward(url: string, headers: Record<string, string>): Promise<Answer> {
    const failed = (status: number, message: string): Answer => ({
      status,
      body: new TextEncoder().encode(failure(status, message)).buffer as ArrayBuffer,
      contentType: 'application/json',
      cacheable: false,
    });
    let response: Response;
    try {
      // Redirects are not followed: the key must reach only the configured host. ('error' is not in workerd.)
      response = await (this.#config.fetch ?? globalThis.fetch)(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS) });
    } catch {
      return failed(504, 'the data source did not answer');
    }
    if (response.status >= 300 && response.status < 400) {
      void response.body?.cancel().catch(() => undefined);
      return failed(502, `the data source redirected (${response.status})`);
    }
    if (response.status === 401 || response.status === 403) {
      void response.body?.cancel().catch(() => undefined);
      return failed(502, `the data source refused the proxy's key (${response.status})`);
    }
    if (response.status >= 500) {
      void response.body?.cancel().catch(() => undefined);
      return failed(502, `the data source failed (${response.status})`);
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_BODY_BYTES) {
      void response.body?.cancel().catch(() => undefined);
      return failed(502, 'the data source answered too much');
    }
    const body = await response.arrayBuffer();
    if (body.byteLength > MAX_BODY_BYTES) return failed(502, 'the data source answered too much');
    const cacheable = response.status === 200 || response.status === 204 || response.status === 404;
    return { status: response.status, body, contentType: response.headers.get('content-type') ?? 'application/json', cacheable };
  }
}

/** The client's address as the platform states it (Cloudflare, Netlify, Vercel, most reverse proxies). */
function clientOf(request: Request): string {
  const headers = request.headers;
  return headers.get('cf-connecting-ip') ?? headers.get('x-nf-client-connection-ip') ?? headers.get('x-real-ip') ?? headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown';
}
