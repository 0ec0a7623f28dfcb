import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Miniflare, Response as WorkerdResponse, type Request as WorkerdRequest } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NDP_KEY, recordedSources } from '../../demo/server/recorded-sources.mjs';

// The built proxy module, unchanged, as Cloudflare Workers runs it: in workerd (through miniflare), with its
// settings as bindings and every outbound request answered by the stand-in sources.
const entry = fileURLToPath(new URL('../../dist/esm/proxy/index.js', import.meta.url));
const ORIGIN = 'https://church.example.org';

describe('the proxy in workerd, the Workers runtime', () => {
  let worker: Miniflare;
  const outbound: string[] = [];

  beforeAll(async () => {
    expect(existsSync(entry), 'dist/esm/proxy/index.js is missing: run `npm run build` first').toBe(true);
    const sources = await recordedSources();
    worker = new Miniflare({
      modules: true,
      scriptPath: entry,
      modulesRules: [{ type: 'ESModule', include: ['**/*.js'] }],
      compatibilityDate: '2024-09-23',
      bindings: { RD_ALLOWED_ORIGINS: ORIGIN, RD_NDP_API_KEY: DEMO_NDP_KEY },
      outboundService: async (request: WorkerdRequest) => {
        outbound.push(`${request.url} key=${request.headers.get('api-key') === DEMO_NDP_KEY}`);
        const answer = await sources.fetch(new Request(request.url, { headers: request.headers }));
        return new WorkerdResponse(await answer.arrayBuffer(), { status: answer.status, headers: [...answer.headers] });
      },
    });
  }, 60_000);
  afterAll(() => worker?.dispose());

  it('forwards a search with the key from its bindings and answers the allowed origin', async () => {
    const response = await worker.dispatchFetch('https://proxy.example.workers.dev/resources/v2/search/keyword?keywords=food&extra=1', {
      headers: { origin: ORIGIN, size: '1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const body = (await response.json()) as { count: number; results: unknown[] };
    expect(body).toMatchObject({ count: 2, results: [expect.objectContaining({ idServiceAtLocation: 'sal-1001' })] });
    expect(outbound).toEqual(['https://api.211.org/resources/v2/search/keyword?keywords=food key=true']);
  });

  it('refuses another origin and an unknown path without a request upstream', async () => {
    outbound.length = 0;
    expect((await worker.dispatchFetch('https://proxy.example.workers.dev/locator/exportsAsJson/v2?sAddr=97214', { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await worker.dispatchFetch('https://proxy.example.workers.dev/admin', { headers: { origin: ORIGIN } })).status).toBe(404);
    expect(outbound).toEqual([]);
  });
});
