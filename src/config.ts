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

/**
 * Every key, each standing for the attribute of the same name in kebab-case (`pageSize`: `page-size`); the
 * type keeps this list whole. An element with that attribute keeps its own value.
 */
export const CONFIG_KEYS: Record<keyof ResourceDirectoryConfig, 1> = {
  feed: 1,
  query: 1,
  categories: 1,
  near: 1,
  radius: 1,
  units: 1,
  pageSize: 1,
  lang: 1,
  uiLanguages: 1,
  feedLang: 1,
  layout: 1,
  mapProvider: 1,
  mapTiles: 1,
  mapAttribution: 1,
  noSearch: 1,
  noFilters: 1,
  urlState: 1,
  crisis: 1,
  crisisExpanded: 1,
  quickExit: 1,
  quickExitUrl: 1,
  staleAfterMonths: 1,
  reportUrl: 1,
  vocabularySrc: 1,
};

/** The attribute a key stands for: `pageSize` → `page-size`. */
export const attributeOf = (key: string): string => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

declare global {
  interface Window {
    ResourceDirectoryConfig?: ResourceDirectoryConfig;
  }
}

export function globalConfig(): ResourceDirectoryConfig {
  const config = typeof window === 'undefined' ? undefined : window.ResourceDirectoryConfig;
  return config && typeof config === 'object' ? config : {};
}
