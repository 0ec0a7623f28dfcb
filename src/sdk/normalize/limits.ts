// Size limits on one untrusted record, checked before anything else reads it: a record nested thousands
// of levels deep or holding a list of 100,000 items is an attack or a broken export, never a service, and
// would otherwise overflow the stack or freeze the page. Such a record is skipped; overlong text is cut.
import type { Report } from './parse-entity.js';
import { isRecord, joinPath } from './parse-entity.js';

/** Deepest nesting of objects and lists in one record (a full HSDS 3 service needs about 8). */
export const MAX_DEPTH = 40;
/** Most items in any one list of a record (locations, phones, service areas, …). */
export const MAX_LIST_ITEMS = 10_000;
/** Longest name kept, in UTF-16 code units. */
export const MAX_NAME_LENGTH = 300;
/** Longest text field (a description) kept, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 20_000;

const NAME_KEYS = new Set(['name', 'alternate_name']);

class LimitExceeded {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

/** Cut to `max` code units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** The value with overlong strings cut (copying only the containers above them); throws LimitExceeded. */
function bounded(value: unknown, key: string, path: string, depth: number, report: Report): unknown {
  if (typeof value === 'string') {
    const max = NAME_KEYS.has(key) ? MAX_NAME_LENGTH : MAX_TEXT_LENGTH;
    if (value.length <= max) return value;
    report(path, `${value.length} characters long; cut to ${max}`);
    return cut(value, max);
  }
  if (typeof value !== 'object' || value === null) return value;
  // Recursion stops here, so the stack never holds more than MAX_DEPTH of these frames.
  if (depth >= MAX_DEPTH) throw new LimitExceeded(path, `nested more than ${MAX_DEPTH} levels deep; record skipped`);
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) throw new LimitExceeded(path, `list of ${value.length} items (limit ${MAX_LIST_ITEMS}); record skipped`);
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const kept = bounded(item, key, joinPath(path, index), depth + 1, report);
      if (kept !== item) (copy ??= [...value])[index] = kept;
    });
    return copy ?? value;
  }
  if (!isRecord(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [childKey, child] of Object.entries(value)) {
    const kept = bounded(child, childKey, joinPath(path, childKey), depth + 1, report);
    if (kept !== child) (copy ??= { ...value })[childKey] = kept;
  }
  return copy ?? value;
}

/**
 * The record within the limits above, with names over MAX_NAME_LENGTH and other text over MAX_TEXT_LENGTH
 * cut (each reported); undefined, reported, when it is nested too deep or holds too long a list.
 */
export function withinLimits(record: unknown, report: Report): { record: unknown } | undefined {
  try {
    return { record: bounded(record, '', '', 0, report) };
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error;
    report(error.path, error.message);
    return undefined;
  }
}
