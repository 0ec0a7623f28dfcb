import type { ResourceDirectoryClient } from '../../sdk/index.js';
import { lazy } from '../lazy.js';

// The same lazy chunk as the client (load-client.ts): the report and its wording are SDK code.
const sdk = lazy(() => import('../../sdk/index.js'));
/** Feeds already checked on this page: several widgets on one feed log once. */
const checked = new Set<string>();
const whenIdle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 5000 });
  else setTimeout(callback, 200);
};

/**
 * Once per feed and page, when the browser is idle after results have rendered: tells the webmaster in
 * the console (console.info) when reading the feed lost more than a tenth of any kind of information.
 * On an API only `apiSample` listings are checked, the widget's first page, which the client has cached.
 * A diagnostic only: it never throws into the page.
 */
export function logCoverageOnce(client: Promise<ResourceDirectoryClient | undefined>, apiSample: number): void {
  whenIdle(() => {
    void (async () => {
      const resolved = await client;
      if (!resolved || typeof resolved.coverage !== 'function' || checked.has(resolved.feed)) return;
      checked.add(resolved.feed);
      const [{ coverageNotice }, report] = await Promise.all([sdk.load(), resolved.coverage({ sampleSize: apiSample })]);
      const notice = coverageNotice(report, resolved.feed);
      if (notice) console.info(notice);
    })().catch(() => undefined); // a feed that cannot be read is reported by the search itself
  });
}
