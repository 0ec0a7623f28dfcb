import { readdirSync, readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import type { setupServer } from 'msw/node';

const FIXTURES = new URL('../../fixtures/hsds/', import.meta.url);

/** The files of a data package in test/fixtures/hsds (by default Open Referral's HSDS 1.1 sample): name → bytes. */
export function samplePackage(folder = '1.1-datapackage/'): Map<string, Uint8Array> {
  const dir = new URL(folder, FIXTURES);
  return new Map(readdirSync(dir).map((name) => [name, new Uint8Array(readFileSync(new URL(name, dir)))]));
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

const TYPES: Record<string, string> = { json: 'application/json', csv: 'text/csv', zip: 'application/zip' };

/**
 * Serves files under `base` (path relative to it → bytes) like a static host: 404 for anything else. Returns
 * the paths requested, in order.
 */
export function serveFiles(server: ReturnType<typeof setupServer>, base: string, files: Map<string, Uint8Array>, options: { contentType?: boolean } = {}): string[] {
  const requested: string[] = [];
  server.use(
    http.get(`${base}*`, ({ request }) => {
      const path = decodeURIComponent(new URL(request.url).pathname.slice(new URL(base).pathname.length));
      requested.push(path);
      const body = files.get(path);
      if (!body) return new HttpResponse(null, { status: 404 });
      const type = options.contentType === false ? 'application/octet-stream' : (TYPES[path.split('.').pop()!] ?? 'application/octet-stream');
      return new HttpResponse(body, { headers: { 'content-type': type } });
    }),
  );
  return requested;
}
