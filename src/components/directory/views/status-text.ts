import type { SearchResult } from '../../../sdk/index.js';
import type { Localizer } from '../../../i18n/localize.js';

/** "N services found", or "At least N" when an API had more records than the SDK may look through. */
export function resultCount(localizer: Localizer, result: SearchResult): string {
  return localizer.t(result.totalIsLowerBound && result.total > 0 ? 'resultCountAtLeast' : 'resultCount', result.total);
}

/**
 * What the live region says when there is no notice: loading, else the result count, led by the crisis
 * lines when the search calls for them; nothing while the saved list is open or the search failed.
 */
export function statusText(options: {
  localizer: Localizer;
  loading: boolean;
  complete: boolean;
  result: SearchResult | undefined;
  listingsShown: number;
  savedOpen: boolean;
  crisisPrefix: string;
}): string {
  const { localizer, result } = options;
  if (options.loading && options.listingsShown === 0) return localizer.t('loading');
  if (!options.complete || !result || options.savedOpen) return '';
  return `${options.crisisPrefix}${resultCount(localizer, result)}`;
}
