#!/usr/bin/env node
// @ts-check
// Starts only the sample HSDS API on 127.0.0.1, at the root path.
//   node demo/server/serve-api.mjs [--port N]      (or PORT=N; default 8787; 0 picks a free port)
import { createServer } from 'node:http';
import { createHsdsApi, loadSampleServices } from './hsds-api.mjs';

/**
 * @param {string[]} argv
 * @returns {number}
 */
function readPort(argv) {
  let value = process.env.PORT;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port') value = argv[i + 1];
    else if (arg.startsWith('--port=')) value = arg.slice('--port='.length);
  }
  if (value === undefined || value === '') return 8787;
  const port = /^\d+$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    console.error(`Invalid port "${value}": expected an integer from 0 to 65535`);
    process.exit(2);
  }
  return port;
}

const port = readPort(process.argv.slice(2));
const services = await loadSampleServices().catch((/** @type {unknown} */ error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
const api = createHsdsApi({ services, basePath: '' });
const server = createServer((req, res) => {
  if (!api(req, res)) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = address && typeof address === 'object' ? address.port : port;
  console.log(`HSDS API: http://127.0.0.1:${actual}/`);
});
