// Serves the demo on loopback: demo pages, the built bundles, the sample HSDS API at /hsds and the same
// data as one static JSON feed at /feeds/cedar-valley-county.json.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createDemoHandler } from '../demo/server/demo-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = createServer(await createDemoHandler(root));

const port = Number(process.env.PORT ?? 8000);
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`\nresource-directory demo: http://127.0.0.1:${actual}/demo/`);
  console.log(`  sample HSDS API:      http://127.0.0.1:${actual}/hsds/services`);
  console.log(`  static JSON feed:     http://127.0.0.1:${actual}/feeds/cedar-valley-county.json`);
  console.log(`  HSDS 1.1 CSV package: http://127.0.0.1:${actual}/feeds/open-referral-1.1/datapackage.json`);
  console.log(`  211 NDP, by proxy:    http://127.0.0.1:${actual}/demo/ndp.html`);
  console.log(`  FindTreatment.gov:    http://127.0.0.1:${actual}/demo/findtreatment.html\n`);
});
