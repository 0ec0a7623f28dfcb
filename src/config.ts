/**
 * Page-wide defaults for every `<resource-directory>`, for CMSs that allow one script but no custom
 * attributes: set `window.ResourceDirectoryConfig = { feed: '…', categories: 'food' }` before the script.
 * Attributes on an element win over this object.
 */
export interface ResourceDirectoryConfig {
  feed?: string;
  query?: string;
  categories?: string;
  near?: string;
  radius?: number;
  units?: 'mi' | 'km';
  pageSize?: number;
  lang?: string;
  uiLanguages?: string;
  feedLang?: string;
  layout?: 'list' | 'grid' | 'compact';
  mapProvider?: string;
  mapTiles?: string;
  mapAttribution?: string;
  noSearch?: boolean;
  noFilters?: boolean;
  urlState?: boolean;
  crisis?: string;
  crisisExpanded?: boolean;
  quickExit?: boolean;
  quickExitUrl?: string;
  staleAfterMonths?: number;
  reportUrl?: string;
  vocabularySrc?: string;
}

/** The attribute each key stands for: an element with that attribute keeps its own value. */
export const CONFIG_ATTRIBUTES: Record<keyof ResourceDirectoryConfig, string> = {
  feed: 'feed',
  query: 'query',
  categories: 'categories',
  near: 'near',
  radius: 'radius',
  units: 'units',
  pageSize: 'page-size',
  lang: 'lang',
  uiLanguages: 'ui-languages',
  feedLang: 'feed-lang',
  layout: 'layout',
  mapProvider: 'map-provider',
  mapTiles: 'map-tiles',
  mapAttribution: 'map-attribution',
  noSearch: 'no-search',
  noFilters: 'no-filters',
  urlState: 'url-state',
  crisis: 'crisis',
  crisisExpanded: 'crisis-expanded',
  quickExit: 'quick-exit',
  quickExitUrl: 'quick-exit-url',
  staleAfterMonths: 'stale-after-months',
  reportUrl: 'report-url',
  vocabularySrc: 'vocabulary-src',
};

declare global {
  interface Window {
    ResourceDirectoryConfig?: ResourceDirectoryConfig;
  }
}

export function globalConfig(): ResourceDirectoryConfig {
  const config = typeof window === 'undefined' ? undefined : window.ResourceDirectoryConfig;
  return config && typeof config === 'object' ? config : {};
}
