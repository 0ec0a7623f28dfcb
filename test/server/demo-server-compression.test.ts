import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoHandler } from '../../demo/server/demo-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(await createDemoHandler(root));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request with the body as the server sent it: `fetch` would decompress it and hide the coding. */
function call(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const FEED = '/feeds/cedar-valley-county.json';
const feedFile = readFileSync(new URL('../../demo/data/sample-feed.json', import.meta.url));
const pageFile = readFileSync(new URL('../../demo/index.html', import.meta.url));
const FONT = '/demo/fonts/lora/lora-latin-400-normal.woff2';

describe('demo server: compression and ETags, like a static host', () => {
  it('sends brotli when accepted, and the decompressed body is the file', async () => {
    const answer = await call(FEED, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(feedFile.length / 5);
    expect(brotliDecompressSync(answer.body).equals(feedFile)).toBe(true);
  });

  it('sends gzip to a client that accepts only gzip (or refuses brotli), and the decompressed body is the file', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip']) {
      const answer = await call('/demo/', { 'Accept-Encoding': accept });
      expect(answer.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(answer.body).equals(pageFile)).toBe(true);
    }
  });

  it('sends the file as it is to a client that accepts no coding, and never compresses fonts', async () => {
    const plain = await call(FEED);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(feedFile)).toBe(true);
    const font = await call(FONT, { 'Accept-Encoding': 'br, gzip' });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.body.equals(readFileSync(new URL(`../..${FONT}`, import.meta.url)))).toBe(true);
  });

  it('sends a strong ETag per coding and answers 304 with no body to a matching If-None-Match', async () => {
    const brotli = await call(FEED, { 'Accept-Encoding': 'br' });
    const plain = await call(FEED);
    const etag = brotli.headers.etag!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(plain.headers.etag).toMatch(/^"[^"]+"$/);
    expect(plain.headers.etag).not.toBe(etag);
    expect(brotli.headers['cache-control']).toBe('no-cache');

    const again = await call(FEED, { 'Accept-Encoding': 'br', 'If-None-Match': `"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['access-control-allow-origin']).toBe('*');

    const changed = await call(FEED, { 'Accept-Encoding': 'br', 'If-None-Match': '"something-else"' });
    expect(changed.status).toBe(200);
    expect(brotliDecompressSync(changed.body).equals(feedFile)).toBe(true);
  });

  it("answers HEAD with the GET's headers and no body", async () => {
    const head = await call(FEED, { 'Accept-Encoding': 'br' }, 'HEAD');
    const get = await call(FEED, { 'Accept-Encoding': 'br' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
  });

  it("compresses the sample API's JSON and answers 304 to its ETag", async () => {
    const path = '/hsds/services?per_page=25&full=true';
    const api = await call(path, { 'Accept-Encoding': 'gzip' });
    expect(api.headers['content-encoding']).toBe('gzip');
    const page = JSON.parse(gunzipSync(api.body).toString('utf8')) as { contents: unknown[] };
    expect(page.contents).toHaveLength(25);
    expect((await call(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': api.headers.etag! })).status).toBe(304);
  });
});
