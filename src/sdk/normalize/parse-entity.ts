import type { Entity } from '../schemas/hsds.js';

/** Records a FeedIssue for the current record at a path inside it. */
export type Report = (path: string, message: string) => void;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const joinPath = (parent: string, key: string | number): string => (parent ? `${parent}.${key}` : String(key));

const preview = (value: unknown): string => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}…` : json;
};

/**
 * Validates one raw object. A missing or unusable required field skips the object; any other invalid
 * field is dropped and reported, and the rest of the object is kept.
 */
export function parseEntity<T>(entity: Entity<T>, raw: unknown, path: string, report: Report): T | undefined {
  if (!isRecord(raw)) {
    report(path, `expected an object, got ${preview(raw)}; skipped`);
    return undefined;
  }
  const first = entity.schema.safeParse(raw);
  if (first.success) return first.data;
  const invalid = new Set(first.error.issues.map((issue) => String(issue.path[0])));
  const missing = entity.required.find((key) => invalid.has(key));
  if (missing !== undefined) {
    const found = raw[missing];
    report(joinPath(path, missing), `${found == null ? 'missing' : `invalid value ${preview(found)}`}; skipped`);
    return undefined;
  }
  const repaired = { ...raw };
  for (const key of invalid) {
    report(joinPath(path, key), `invalid value ${preview(raw[key])}; field dropped`);
    delete repaired[key];
  }
  const second = entity.schema.safeParse(repaired);
  return second.success ? second.data : undefined;
}

/**
 * The items of a nested list, each with its path. A lone object stands for a list of one; a missing list
 * is empty; anything else is reported.
 */
export function itemsOf(raw: Record<string, unknown>, key: string, path: string, report: Report): [unknown, string][] {
  const value = raw[key];
  if (value == null) return [];
  const listPath = joinPath(path, key);
  if (Array.isArray(value)) return value.map((item, index) => [item, `${listPath}.${index}`]);
  if (isRecord(value)) return [[value, listPath]];
  report(listPath, `expected a list, got ${preview(value)}; ignored`);
  return [];
}
