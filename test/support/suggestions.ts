import type { SearchOptions, SearchResult } from '../../src/sdk/index.js';
import type { Category } from '../../src/sdk/model.js';
import { fakeClient } from './fake-client.js';
import { makeListing } from './listings.js';

export const FOOD: Category = { id: 'term-food', code: 'FOOD', name: 'Food' };
export const HOUSING: Category = { id: 'term-housing', code: 'HOUSING', name: 'Housing and shelter' };

/**
 * A feed with a pantry and a shelter: "food pantry" finds the pantry, the housing category the shelter; any
 * other words find nothing, and the answer suggests "food pantry" and the two categories, as the SDK does.
 */
export function suggestingClient() {
  const pantry = makeListing({ id: 'pantry', name: 'Millbrook Food Pantry' });
  const shelter = makeListing({ id: 'shelter', name: 'Riverside Family Shelter' });
  return fakeClient([], (options: SearchOptions) => {
    const items = options.text
      ? options.text === 'food pantry' ? [pantry] : []
      : options.categories?.length ? (options.categories.includes(HOUSING.id) ? [shelter] : []) : [pantry, shelter];
    const result: SearchResult = { items, total: items.length, page: 1, pageSize: 10, totalPages: 1, issues: [] };
    if (!items.length && options.text) result.suggestions = { text: 'food pantry', categories: [FOOD, HOUSING] };
    return result;
  });
}
