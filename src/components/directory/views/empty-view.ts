import { html, nothing, type TemplateResult } from 'lit';
import type { SearchResult } from '../../../sdk/index.js';
import type { Localizer } from '../../../i18n/localize.js';
import type { CrisisLine } from '../../crisis/crisis-lines.js';
import { lazy } from '../../lazy.js';
import type { SuggestedSearch } from '../no-results.js';
import { help211 } from './help-211.js';

// What to try when nothing matches: few searches need it, so it is a lazy chunk.
const noResultsChunk = lazy(() => import('../no-results.js'));

/**
 * Nothing matched: "0 services found", then the visitor's words quoted back and what to try instead (the
 * lazy chunk; until it arrives, the plain message or the page's `empty` slot), clear filters and 211.
 */
export function emptyView(options: {
  localizer: Localizer;
  search: { text?: string };
  result: SearchResult;
  feedLang: string;
  crisisLines: readonly CrisisLine[];
  crisisPrefix: string;
  hasFilters: boolean;
  onClearFilters: () => void;
  onRefine: (change: SuggestedSearch) => void;
  /** Draws again once the chunk has arrived. */
  requestUpdate: () => void;
  /** The place searched near, which the feed does not know (a postcode none of its addresses has). */
  unknownPlace?: string;
}): TemplateResult {
  const { localizer } = options;
  const t = localizer.t.bind(localizer);
  const help = [
    options.hasFilters ? html`<button class="secondary" type="button" @click=${options.onClearFilters}>${t('clearFilters')}</button>` : nothing,
    help211(localizer),
  ];
  // Nothing can be near a place the feed does not know: say that, not "no services match".
  if (options.unknownPlace) {
    return html`<p part="status" class="status">${options.crisisPrefix}${t('resultCount', 0)}</p>
      <div part="message" class="message" role="alert"><p><strong>${t('nearNotFound', options.unknownPlace)}</strong></p>${help}</div>`;
  }
  const chunk = noResultsChunk.valueOrLoad(options.requestUpdate);
  return html`<p part="status" class="status">${options.crisisPrefix}${t('resultCount', 0)}</p>
        ${chunk?.noResults(localizer, options.search, options.result, options.feedLang, options.crisisLines, help, options.onRefine) ??
        html`<div part="message" class="message">
          <slot name="empty">
            <p><strong>${t('noResults')}</strong></p>
            <p>${t('noResultsHelp')}</p>
          </slot>
          ${help}
        </div>`}`;
}
