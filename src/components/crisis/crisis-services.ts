import type { ResourceDirectoryClient, SearchOptions, SearchResult } from '../../sdk/index.js';
import type { Category, Listing } from '../../sdk/model.js';

/**
 * Categories of crisis help, by name or by AIRS/211 code: crisis intervention (RP-1400), crisis hotlines
 * (RP-1500), domestic-violence shelters and hotlines (BH-1800.1500, RP-1500.1400-200).
 */
const CRISIS_NAME = /crisis|suicid|hotline|helpline|domestic violence|intimate partner|family violence/i;
const CRISIS_CODE = /^(RP-14|RP-15|BH-1800\.1500)/i;

export const isCrisisCategory = (category: Category): boolean =>
  CRISIS_NAME.test(category.name) || CRISIS_CODE.test(category.code ?? '') || /^crisis$/i.test(category.code ?? '');

/**
 * The feed's local crisis, domestic-violence and mobile-crisis services, for a search that said crisis in
 * words the feed does not use: one search per crisis category (a search's categories must all match),
 * merged. Undefined when the feed has no such category.
 */
export async function crisisServices(client: ResourceDirectoryClient, options: SearchOptions): Promise<SearchResult | undefined> {
  const categories = (await client.categories({ signal: options.signal })).filter(isCrisisCategory);
  if (!categories.length) return undefined;
  const results = await Promise.all(
    categories.map((category) => client.search({ ...options, text: undefined, categories: [category.id], page: 1 })),
  );
  const byId = new Map<string, Listing>();
  for (const item of results.flatMap((result) => result.items)) byId.set(item.id, item);
  const items = [...byId.values()];
  return { ...results[0], items, total: items.length, page: 1, totalPages: 1, issues: results.flatMap((result) => result.issues) };
}
