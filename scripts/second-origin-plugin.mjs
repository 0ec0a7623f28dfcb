// @web/test-runner plugin: serves dist/ from a second loopback origin (127.0.0.1 on a port of its own, where
// the test pages are on localhost), as a CDN would, to test the bundles loaded from another origin.
//
//   <script src="%SECOND_ORIGIN%/dist/resource-directory.iife.js"></script>
//
// Test pages (HTML) get %SECOND_ORIGIN% replaced with that origin. Like a CDN, the server answers every
// file with `Access-Control-Allow-Origin: *`: a module a page imports from another origin (`import()`, module
// scripts and workers) is always fetched with CORS, and a classic script with `crossorigin` is too.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

/** The file under dist/ a request path names, or undefined for anything else (no escaping dist/). */
function distFile(requestPath) {
  const file = path.resolve(DIST, requestPath.replace(/^\/dist\//, ''));
  return requestPath.startsWith('/dist/') && file.startsWith(DIST + path.sep) ? file : undefined;
}

export function secondOriginPlugin() {
  let server;
  let origin;
  return {
    name: 'second-origin',
    async serverStart() {
      server = createServer(async (request, response) => {
        response.setHeader('Access-Control-Allow-Origin', '*');
        const file = distFile(new URL(request.url, 'http://x').pathname);
        const found = file && (await stat(file).catch(() => undefined))?.isFile();
        if (!found) {
          response.writeHead(404).end();
          return;
        }
        response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(response);
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      if (!server) return;
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections(); // the browser's idle keep-alive connections would hold close() open
      await closed;
    },
    transform(context) {
      if (context.path.startsWith('/test/') && context.path.endsWith('.html') && typeof context.body === 'string') {
        return { body: context.body.replaceAll('%SECOND_ORIGIN%', origin) };
      }
      return undefined;
    },
  };
}
