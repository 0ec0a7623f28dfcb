import type { Category } from '../model.js';
import { taxonomyEntity, taxonomyTermEntity } from '../schemas/hsds.js';
import { isRecord, joinPath, parseEntity, type Report } from './parse-entity.js';
import { toPlainText } from './plain-text.js';
import { withoutDeceptiveCharacters } from './clean-text.js';

// Category names label filters: invisible and direction-control characters are removed, as from service names.
const line = (value: unknown): string | undefined =>
  (typeof value === 'string' && withoutDeceptiveCharacters(toPlainText(value, { singleLine: true })).trim()) || undefined;

/**
 * A filter category from a raw taxonomy term. The name falls back to the UK profile's `term`, the
 * attribute's label, then the code; the taxonomy name to the one given by the caller (a parent taxonomy)
 * or the legacy `vocabulary`.
 */
export function categoryFromTerm(raw: unknown, path: string, report: Report, fallback: { label?: unknown; taxonomy?: string } = {}): Category | undefined {
  const term = parseEntity(taxonomyTermEntity, raw, path, report);
  if (!term) return undefined;
  const rawTerm = raw as Record<string, unknown>;
  const name = line(term.name) ?? line(term.term) ?? line(fallback.label) ?? line(term.code);
  if (!name) {
    report(path, 'taxonomy term without a name; skipped');
    return undefined;
  }
  const category: Category = { id: term.id, name };
  if (term.code?.trim()) category.code = term.code.trim();
  // "taxonomy_details" is a typo found in the official field-guidance example.
  const detailRaw = rawTerm.taxonomy_detail ?? rawTerm.taxonomy_details;
  const detail = isRecord(detailRaw) ? parseEntity(taxonomyEntity, detailRaw, joinPath(path, 'taxonomy_detail'), report) : undefined;
  const taxonomy = line(detail?.name) ?? line(term.taxonomy) ?? fallback.taxonomy ?? line(rawTerm.vocabulary);
  if (taxonomy) category.taxonomy = taxonomy;
  if (term.parent_id) category.parentId = term.parent_id;
  return category;
}
