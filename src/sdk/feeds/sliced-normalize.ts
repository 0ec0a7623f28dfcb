import { normalizeRecords, servicesOf, type NormalizedFeed } from '../normalize/feed.js';
import { isRecord } from '../normalize/parse-entity.js';

/** Longest stretch of normalizing between two yields to the event loop, so typing stays responsive. */
export const SLICE_MS = 50;

/** Records normalized between two looks at the clock: a few milliseconds of work on a slow phone. */
const BATCH_RECORDS = 25;

/** Lets pending input and rendering run: a macrotask, not a microtask. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Which records must be normalized together: those with one feed id, and the `id~2` listing ids a repeated id
 * becomes, so duplicate detection and distinct ids (normalize/feed.ts) see every record that concerns them.
 */
const groupKey = (service: unknown): string => (isRecord(service) && service.id != null ? String(service.id).trim().split('~')[0]! : '');

export interface SliceOptions {
  sliceMs?: number;
  yieldNow?: () => Promise<void>;
}

/** A pause every `sliceMs`: a promise to await when the slice is used up, else undefined. */
export function slicer({ sliceMs = SLICE_MS, yieldNow = yieldToEventLoop }: SliceOptions = {}): () => Promise<void> | undefined {
  let sliceStart = Date.now();
  return () => {
    if (Date.now() - sliceStart < sliceMs) return undefined;
    return yieldNow().then(() => {
      sliceStart = Date.now();
    });
  };
}

/**
 * normalizeRecords() in slices of about `sliceMs`, yielding between them: what the main thread does with a
 * large file when no worker can (Node, or a page whose CSP blocks workers). Records sharing an id go in one
 * batch, so the listings and issues are normalizeRecords()'s, in the order of each id's first record.
 */
export async function normalizeInSlices(
  records: readonly unknown[],
  feedUrl: string,
  slices: SliceOptions = {},
): Promise<NormalizedFeed> {
  const pause = slicer(slices);
  const groups = new Map<string, unknown[]>();
  for (const service of servicesOf(records)) {
    const key = groupKey(service);
    const group = groups.get(key);
    if (group) group.push(service);
    else groups.set(key, [service]);
  }
  const listings: NormalizedFeed['listings'] = [];
  const issues: NormalizedFeed['issues'] = [];
  let batch: unknown[] = [];
  const normalizeBatch = () => {
    const normalized = normalizeRecords(batch, feedUrl);
    for (const listing of normalized.listings) listings.push(listing);
    for (const issue of normalized.issues) issues.push(issue);
    batch = [];
  };
  for (const group of groups.values()) {
    for (const service of group) batch.push(service);
    if (batch.length < BATCH_RECORDS) continue;
    normalizeBatch();
    await pause();
  }
  normalizeBatch();
  return { listings, issues };
}
