// @ts-check
// The demo's key-hiding proxy at /proxy/: the built resource-directory/proxy, holding the stand-in NDP's key,
// in front of the stand-in 211 NDP and FindTreatment.gov (recorded-sources.mjs). The adapter pages point their
// `feed` at it, as a webmaster's page points at a deployed proxy.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_NDP_KEY, recordedSources } from './recorded-sources.mjs';

/**
 * A handler for /proxy/… requests, settling once it has answered (false at once for other requests), or
 * undefined when dist/ is not built.
 * @param {string} root
 * @returns {Promise<((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<boolean>) | undefined>}
 */
export async function createDemoProxy(root) {
  const built = (/** @type {string} */ file) => import(pathToFileURL(join(root, 'dist', 'esm', 'proxy', file)).href);
  const modules = await Promise.all([built('proxy.js'), built('node.js')]).catch(() => undefined);
  if (!modules) return undefined;
  const [{ ResourceDirectoryProxy }, { proxyListener }] = modules;
  const sources = await recordedSources();
  /** @type {Map<number, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>>} */
  const byPort = new Map();
  return async (req, res) => {
    if (!new URL(req.url ?? '/', 'http://localhost').pathname.startsWith('/proxy/')) return false;
    const port = req.socket.localPort ?? 0;
    let listener = byPort.get(port);
    if (!listener) {
      const proxy = new ResourceDirectoryProxy({
        allowedOrigins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
        ndpKey: DEMO_NDP_KEY,
        basePath: '/proxy',
        fetch: (/** @type {RequestInfo | URL} */ input, /** @type {RequestInit | undefined} */ init) => sources.fetch(new Request(input, init)),
      });
      listener = proxyListener(proxy);
      byPort.set(port, /** @type {NonNullable<typeof listener>} */ (listener));
    }
    await /** @type {NonNullable<typeof listener>} */ (listener)(req, res);
    return true;
  };
}
