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

const crisisCategories = async (client: ResourceDirectoryClient, options: SearchOptions) =>
  (await client.categories({ signal: options.signal })).filter(isCrisisCategory);

/** Each listing once, in the order first met. */
const distinct = (listings: readonly Listing[]) => [...new Map(listings.map((listing) => [listing.id, listing])).values()];

/**
 * The feed's local crisis, domestic-violence and mobile-crisis services, for a search that said crisis in
 * words the feed does not use: one search per crisis category (a search's categories must all match),
 * merged. Undefined when the feed has no such category.
 */
async function crisisServices(client: ResourceDirectoryClient, options: SearchOptions, categories: Category[]): Promise<SearchResult | undefined> {
  if (!categories.length) return undefined;
  const results = await Promise.all(
    categories.map((category) => client.search({ ...options, text: undefined, categories: [category.id], page: 1 })),
  );
  const items = distinct(results.flatMap((result) => result.items));
  return { ...results[0], items, total: items.length, page: 1, totalPages: 1, issues: results.flatMap((result) => result.issues) };
}

/** A crisis search's first page as shown, and how to show its later pages. */
export interface CrisisResult {
  result: SearchResult;
  laterPage?: (literal: SearchResult) => SearchResult;
}

/**
 * The first page of a search that said crisis. Words the feed does not use find its crisis services, never
 * "0 results". Words that also matched other services ("hopeless" finds homeless shelters, "i want to die"
 * a diet group) show the crisis services first, then those matches, and later pages leave the crisis
 * services out. The count stays exact: the matches that are crisis services too, found by searching each
 * crisis category with the visitor's words, are counted once. When that overlap cannot be known in one
 * page, the literal result stands.
 */
export async function crisisResult(client: ResourceDirectoryClient, options: SearchOptions, literal: SearchResult): Promise<CrisisResult> {
  const categories = await crisisCategories(client, options);
  // The crisis services and, when the words found anything, those among what they found: asked at once.
  const [crisis, overlaps] = await Promise.all([
    crisisServices(client, options, categories),
    literal.total ? Promise.all(categories.map((category) => client.search({ ...options, categories: [...(options.categories ?? []), category.id], page: 1 }))) : [],
  ]);
  if (!literal.total) return { result: crisis ?? literal };
  if (!crisis?.items.length) return { result: literal };
  const leading = new Set(crisis.items.map((item) => item.id));
  if (overlaps.some((overlap) => overlap.items.length < overlap.total)) return { result: literal };
  const counted = new Set(overlaps.flatMap((overlap) => overlap.items.map((item) => item.id)).filter((id) => leading.has(id)));
  const added = leading.size - counted.size;
  const withoutLeading = (page: SearchResult) => page.items.filter((item) => !leading.has(item.id));
  return {
    result: { ...literal, items: [...crisis.items, ...withoutLeading(literal)], total: literal.total + added },
    laterPage: (page) => ({ ...page, items: withoutLeading(page), total: page.total + added }),
  };
}
