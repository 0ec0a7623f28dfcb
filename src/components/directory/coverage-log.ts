import type { ResourceDirectoryClient } from '../../sdk/index.js';
import { lazy } from '../lazy.js';

// The same lazy chunk as the client (load-client.ts): the report, its wording and the logging are SDK code.
const sdk = lazy(() => import('../../sdk/index.js'));

/**
 * When the browser is idle after results have rendered: the feed's coverage notice in the console, once per
 * feed (see the SDK's `logCoverageOnce`). On an API only `apiSample` listings are checked, the widget's first
 * page, which the client has cached. Never throws into the page.
 */
export function checkFeedCoverage(client: Promise<ResourceDirectoryClient | undefined>, apiSample: number): void {
  const check = (): void => {
    Promise.all([sdk.load(), client])
      .then(([{ logCoverageOnce }, resolved]) => resolved && logCoverageOnce(resolved, { sampleSize: apiSample }))
      .catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(check, { timeout: 5000 });
  else setTimeout(check, 200);
}
