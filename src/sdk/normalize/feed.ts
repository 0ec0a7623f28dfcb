import { FeedFormatError } from '../errors.js';
import { readPage } from './envelope.js';
import type { FeedIssue, Listing } from '../model.js';
import { assembleDataset } from './dataset.js';
import { compareDuplicate } from './duplicates.js';
import { normalizeService } from './listing.js';
import { isRecord } from './parse-entity.js';
import { isDataset, isServiceAtLocation } from './record-kinds.js';

type Row = Record<string, unknown>;

export interface NormalizedFeed {
  listings: Listing[];
  /** Everything skipped or repaired, each tagged with its record id where known. */
  issues: FeedIssue[];
}

const looksLikeService = (json: Row): boolean => 'id' in json && ('name' in json || 'status' in json);

/**
 * The service records of any feed document we accept: a page envelope, a bare array (of services or
 * service_at_locations), a dataset of flat tables, or a single service or service_at_location.
 */
export function recordsOf(json: unknown, url: string): unknown[] {
  const page = readPage(json);
  if (page) return page.items;
  if (isDataset(json)) {
    // An organization document (`GET /organizations/{id}`) nests its services: give each its organization.
    const organization: Row = { ...json };
    delete organization.services;
    const isOrganization = 'id' in json && 'name' in json;
    return assembleDataset(json).map((s) => (isOrganization && isRecord(s) && s.organization == null ? { ...s, organization } : s));
  }
  if (isRecord(json) && (looksLikeService(json) || isServiceAtLocation(json))) return [json];
  throw new FeedFormatError(url, 'unrecognized JSON shape');
}

/**
 * Service_at_location items become services carrying that SAL; several SALs of one service become one
 * service with all of them (a search near a postcode lists a service once per site).
 */
export function servicesOf(records: readonly unknown[]): unknown[] {
  const services: unknown[] = [];
  const merged = new Map<string, MergedService>();
  for (const record of records) {
    if (!isServiceAtLocation(record)) {
      services.push(record);
      continue;
    }
    const { service, ...sal } = record;
    const id = String(service.id);
    let target = merged.get(id);
    if (!target) {
      target = new MergedService(service);
      merged.set(id, target);
      services.push(target.service);
    }
    target.add(sal);
  }
  return services;
}

/**
 * One service gathering its SALs. Keyed by SAL id and by location id (first index of each), so each SAL
 * is placed in constant time: a page of 100,000 SALs of one service must not take 100,000² comparisons.
 */
class MergedService {
  readonly service: Row;
  private readonly sals: unknown[];
  private readonly bySalId = new Map<unknown, number>();
  private readonly byLocationId = new Map<unknown, number>();

  constructor(service: Row) {
    this.sals = Array.isArray(service.service_at_locations) ? [...(service.service_at_locations as unknown[])] : [];
    this.service = { ...service, service_at_locations: this.sals };
    this.sals.forEach((sal, index) => this.index(sal, index));
  }

  add(sal: Row): void {
    const sameId = sal.id == null ? undefined : this.bySalId.get(sal.id);
    const sameLocation = isRecord(sal.location) ? this.byLocationId.get(sal.location.id) : undefined;
    const same = Math.min(sameId ?? Infinity, sameLocation ?? Infinity);
    if (same === Infinity) this.index(sal, this.sals.push(sal) - 1);
    else if (sal.distance != null) this.sals[same] = { ...(this.sals[same] as Row), distance: sal.distance };
  }

  private index(sal: unknown, index: number): void {
    if (!isRecord(sal)) return;
    if (!this.bySalId.has(sal.id)) this.bySalId.set(sal.id, index);
    if (isRecord(sal.location) && !this.byLocationId.has(sal.location.id)) this.byLocationId.set(sal.location.id, index);
  }
}

/** Appends in a loop: `push(...items)` overflows the stack when one record reports 100,000 issues. */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/** The listing id for the `occurrence`-th record with this feed id (2, 3, …): `id~2`, unique in the feed. */
function distinctId(id: string, occurrence: number, taken: ReadonlyMap<string, unknown>): string {
  let candidate = `${id}~${occurrence}`;
  while (taken.has(candidate)) candidate = `${candidate}~${occurrence}`;
  return candidate;
}

/**
 * Normalizes service records, skipping (and reporting) records without id or name. A repeated id never
 * hides a record: identical records and list/detail pairs become one listing (the fuller), different ones
 * are both kept, the later under a distinct listing id (`source.id` stays the feed's); each with an issue.
 */
export function normalizeRecords(records: readonly unknown[], feedUrl: string): NormalizedFeed {
  const byId = new Map<string, { listing: Listing; index: number }>();
  const occurrences = new Map<string, number>();
  const listings: Listing[] = [];
  const issues: FeedIssue[] = [];
  for (const record of servicesOf(records)) {
    const recordIssues: FeedIssue[] = [];
    const listing = normalizeService(record, feedUrl, recordIssues);
    const seen = listing && byId.get(listing.id);
    if (!listing || !seen) {
      append(issues, recordIssues);
      if (listing) byId.set(listing.id, { listing, index: listings.push(listing) - 1 });
      continue;
    }
    const id = listing.id;
    const comparison = compareDuplicate(seen.listing, listing);
    if (comparison === 'different') {
      const occurrence = (occurrences.get(id) ?? 1) + 1;
      occurrences.set(id, occurrence);
      listing.id = distinctId(id, occurrence, byId);
      byId.set(listing.id, { listing, index: listings.push(listing) - 1 });
      append(issues, recordIssues.map((issue) => ({ ...issue, recordId: listing.id })));
      issues.push({ recordId: listing.id, path: 'id', message: `repeated id "${id}" on a different service; kept as listing "${listing.id}"` });
      continue;
    }
    if (comparison === 'fuller-second') {
      listings[seen.index] = listing;
      seen.listing = listing;
      append(issues, recordIssues);
    }
    const message = comparison === 'same' ? 'repeated id on an identical record; merged into one listing' : 'repeated id on a shorter copy of this service; the fuller record kept';
    issues.push({ recordId: id, path: 'id', message });
  }
  return { listings, issues };
}

/** Parses a whole feed document (what a static HSDS file holds) into listings and issues. */
export const normalizeFeed = (json: unknown, feedUrl: string): NormalizedFeed => normalizeRecords(recordsOf(json, feedUrl), feedUrl);
