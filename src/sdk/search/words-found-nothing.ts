import type { SearchResult } from '../model.js';

/** Whether other words could find something: nothing was found, and not for want of a known place. */
export const wordsFoundNothing = (result: Pick<SearchResult, 'total' | 'issues'>): boolean =>
  result.total === 0 && !result.issues.some((issue) => issue.path === 'near.postcode');
