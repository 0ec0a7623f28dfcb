// Serves the demo on loopback: demo pages, the built bundles, the sample HSDS API at /hsds and the same
// data as one static JSON feed at /feeds/cedar-valley-county.json.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHsdsApi, loadSampleServices } from '../demo/server/hsds-api.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const publicFolders = ['demo', 'dist', join('test', 'fixtures', 'hsds', '1.1-datapackage')];
const aliases = { '/feeds/cedar-valley-county.json': 'demo/data/sample-feed.json' };
// Open Referral's HSDS 1.1 sample data package, as 2-1-1s publish CSV tables: a descriptor and its CSVs.
const folderAliases = { '/feeds/open-referral-1.1/': 'test/fixtures/hsds/1.1-datapackage/' };
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
};

const api = createHsdsApi({ services: await loadSampleServices(), basePath: '/hsds' });

async function serveFile(pathname, res) {
  const folder = Object.keys(folderAliases).find((prefix) => pathname.startsWith(prefix));
  const aliased = aliases[pathname] ?? (folder && folderAliases[folder] + pathname.slice(folder.length));
  const relative = normalize(decodeURIComponent(aliased ?? pathname)).replace(/^[/\\]+/, '');
  if (!publicFolders.some((folder) => relative === folder || relative.startsWith(folder + sep))) return false;
  let file = join(root, relative);
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  else if (!info) return false;
  const exists = await stat(file).then((s) => s.isFile()).catch(() => false);
  if (!exists) return false;
  res.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    ...(pathname.startsWith('/feeds/') ? { 'Access-Control-Allow-Origin': '*' } : {}),
  });
  createReadStream(file).pipe(res);
  return true;
}

const server = createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (api(req, res)) return;
    if (pathname === '/') {
      res.writeHead(302, { Location: '/demo/' }).end();
      return;
    }
    if (!(await serveFile(pathname, res))) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end('Server error');
  }
});

const port = Number(process.env.PORT ?? 8000);
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`\nresource-directory demo: http://127.0.0.1:${actual}/demo/`);
  console.log(`  sample HSDS API:      http://127.0.0.1:${actual}/hsds/services`);
  console.log(`  static JSON feed:     http://127.0.0.1:${actual}/feeds/cedar-valley-county.json`);
  console.log(`  HSDS 1.1 CSV package: http://127.0.0.1:${actual}/feeds/open-referral-1.1/datapackage.json\n`);
});
