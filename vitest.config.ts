import { defineConfig } from 'vitest/config';

// Node-side suites only; test/components and test/embed run in Chromium under @web/test-runner.
const resultsDir = process.env.RD_RESULTS_DIR;

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/sdk/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/server/**/*.test.ts', 'test/build/**/*.test.ts', 'test/structure/**/*.test.ts', 'test/listing-format/**/*.test.ts', 'test/proxy/**/*.test.ts', 'test/cli/**/*.test.ts'],
    reporters: resultsDir ? ['default', 'json'] : ['default'],
    outputFile: resultsDir ? { json: `${resultsDir}/vitest.json` } : undefined,
  },
});
