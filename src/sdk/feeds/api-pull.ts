import { isServiceAtLocation } from '../normalize/record-kinds.js';
import { isRecord } from '../normalize/parse-entity.js';
import { mapWithConcurrency } from '../util/map-with-concurrency.js';
import type { PageEnvelope } from '../normalize/envelope.js';
import { serviceOf } from './list-items.js';

/** What an API list endpoint selected, pulled page by page: every record, or the first `maxRecords`. */
export interface PulledRecords {
  records: unknown[];
  /** False when the bound stopped the pull before the server's last page. */
  complete: boolean;
}

export interface PullOptions {
  /** Asks for one page (1-based) of the selection. */
  fetchPage(pageNumber: number): Promise<PageEnvelope>;
  maxRecords: number;
  concurrency: number;
}

const serviceIdOf = (item: unknown): string | undefined => {
  const service = serviceOf(item);
  return isRecord(service) && service.id != null ? String(service.id) : undefined;
};

/** One service_at_location: its own id, else its location's. */
const siteOf = (item: Record<string, unknown>): string | undefined => {
  const id = item.id ?? (isRecord(item.location) ? item.location.id : undefined) ?? item.location_id;
  return id == null ? undefined : `${serviceIdOf(item)}\u0000${String(id)}`;
};

/**
 * Pulls every page of a selection, within `maxRecords`. With totals, the remaining pages are fetched a few
 * at a time; without, one after another; either way until pages bring nothing new (a server that ignores
 * `page`), which ends the selection whatever its totals claimed. An id already met on an earlier page is a paging artefact (the list shifted, or one item per
 * site), so that later copy is dropped; a service_at_location of a service already seen is kept, as it adds
 * a site. Repeats within one page are the data's own and left to normalization to report.
 */
export async function pullAll({ fetchPage, maxRecords, concurrency }: PullOptions): Promise<PulledRecords> {
  const records: unknown[] = [];
  const seen = new Set<string>();
  const seenSites = new Set<string>();
  /** Adds a page's new records; returns how many it added. */
  const add = (items: readonly unknown[]): number => {
    const before = records.length;
    const onThisPage = new Set<string>();
    const sitesOnThisPage = new Set<string>();
    for (const item of items) {
      const id = serviceIdOf(item);
      const site = isServiceAtLocation(item) ? siteOf(item) : undefined;
      if (site ? seenSites.has(site) : id !== undefined && seen.has(id)) continue;
      if (id !== undefined) onThisPage.add(id);
      if (site) sitesOnThisPage.add(site);
      records.push(item);
    }
    for (const id of onThisPage) seen.add(id);
    for (const site of sitesOnThisPage) seenSites.add(site);
    return records.length - before;
  };

  const first = await fetchPage(1);
  add(first.items);
  const pageSize = first.items.length;
  const lastPage = first.totalPages ?? (first.total !== undefined && pageSize ? Math.ceil(first.total / pageSize) : undefined);
  if (pageSize === 0 || lastPage === 1) return { records, complete: true };

  if (lastPage !== undefined) {
    const affordable = Math.max(1, Math.ceil(maxRecords / pageSize));
    const last = Math.min(lastPage, affordable);
    // A few pages at a time, so a server that ignores `page` (or repeats itself) is not asked for all of them.
    for (let from = 2; from <= last; from += concurrency) {
      const pages = Array.from({ length: Math.min(concurrency, last - from + 1) }, (_, i) => from + i);
      const fetched = await mapWithConcurrency(pages, concurrency, fetchPage);
      if (fetched.reduce((added, page) => added + add(page.items), 0) === 0) return bounded(records, maxRecords, true);
    }
    return bounded(records, maxRecords, lastPage <= affordable);
  }
  for (let pageNumber = 2; records.length < maxRecords; pageNumber++) {
    const page = await fetchPage(pageNumber);
    if (add(page.items) === 0 || page.items.length < pageSize) return bounded(records, maxRecords, true);
  }
  return bounded(records, maxRecords, false);
}

function bounded(records: unknown[], maxRecords: number, reachedEnd: boolean): PulledRecords {
  return { records: records.slice(0, maxRecords), complete: reachedEnd && records.length <= maxRecords };
}
