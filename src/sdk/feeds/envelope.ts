import { isRecord } from '../normalize/parse-entity.js';

export interface PageEnvelope {
  items: unknown[];
  /** Totals as the server reports them; absent for bare arrays and servers that leave them out. */
  total?: number;
  totalPages?: number;
}

const count = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/**
 * Reads a list response: an HSDS 3 `Page` (`contents`, `total_items`, `total_pages`), a legacy ORUK 1.0
 * page (`content`, `totalElements`, `totalPages`), or a bare array. Undefined for anything else.
 */
export function readPage(json: unknown): PageEnvelope | undefined {
  if (Array.isArray(json)) return { items: json };
  if (!isRecord(json)) return undefined;
  if (Array.isArray(json.contents)) return withTotals(json.contents, json.total_items, json.total_pages);
  if (Array.isArray(json.content)) return withTotals(json.content, json.totalElements, json.totalPages);
  return undefined;
}

function withTotals(items: unknown[], total: unknown, totalPages: unknown): PageEnvelope {
  const page: PageEnvelope = { items };
  const t = count(total);
  if (t !== undefined) page.total = t;
  const p = count(totalPages);
  if (p !== undefined) page.totalPages = p;
  return page;
}
