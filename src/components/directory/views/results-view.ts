import { html, nothing, type TemplateResult } from 'lit';
import type { SearchResult } from '../../../sdk/index.js';
import type { Listing } from '../../../sdk/model.js';
import type { Localizer } from '../../../i18n/localize.js';
import type { MapController } from '../../map/map-controller.js';
import { CARD_PARTS } from './card-parts.js';
import { resultCount } from './status-text.js';

/** What each card is told by the directory: the attributes it passes down. */
export interface CardSettings {
  mapProvider: string;
  layout: string;
  feedLang: string;
  staleAfterMonths: number;
  units: 'mi' | 'km';
  reportUrl?: string;
  announce: (message: string) => void;
}

/**
 * The results: their count (with the List · Map toggle when the map is in hand), a note when they come
 * from the cache, the cards, "Show more" while there are more, and the map's region.
 */
export function resultsView(options: {
  localizer: Localizer;
  result: SearchResult;
  listings: readonly Listing[];
  loading: boolean;
  crisisPrefix: string;
  map: MapController | undefined;
  card: CardSettings;
  onShowMore: () => void;
}): TemplateResult {
  const { localizer, result, listings, loading, map, card } = options;
  const t = localizer.t.bind(localizer);
  const more = listings.length < result.total;
  return html`<div class="results-bar"><p part="status" class="status">${options.crisisPrefix}${resultCount(localizer, result)}</p>${map?.toggle()}</div>
      ${result.stale ? html`<p part="notice" class="notice" role="note">${t('staleNotice')}</p>` : nothing}
      <div class=${map?.open ? 'map-open' : 'results-area'}>
      <ul part="results" class="results" aria-label=${t('listOfServices')} aria-busy=${loading ? 'true' : 'false'}>
        ${listings.map(
          (listing, index) => html`<li part="result">
            <resource-card exportparts=${CARD_PARTS} .listing=${listing} map-provider=${card.mapProvider} layout=${card.layout}
              lang=${localizer.lang} feed-lang=${card.feedLang} .announce=${card.announce}
              stale-after-months=${card.staleAfterMonths} units=${card.units}
              report-url=${card.reportUrl ?? nothing}></resource-card>${map?.badge(listing, index)}
          </li>`,
        )}
      </ul>
      ${more
        ? html`<div class="more">
            <p class="status">${t('showingOf', listings.length, result.total)}</p>
            <button part="more-button" class="secondary" type="button" ?disabled=${loading} @click=${options.onShowMore}>
              ${t('showMore')}
            </button>
          </div>`
        : nothing}
      ${map?.region()}</div>`;
}
