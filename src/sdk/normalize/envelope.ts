import { isRecord } from './parse-entity.js';

export interface PageEnvelope {
  items: unknown[];
  /** Totals as the server reports them; absent for bare arrays and servers that leave them out. */
  total?: number;
  totalPages?: number;
  /** Whether this is the last page, when the server says (`last_page`; legacy `last`). */
  lastPage?: boolean;
}

/**
 * More than any directory lists (the largest 2-1-1 databases hold tens of thousands of services): a larger
 * total is junk, read as no total at all, so `1e300` is never printed as a count.
 */
export const MAX_PLAUSIBLE_TOTAL = 10_000_000;

const count = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_PLAUSIBLE_TOTAL ? n : undefined;
};

/** A list of records: empty, or holding at least one object (`[1, 2, 3]` is not a list of services). */
const isRecordList = (items: unknown): items is unknown[] => Array.isArray(items) && (items.length === 0 || items.some(isRecord));

/**
 * Reads a list response: an HSDS 3 `Page` (`contents`, `total_items`, `total_pages`, `last_page`), a legacy
 * ORUK 1.0 page (`content`, `totalElements`, `totalPages`, `last`), or a bare array. Undefined for anything else.
 */
export function readPage(json: unknown): PageEnvelope | undefined {
  if (isRecordList(json)) return { items: json };
  if (!isRecord(json)) return undefined;
  if (isRecordList(json.contents)) return withTotals(json.contents, json.total_items, json.total_pages, json.last_page);
  if (isRecordList(json.content)) return withTotals(json.content, json.totalElements, json.totalPages, json.last);
  return undefined;
}

function withTotals(items: unknown[], total: unknown, totalPages: unknown, lastPage: unknown): PageEnvelope {
  const page: PageEnvelope = { items };
  const t = count(total);
  if (t !== undefined) page.total = t;
  const p = count(totalPages);
  if (p !== undefined) page.totalPages = p;
  if (typeof lastPage === 'boolean') page.lastPage = lastPage;
  return page;
}
