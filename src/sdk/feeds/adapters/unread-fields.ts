import type { FeedIssue } from '../../model.js';
import { isRecord } from '../../normalize/parse-entity.js';

/**
 * Fields of a foreign record that an adapter does not read, reported once per page and field (with the first
 * record that had it), so a publisher sees what the directory leaves out without one issue per record.
 */
export function unreadFields(records: readonly { id: string; row: unknown; path?: string }[], known: ReadonlySet<string>): FeedIssue[] {
  const seen = new Set<string>();
  const issues: FeedIssue[] = [];
  for (const { id, row, path } of records) {
    if (!isRecord(row)) continue;
    for (const [field, value] of Object.entries(row)) {
      const fieldPath = path ? `${path}.${field}` : field;
      if (known.has(field) || value == null || value === '' || seen.has(fieldPath)) continue;
      seen.add(fieldPath);
      issues.push({ recordId: id, path: fieldPath, message: 'a field this adapter does not read; ignored' });
    }
  }
  return issues;
}
