import type { Category } from '../model.js';
import { filedUnder } from './need-match.js';
import { NEED_FILINGS, NEED_IDS, type NeedId } from './vocabulary/needs.js';

/** The first everyday need a category is filed under (by AIRS code or by the words of its name), if any. */
export function needOf(category: Category): NeedId | undefined {
  return NEED_IDS.find((id) => filedUnder(category, NEED_FILINGS[id]));
}

/** Categories each marked with the need they are filed under, so a view can draw the need's icon. */
export function withNeeds(categories: Category[]): Category[] {
  return categories.map((category) => {
    const need = category.need ?? needOf(category);
    return need ? { ...category, need } : category;
  });
}
