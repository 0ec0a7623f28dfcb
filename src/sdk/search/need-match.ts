import type { Category } from '../model.js';
import { searchTerms } from './search-terms.js';
import type { NeedQuery } from './understood-text.js';

/** An AIRS/211 LA code: "BD", "BD-1800", "BD-1800.2000", "BD-1800.2000-620". */
const AIRS_CODE = /^[A-Z]{1,2}(?:-\d{4}(?:\.\d{4}(?:-\d{3})?)?)?$/;

const termsByName = new Map<string, Set<string>>();

/** The terms of a category name, remembered: a search asks about the same few hundred names again. */
function termsOf(name: string): Set<string> {
  let terms = termsByName.get(name);
  if (!terms) {
    if (termsByName.size >= 5000) termsByName.clear();
    termsByName.set(name, (terms = new Set(searchTerms(name))));
  }
  return terms;
}

/** Whether a feed's category is one a need is filed under: by AIRS code prefix, or by words of its name. */
export function filedUnder(category: Category, need: Pick<NeedQuery, 'codes' | 'categories'>): boolean {
  const code = category.code?.trim().toUpperCase();
  if (code && AIRS_CODE.test(code) && need.codes.some((prefix) => code.startsWith(prefix.toUpperCase()))) return true;
  const words = termsOf(category.name);
  return need.categories.some((name) => {
    const wanted = searchTerms(name);
    return wanted.length > 0 && wanted.every((word) => words.has(word));
  });
}
