import type { SearchQuery } from '../../events/events.js';

// Opt-in deep links: the search lives in `rd-*` query parameters, leaving the host page's own alone.
const PARAMS = { text: 'rd-q', categories: 'rd-cat', languages: 'rd-lang', free: 'rd-free' } as const;

export function readUrlState(href: string): Partial<SearchQuery> {
  const params = new URL(href).searchParams;
  const list = (name: string) => params.get(name)?.split(',').filter(Boolean) ?? [];
  const state: Partial<SearchQuery> = {};
  if (params.has(PARAMS.text)) state.text = params.get(PARAMS.text) ?? '';
  if (params.has(PARAMS.categories)) state.categories = list(PARAMS.categories);
  if (params.has(PARAMS.languages)) state.languages = list(PARAMS.languages);
  if (params.get(PARAMS.free) === '1') state.free = true;
  return state;
}

/** Replaces (never pushes) the history entry, so the Back button still leaves the page. */
export function writeUrlState(query: SearchQuery): void {
  const url = new URL(location.href);
  const set = (name: string, value: string | undefined) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
  set(PARAMS.text, query.text);
  set(PARAMS.categories, query.categories?.join(','));
  set(PARAMS.languages, query.languages?.join(','));
  set(PARAMS.free, query.free ? '1' : undefined);
  history.replaceState(history.state, '', url);
}
