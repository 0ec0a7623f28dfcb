import { readFileSync } from 'node:fs';

const root = new URL('../../fixtures/hsds/', import.meta.url);

/** An official HSDS example from test/fixtures/hsds (path relative to it). */
export function fixture<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
}
