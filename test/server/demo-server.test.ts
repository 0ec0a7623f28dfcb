import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoHandler } from '../../demo/server/demo-server.mjs';

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(await createDemoHandler(fileURLToPath(new URL('../..', import.meta.url))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request: `fetch` would refuse TRACE and re-encode a malformed path. */
function call(method: string, path: string): Promise<{ status: number; allow?: string; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, allow: res.headers.allow, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const FEED = '/feeds/cedar-valley-county.json';

describe('demo server', () => {
  it('serves GET and HEAD on static files', async () => {
    expect((await call('GET', FEED)).status).toBe(200);
    const head = await call('HEAD', FEED);
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 405 with Allow to methods it does not serve, on static files, pages and unknown paths', async () => {
    for (const method of ['POST', 'DELETE', 'TRACE', 'PUT']) {
      for (const path of [FEED, '/demo/', '/', '/nowhere']) {
        const answer = await call(method, path);
        expect(answer, `${method} ${path}`).toMatchObject({ status: 405, allow: 'GET, HEAD' });
      }
    }
  });

  it('answers 400 to malformed percent-encoding, with no stack trace', async () => {
    for (const path of ['/demo/%E0%A4%A', '/feeds/%', '/hsds/services/%E0%A4%A']) {
      const answer = await call('GET', path);
      expect(answer.status, path).toBe(400);
      expect(answer.body).not.toMatch(/at .*\.m?js:\d+|URIError/);
    }
  });

  it("serves the demo sites' fonts, bundled under demo/fonts, as font/woff2", async () => {
    expect(await call('HEAD', '/demo/fonts/lora/lora-latin-400-normal.woff2')).toMatchObject({ status: 200, type: 'font/woff2' });
  });

  it('still answers 404 for missing files and the API for /hsds', async () => {
    expect((await call('GET', '/demo/missing.html')).status).toBe(404);
    expect((await call('GET', '/hsds/services')).status).toBe(200);
    expect((await call('POST', '/hsds/services')).status).toBe(405);
  });

  it('runs the key-hiding proxy at /proxy/ for its own pages, in front of the stand-in NDP and FindTreatment.gov', async () => {
    const origin = `http://127.0.0.1:${port}`;
    const search = await fetch(`${origin}/proxy/resources/v2/search/keyword?keywords=food`, { headers: { origin, size: '10' } });
    expect(search.status).toBe(200);
    expect(search.headers.get('access-control-allow-origin')).toBe(origin);
    expect(((await search.json()) as { count: number }).count).toBe(2);
    const rows = await fetch(`${origin}/proxy/locator/exportsAsJson/v2?sAddr=97214&pageSize=100&page=1`, { headers: { origin } });
    expect(((await rows.json()) as { rows: unknown[] }).rows).toHaveLength(4);
    expect((await fetch(`${origin}/proxy/locator/exportsAsJson/v2`, { headers: { origin: 'https://elsewhere.example' } })).status).toBe(403);
  });
});
