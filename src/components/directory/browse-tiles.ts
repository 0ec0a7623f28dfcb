import { html, nothing, type TemplateResult } from 'lit';
import { adoptStyles } from '../adopt-styles.js';
import type { Category } from '../../sdk/model.js';
import type { Localizer } from '../../i18n/localize.js';
import { browseTilesStyles } from './browse-tiles.styles.js';
import { needIcon } from './need-icons.js';

/** At most this many tiles; "All categories" opens the whole list. */
const MAX_TILES = 8;

export interface BrowseTilesOptions {
  localizer: Localizer;
  /** The feed's categories, most used first; undefined while they are on their way. */
  categories: Category[] | undefined;
  /** The feed's language, marked on category names when it differs from the interface (WCAG 3.1.2). */
  feedLang: string | undefined;
  /** The directory: the tiles bring their styles into its shadow root. */
  host: Element;
  onChoose(category: Category): void;
  onAll(): void;
}

/**
 * Before a search, the feed's top categories as tiles with an icon and the number of services (when the feed
 * gives it), and "All categories". A lazy chunk, fetched with the first cards: the categories arrive after the
 * first paint.
 */
export function browseTiles(options: BrowseTilesOptions): TemplateResult | typeof nothing {
  const { localizer, categories } = options;
  if (categories?.length === 0) return nothing;
  adoptStyles(options.host.shadowRoot, browseTilesStyles);
  // Until the categories come, empty tiles hold their place: arriving after the first cards, the tiles would
  // push them down under a visitor's thumb. A feed has most often more categories than tiles.
  if (!categories) {
    // The tiles' part (a page's styles for tiles shape these too), and one of their own.
    return html`<section part="browse" class="browse" aria-hidden="true"><ul class="tiles">${Array.from(
      { length: MAX_TILES + 1 },
      () => html`<li><span part="browse-tile browse-tile-pending" class="tile pending"></span></li>`,
    )}</ul></section>`;
  }
  const t = localizer.t.bind(localizer);
  const top = categories.slice(0, MAX_TILES);
  return html`<section part="browse" class="browse" aria-labelledby="browse-title">
    <h2 id="browse-title" class="visually-hidden">${t('browseCategories')}</h2>
    <ul class="tiles">
      ${top.map(
        (category) => html`<li>
          <button part="browse-tile" class="tile" type="button" @click=${() => options.onChoose(category)}>
            ${needIcon(category.need)}<span class="tile-name" lang=${options.feedLang ?? nothing}>${category.name}</span>
            ${category.services
              ? html`<span class="tile-count" aria-hidden="true">${localizer.format.number(category.services)}</span>
                  <span class="visually-hidden">${t('serviceCount', category.services)}</span>`
              : nothing}
          </button>
        </li>`,
      )}
      ${categories.length > top.length
        ? html`<li>
            <button part="browse-all" class="tile all" type="button" @click=${options.onAll}>${needIcon(undefined)}<span class="tile-name">${t('allCategories')}</span></button>
          </li>`
        : nothing}
    </ul>
  </section>`;
}
