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
  noSearch?: boolean;
  noFilters?: boolean;
  urlState?: boolean;
}

declare global {
  interface Window {
    ResourceDirectoryConfig?: ResourceDirectoryConfig;
  }
}

export function globalConfig(): ResourceDirectoryConfig {
  const config = typeof window === 'undefined' ? undefined : window.ResourceDirectoryConfig;
  return config && typeof config === 'object' ? config : {};
}
