import { FeedFormatError } from '../errors.js';
import { readPage } from '../feeds/envelope.js';
import type { FeedIssue, Listing } from '../model.js';
import { assembleDataset, isDataset } from './dataset.js';
import { normalizeService } from './listing.js';
import { isRecord } from './parse-entity.js';

type Row = Record<string, unknown>;

export interface NormalizedFeed {
  listings: Listing[];
  /** Everything skipped or repaired, each tagged with its record id where known. */
  issues: FeedIssue[];
}

export const isServiceAtLocation = (item: unknown): item is Row & { service: Row } =>
  isRecord(item) && isRecord(item.service) && !('name' in item);

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
  const merged = new Map<string, Row>();
  for (const record of records) {
    if (!isServiceAtLocation(record)) {
      services.push(record);
      continue;
    }
    const { service, ...sal } = record;
    const id = String(service.id);
    const target = merged.get(id) ?? { ...service };
    if (!merged.has(id)) {
      merged.set(id, target);
      services.push(target);
    }
    const sals = Array.isArray(target.service_at_locations) ? [...(target.service_at_locations as unknown[])] : [];
    const same = sals.findIndex(
      (s) => isRecord(s) && ((sal.id != null && s.id === sal.id) || (isRecord(sal.location) && isRecord(s.location) && s.location.id === sal.location.id)),
    );
    if (same < 0) sals.push(sal);
    else if (sal.distance != null) sals[same] = { ...(sals[same] as Row), distance: sal.distance };
    target.service_at_locations = sals;
  }
  return services;
}

/** Normalizes service records, skipping (and reporting) records without id or name and repeated ids. */
export function normalizeRecords(records: readonly unknown[], feedUrl: string): NormalizedFeed {
  const listings: Listing[] = [];
  const issues: FeedIssue[] = [];
  const ids = new Set<string>();
  for (const record of servicesOf(records)) {
    const listing = normalizeService(record, feedUrl, issues);
    if (!listing) continue;
    if (ids.has(listing.id)) {
      issues.push({ recordId: listing.id, path: 'id', message: 'repeated id; later record skipped' });
      continue;
    }
    ids.add(listing.id);
    listings.push(listing);
  }
  return { listings, issues };
}

/** Parses a whole feed document (what a static HSDS file holds) into listings and issues. */
export const normalizeFeed = (json: unknown, feedUrl: string): NormalizedFeed => normalizeRecords(recordsOf(json, feedUrl), feedUrl);
