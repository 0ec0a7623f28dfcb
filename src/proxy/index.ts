// `resource-directory/proxy`: a standard Fetch handler for Cloudflare Workers, Deno, Bun, Netlify and Vercel
// edge functions, and Node (see ./node.ts). Configured by environment variables; see README, "The proxy".
import { ResourceDirectoryProxy, type ProxyConfig } from './proxy.js';

export { ResourceDirectoryProxy, type ProxyConfig } from './proxy.js';
export { ROUTES, type Route, type Upstream } from './routes.js';

export type ProxyEnv = Record<string, unknown>;

const list = (value: unknown): string[] => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : []);
const whole = (value: unknown): number | undefined => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : undefined);
const string = (value: unknown): string | undefined => (typeof value === 'string' && value.trim()) || undefined;

/** The proxy's settings from `RD_*` environment variables. */
export function configFromEnv(env: ProxyEnv): ProxyConfig {
  return {
    allowedOrigins: list(env.RD_ALLOWED_ORIGINS),
    ndpKey: string(env.RD_NDP_API_KEY),
    basePath: string(env.RD_BASE_PATH),
    cacheSeconds: whole(env.RD_CACHE_SECONDS),
    requestsPerMinute: whole(env.RD_REQUESTS_PER_MINUTE),
    upstreams: { ndp: string(env.RD_NDP_UPSTREAM), findtreatment: string(env.RD_FINDTREATMENT_UPSTREAM) },
  };
}

const processEnv = (): ProxyEnv => (globalThis as { process?: { env?: ProxyEnv } }).process?.env ?? {};

// One proxy per environment object, so its cache and rate limits last as long as the runtime's instance.
const proxies = new WeakMap<object, ResourceDirectoryProxy>();

/** The handler: `export default` for Workers; `proxy.fetch(request, env)` anywhere else. */
const proxy = {
  fetch(request: Request, env: ProxyEnv = processEnv()): Promise<Response> {
    let instance = proxies.get(env);
    if (!instance) proxies.set(env, (instance = new ResourceDirectoryProxy(configFromEnv(env))));
    return instance.fetch(request);
  },
};

export default proxy;
