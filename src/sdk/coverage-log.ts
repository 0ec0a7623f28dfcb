import type { ResourceDirectoryClient } from './client.js';
import { coverageNotice } from './coverage-notice.js';
import type { CoverageOptions } from './coverage-sample.js';

/** Feeds already checked in this page or process: several widgets on one feed log once. */
const checked = new Set<string>();

/** Resolves when the runtime is idle (where it can tell), so a diagnostic never competes with results. */
const idle = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 5000 });
    else setTimeout(resolve, 200);
  });

/**
 * Once per feed, when the runtime is idle: tells the webmaster with console.info when reading the feed lost
 * more than a tenth of any kind of information (see `coverageNotice`). A diagnostic only: it never rejects.
 */
export async function logCoverageOnce(client: ResourceDirectoryClient, options: CoverageOptions = {}): Promise<void> {
  if (checked.has(client.feed) || typeof client.coverage !== 'function') return;
  checked.add(client.feed);
  try {
    await idle();
    const notice = coverageNotice(await client.coverage(options), client.feed);
    if (notice) console.info(notice);
  } catch {
    // A feed that cannot be read is reported by the search itself.
  }
}
