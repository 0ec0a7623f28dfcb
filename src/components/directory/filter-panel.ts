import { html, nothing, type TemplateResult } from 'lit';
import { adoptStyles } from '../adopt-styles.js';
import { filterPanelStyles } from './filter-panel.styles.js';
import type { Category } from '../../sdk/model.js';
import type { Localizer } from '../../i18n/localize.js';

/** The filters a visitor can set in the panel. */
export interface FilterState {
  categories: string[];
  languages: string[];
  free: boolean;
  openNow: boolean;
}

export type Sort = 'relevance' | 'name' | 'distance';

export interface FilterPanelOptions {
  localizer: Localizer;
  state: FilterState;
  categories: Category[];
  /** The feed's language, marked on category names when it differs from the interface (WCAG 3.1.2). */
  feedLang: string | typeof nothing;
  /** Offer a radius: only when the search is near a place. */
  radius: { value?: number; unit: 'mi' | 'km' } | undefined;
  /** The order of results; by distance only near a place. */
  sort: { value: Sort; byDistance: boolean; onSort(sort: Sort): void };
  /** The directory: the panel brings its styles into its shadow root. */
  host: Element;
  onRefine(change: Partial<FilterState>): void;
  onRadius(value: number | undefined): void;
}

/** Radius choices, in the directory's units. */
const RADII = [1, 5, 10, 25, 50];

/** Languages offered in the "language spoken" filter: the most common US languages after English. */
const FILTER_LANGUAGES = ['es', 'zh', 'vi', 'tl', 'ar', 'ko', 'ru', 'ht', 'fr', 'pt', 'so', 'fa'];

const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;
const valueOf = (event: Event) => (event.target as HTMLSelectElement).value;

/**
 * The filter panel: category chips, sort order, free, open now, radius and language spoken. Most visits never open it,
 * so it is a lazy chunk the directory loads when the Filters button is pressed (or about to be).
 */
export function filterPanel(options: FilterPanelOptions): TemplateResult {
  const { localizer, state, categories, radius, sort } = options;
  const t = localizer.t.bind(localizer);
  adoptStyles(options.host.shadowRoot, filterPanelStyles);
  const unit = radius?.unit === 'mi' ? 'mile' : 'kilometer';
  const toggleCategory = (category: Category, checked: boolean) => {
    const others = state.categories.filter((value) => value !== category.id && value !== category.code);
    options.onRefine({ categories: checked ? [...others, category.id] : others });
  };
  return html`<div id="filter-panel" class="filter-panel">
    ${categories.length
      ? html`<fieldset class="chips">
          <legend>${t('filterCategories')}</legend>
          ${categories.map((category) => {
            const checked = state.categories.includes(category.id) || (category.code !== undefined && state.categories.includes(category.code));
            return html`<label part="filter-chip" class="chip">
              <input type="checkbox" .checked=${checked} @change=${(event: Event) => toggleCategory(category, checkedOf(event))} />
              <span lang=${options.feedLang}>${category.name}</span>
            </label>`;
          })}
        </fieldset>`
      : nothing}
    <div class="filter-row">
      <label class="select">
        <span>${t('sortBy')}</span>
        <select name="sort" @change=${(event: Event) => sort.onSort(valueOf(event) as Sort)}>
          <option value="relevance" ?selected=${sort.value === 'relevance'}>${t('sortRelevance')}</option>
          <option value="name" ?selected=${sort.value === 'name'}>${t('sortName')}</option>
          ${sort.byDistance ? html`<option value="distance" ?selected=${sort.value === 'distance'}>${t('sortDistance')}</option>` : nothing}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" .checked=${state.free} @change=${(event: Event) => options.onRefine({ free: checkedOf(event) })} />
        ${t('filterFree')}
      </label>
      <label class="check">
        <input type="checkbox" name="open-now" .checked=${state.openNow} @change=${(event: Event) => options.onRefine({ openNow: checkedOf(event) })} />
        ${t('filterOpenNow')}
      </label>
      ${radius
        ? html`<label class="select">
            <span>${t('filterRadius')}</span>
            <select name="radius" @change=${(event: Event) => options.onRadius(Number(valueOf(event)) || undefined)}>
              <option value="" ?selected=${!radius.value}>${t('anyDistance')}</option>
              ${RADII.map((value) => html`<option value=${value} ?selected=${radius.value === value}>
                ${t('withinDistance', localizer.format.number(value, { style: 'unit', unit, unitDisplay: 'short' }))}
              </option>`)}
            </select>
          </label>`
        : nothing}
      <label class="select">
        <span>${t('filterLanguage')}</span>
        <select name="language" @change=${(event: Event) => options.onRefine({ languages: valueOf(event) ? [valueOf(event)] : [] })}>
          <option value="" ?selected=${!state.languages.length}>${t('anyLanguage')}</option>
          ${FILTER_LANGUAGES.map((code) => html`<option value=${code} ?selected=${state.languages[0] === code}>${localizer.format.language(code) ?? code}</option>`)}
        </select>
      </label>
    </div>
  </div>`;
}
