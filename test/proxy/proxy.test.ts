import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_NDP_KEY, recordedSources } from '../../demo/server/recorded-sources.mjs';
import proxyHandler, { configFromEnv, ResourceDirectoryProxy, type ProxyConfig } from '../../src/proxy/index.js';
import { serveProxy } from '../../src/proxy/node.js';
import { createClient } from '../../src/sdk/index.js';

const ORIGIN = 'https://church.example.org';
const PROXY = 'https://proxy.example.org';

/** The proxy in front of the recorded sources, noting every upstream request. */
async function setup(config: Partial<ProxyConfig> = {}) {
  const sources = await recordedSources();
  const upstream: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    upstream.push(request);
    return sources.fetch(request);
  });
  const proxy = new ResourceDirectoryProxy({ allowedOrigins: [ORIGIN], ndpKey: DEMO_NDP_KEY, fetch, ...config });
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    proxy.fetch(new Request(`${PROXY}${path}`, { method, headers: { origin: ORIGIN, ...headers } }), '203.0.113.7');
  return { proxy, upstream, get, fetch };
}

describe('the key-hiding proxy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('forwards an NDP search with its allowed parameters and headers, adds the key, and answers CORS', async () => {
    const { get, upstream } = await setup();
    const response = await get('/resources/v2/search/keyword?keywords=food&location=97214&debug=1&api-key=stolen', {
      skip: '0',
      size: '2',
      locationMode: 'Near',
      'Api-Key': 'a-visitor-guess',
      cookie: 'session=1',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('vary')).toBe('Origin');
    const body = await response.text();
    expect(JSON.parse(body).results).toHaveLength(2);
    expect(body).not.toContain(DEMO_NDP_KEY);
    const [sent] = upstream as [Request];
    expect(sent.url).toBe('https://api.211.org/resources/v2/search/keyword?keywords=food&location=97214');
    expect(sent.headers.get('api-key')).toBe(DEMO_NDP_KEY);
    expect(Object.fromEntries([...sent.headers].filter(([name]) => name !== 'api-key'))).toEqual({ accept: 'application/json', skip: '0', size: '2', locationmode: 'Near' });
  });

  it('forwards NDP details and FindTreatment rows, and nothing else', async () => {
    const { get, upstream } = await setup();
    expect((await get('/resources/v2/query/service-at-location-details/sal-1001')).status).toBe(200);
    expect((await get('/locator/exportsAsJson/v2?sAddr=97214&limitType=2&limitValue=40234&page=1&pageSize=2&sort=0')).status).toBe(200);
    expect(upstream.map((request) => new URL(request.url).host)).toEqual(['api.211.org', 'findtreatment.gov']);
    expect(upstream[1]!.headers.get('api-key')).toBeNull(); // FindTreatment needs no key and never gets NDP's
    for (const path of ['/resources/v2/filters/data-owners', '/resources/v2/query/service-at-location-details/../../admin', '/', '/hsds/services']) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await get('/resources/v2/search/keyword?keywords=food', {}, 'POST')).status).toBe(405);
    expect(upstream).toHaveLength(2);
  });

  it('serves only the configured origins, and answers their preflight', async () => {
    const { proxy, upstream, get } = await setup();
    const from = (origin?: string) =>
      proxy.fetch(new Request(`${PROXY}/resources/v2/search/keyword?keywords=food`, { headers: origin ? { origin } : {} }));
    expect((await from('https://evil.example.com')).status).toBe(403);
    expect((await from(undefined)).status).toBe(403);
    expect(upstream).toHaveLength(0);
    // A page on the proxy's own site sends no Origin with a GET; its browser says so in Sec-Fetch-Site.
    const sameSite = await proxy.fetch(new Request(`${PROXY}/resources/v2/search/keyword?keywords=food`, { headers: { 'sec-fetch-site': 'same-origin' } }));
    expect(sameSite.status).toBe(200);
    expect(sameSite.headers.get('access-control-allow-origin')).toBeNull();
    const crossSite = await proxy.fetch(new Request(`${PROXY}/resources/v2/search/keyword?keywords=food`, { headers: { 'sec-fetch-site': 'cross-site' } }));
    expect(crossSite.status).toBe(403);
    const preflight = await get('/resources/v2/search/keyword', { 'access-control-request-method': 'GET' }, 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('locationMode');
  });

  it('answers a repeated request from memory, but never a failure', async () => {
    const { get, upstream } = await setup();
    await get('/resources/v2/search/keyword?keywords=food', { size: '2' });
    await get('/resources/v2/search/keyword?keywords=food', { size: '2' });
    expect(upstream).toHaveLength(1);
    await get('/resources/v2/search/keyword?keywords=food', { size: '3' });
    expect(upstream).toHaveLength(2);
    const failing = await setup({ ndpKey: 'wrong-key' });
    const refused = await failing.get('/resources/v2/search/keyword?keywords=food');
    expect(refused.status).toBe(502);
    expect(await refused.text()).not.toContain('wrong-key');
    await failing.get('/resources/v2/search/keyword?keywords=food');
    expect(failing.upstream).toHaveLength(2);
    const uncached = await setup({ cacheSeconds: 0 });
    await uncached.get('/locator/exportsAsJson/v2?sAddr=97214');
    await uncached.get('/locator/exportsAsJson/v2?sAddr=97214');
    expect(uncached.upstream).toHaveLength(2);
  });

  it('never follows a redirect, so the key reaches only the configured host', async () => {
    const seen: string[] = [];
    const fetch = async (input: RequestInfo | URL) => {
      seen.push(String(input));
      return new Response(null, { status: 302, headers: { location: 'https://collector.example/steal' } });
    };
    const proxy = new ResourceDirectoryProxy({ allowedOrigins: [ORIGIN], ndpKey: DEMO_NDP_KEY, fetch: fetch as typeof globalThis.fetch });
    const response = await proxy.fetch(new Request(`${PROXY}/resources/v2/search/keyword?keywords=food`, { headers: { origin: ORIGIN } }));
    expect(response.status).toBe(502);
    expect(seen).toEqual(['https://api.211.org/resources/v2/search/keyword?keywords=food']);
  });

  it('limits each client to its requests per minute', async () => {
    const { proxy } = await setup({ requestsPerMinute: 3, cacheSeconds: 0 });
    const from = (client: string) => proxy.fetch(new Request(`${PROXY}/locator/exportsAsJson/v2?sAddr=97214`, { headers: { origin: ORIGIN } }), client);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await from('198.51.100.1')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await from('198.51.100.2')).status).toBe(200);
    const limited = await from('198.51.100.1');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('says plainly what is missing: no key, no allowed origin', async () => {
    const keyless = await setup({ ndpKey: undefined });
    expect(await (await keyless.get('/resources/v2/search/keyword?keywords=food')).json()).toMatchObject({ statusCode: 503, message: expect.stringContaining('RD_NDP_API_KEY') });
    expect((await keyless.get('/locator/exportsAsJson/v2?sAddr=97214')).status).toBe(200);
    const closed = await setup({ allowedOrigins: [] });
    expect(await (await closed.get('/locator/exportsAsJson/v2')).json()).toMatchObject({ statusCode: 403, message: expect.stringContaining('RD_ALLOWED_ORIGINS') });
  });

  it('logs nothing, so visitors\u2019 searches are not kept', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
    const { get } = await setup({ ndpKey: 'wrong-key' });
    await get('/resources/v2/search/keyword?keywords=suicide%20help&location=97214');
    await get('/nowhere');
    expect(spies.flatMap((spy) => spy.mock.calls)).toEqual([]);
  });

  it('reads its settings from RD_* variables, and strips a mount path', async () => {
    expect(configFromEnv({ RD_ALLOWED_ORIGINS: ' https://a.example , https://b.example ', RD_NDP_API_KEY: 'k', RD_CACHE_SECONDS: '60', RD_REQUESTS_PER_MINUTE: 'lots', RD_BASE_PATH: '/api/rd' })).toMatchObject({
      allowedOrigins: ['https://a.example', 'https://b.example'],
      ndpKey: 'k',
      cacheSeconds: 60,
      requestsPerMinute: undefined,
      basePath: '/api/rd',
    });
    const { get } = await setup({ basePath: '/api/rd/' });
    expect((await get('/api/rd/locator/exportsAsJson/v2?sAddr=97214')).status).toBe(200);
    // The default export keeps one proxy per environment, for Workers' `export default`.
    const env = { RD_ALLOWED_ORIGINS: ORIGIN };
    const answer = await proxyHandler.fetch(new Request(`${PROXY}/nowhere`, { headers: { origin: ORIGIN } }), env);
    expect(answer.status).toBe(404);
  });

  it('runs on Node\u2019s HTTP server, in front of which the SDK searches NDP with no key in sight', async () => {
    const sources = await recordedSources();
    const { createServer } = await import('node:http');
    // The stand-in NDP on its own port, as the proxy's upstream.
    const upstream = createServer(async (incoming, outgoing) => {
      const headers = new Headers(Object.entries(incoming.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      const response = await sources.fetch(new Request(new URL(incoming.url!, 'http://upstream.test'), { headers }));
      outgoing.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => upstream.once('listening', resolve));
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const server = serveProxy({ port: 0, env: { RD_ALLOWED_ORIGINS: ORIGIN, RD_NDP_API_KEY: DEMO_NDP_KEY, RD_NDP_UPSTREAM: upstreamUrl } });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/resources/v2/`;
      const client = createClient({ feed, headers: { origin: ORIGIN }, cache: false });
      const { items, total } = await client.search({ text: 'food', pageSize: 2 });
      expect(total).toBe(2); // the two whose words say food
      expect(items[0]).toMatchObject({ name: 'Emergency Food Boxes', phones: [expect.objectContaining({ number: '503-555-0142' }), expect.objectContaining({ kind: 'fax' })] });
    } finally {
      server.close();
      upstream.close();
    }
  });
});
