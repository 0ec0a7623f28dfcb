// @ts-check
// The demo's request handler: demo pages, the built bundles, the sample HSDS API at /hsds and the same data
// as one static JSON feed. Only GET and HEAD are served outside the API; nothing internal reaches a client.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { createDemoProxy } from './demo-proxy.mjs';
import { createHsdsApi, loadSampleServices } from './hsds-api.mjs';
import { sendBody } from './http-body.mjs';

const publicFolders = ['demo', 'dist', join('test', 'fixtures', 'hsds', '1.1-datapackage')];
/** @type {Record<string, string>} */
const aliases = { '/feeds/cedar-valley-county.json': 'demo/data/sample-feed.json' };
// Open Referral's HSDS 1.1 sample data package, as 2-1-1s publish CSV tables: a descriptor and its CSVs.
/** @type {Record<string, string>} */
const folderAliases = { '/feeds/open-referral-1.1/': 'test/fixtures/hsds/1.1-datapackage/' };
/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const STATIC_METHODS = 'GET, HEAD';

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [headers]
 */
function sendText(res, status, message, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers }).end(message);
}

/**
 * A public file for a path, or undefined. Throws URIError on malformed percent-encoding.
 * @param {string} root
 * @param {string} pathname
 */
async function publicFile(root, pathname) {
  const folder = Object.keys(folderAliases).find((prefix) => pathname.startsWith(prefix));
  const aliased = aliases[pathname] ?? (folder && folderAliases[folder] + pathname.slice(folder.length));
  const relative = normalize(decodeURIComponent(aliased || pathname)).replace(/^[/\\]+/, '');
  if (!publicFolders.some((name) => relative === name || relative.startsWith(name + sep))) return undefined;
  let file = join(root, relative);
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  else if (!info) return undefined;
  return (await stat(file).then((s) => s.isFile()).catch(() => false)) ? file : undefined;
}

/**
 * The demo server's request handler, serving files under `root` (the repository).
 * @param {string} root
 * @returns {Promise<(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>>}
 */
export async function createDemoHandler(root) {
  const api = createHsdsApi({ services: await loadSampleServices(), basePath: '/hsds' });
  const proxy = await createDemoProxy(root);
  return async (req, res) => {
    try {
      if (api(req, res) || (await proxy?.(req, res))) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendText(res, 405, `Method not allowed; use ${STATIC_METHODS}`, { Allow: STATIC_METHODS });
        return;
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      if (pathname === '/') {
        res.writeHead(302, { Location: '/demo/' }).end();
        return;
      }
      const file = await publicFile(root, pathname);
      if (!file) {
        sendText(res, 404, 'Not found');
        return;
      }
      // no-cache, not no-store: the browser keeps the file and asks again with its ETag, so an edited demo
      // file shows at once and an unchanged one costs a 304.
      sendBody(req, res, 200, await readFile(file), {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...(pathname.startsWith('/feeds/') ? { 'Access-Control-Allow-Origin': '*' } : {}),
      });
    } catch (error) {
      if (res.headersSent) {
        res.end();
      } else if (error instanceof URIError || error instanceof TypeError) {
        sendText(res, 400, 'Bad request: malformed URL');
      } else {
        console.error(error); // the details stay in the server's log
        sendText(res, 500, 'Server error');
      }
    }
  };
}
