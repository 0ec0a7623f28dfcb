// Prints "N passed, N failed" over every suite's results in a folder (vitest's JSON report and the
// browser runner's counts). A failed step that ran no suite (type errors, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, exitStatus = '0'] = process.argv.slice(2);
const read = (name) => {
  const file = join(dir, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};

const vitest = read('vitest.json');
const browser = read('wtr.json');
const passed = (vitest?.numPassedTests ?? 0) + (browser?.passed ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (browser?.failed ?? 0);
if (Number(exitStatus) !== 0 && failed === 0) failed = 1;
console.log(`vitest: ${vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : 'did not run'}`);
console.log(`browser: ${browser ? `${browser.passed} passed, ${browser.failed} failed` : 'did not run'}`);
console.log(`${passed} passed, ${failed} failed`);
