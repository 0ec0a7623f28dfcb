import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createDemoProxy } from './demo/server/demo-proxy.mjs';
import { createHsdsApi, loadSampleServices } from './demo/server/hsds-api.mjs';
import { generateFeed } from './scripts/generate-feed.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { networkLogPlugin } from './scripts/network-log-plugin.mjs';
import { requestBlockPlugin } from './scripts/request-block-plugin.mjs';
import { requestHoldPlugin } from './scripts/request-hold-plugin.mjs';
import { screenshotPlugin } from './scripts/screenshot-plugin.mjs';
import { secondOriginPlugin } from './scripts/second-origin-plugin.mjs';
import { chromeArgs, findChrome } from './scripts/find-chrome.mjs';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

// The bundled sample HSDS API, served from the test server itself at /hsds, so browser tests can use a
// real feed without a second process.
const hsdsApi = createHsdsApi({ services: await loadSampleServices(), basePath: '/hsds' });

// The demo's key-hiding proxy at /proxy/, in front of the stand-in 211 NDP and FindTreatment.gov (from the build).
const demoProxy = await createDemoProxy(process.cwd());

// Large generated files (GET /generated/services-10000.json), made on first request and kept for the run.
const generatedFeeds = new Map();
const generatedFeed = (count) => {
  if (!generatedFeeds.has(count)) generatedFeeds.set(count, JSON.stringify(generateFeed(count)));
  return generatedFeeds.get(count);
};

const resultsDir = process.env.RD_RESULTS_DIR;

export default {
  files: ['test/components/**/*.test.ts', 'test/embed/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), networkLogPlugin(), screenshotPlugin(), requestBlockPlugin(), requestHoldPlugin(), secondOriginPlugin()],
  middleware: [
    (context, next) => {
      const count = Number(/^\/generated\/services-(\d{1,5})\.json$/.exec(context.path)?.[1]);
      if (!count) return next();
      context.type = 'application/json';
      context.body = generatedFeed(count);
      return undefined;
    },
    async (context, next) => {
      if (!(await demoProxy?.(context.req, context.res))) return next();
      context.respond = false; // the proxy wrote the response itself
      context.status = context.res.statusCode; // for the network log
      return undefined;
    },
    (context, next) => {
      if (!hsdsApi(context.req, context.res)) return next();
      context.respond = false; // the API handler wrote the response itself
      return undefined;
    },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
  reporters: [
    defaultReporter(),
    ...(resultsDir ? [countReporter({ outputFile: `${resultsDir}/wtr.json` })] : []),
  ],
};
