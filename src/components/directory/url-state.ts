import type { SearchQuery } from '../../events/events.js';

// Opt-in deep links: the search lives in `rd-*` query parameters, leaving the host page's own alone.
const PARAMS = { text: 'rd-q', categories: 'rd-cat', languages: 'rd-lang', free: 'rd-free' } as const;
/** The interface language the visitor chose in the menu. */
const UI_LANGUAGE = 'rd-ui';

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

export const readUrlLanguage = (href: string): string | undefined => new URL(href).searchParams.get(UI_LANGUAGE) ?? undefined;

/** Replaces (never pushes) the history entry, so the Back button still leaves the page. */
function replaceParams(values: Record<string, string | undefined>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  history.replaceState(history.state, '', url);
}

export function writeUrlState(query: SearchQuery): void {
  replaceParams({
    [PARAMS.text]: query.text,
    [PARAMS.categories]: query.categories?.join(','),
    [PARAMS.languages]: query.languages?.join(','),
    [PARAMS.free]: query.free ? '1' : undefined,
  });
}

export const writeUrlLanguage = (tag: string): void => replaceParams({ [UI_LANGUAGE]: tag });
