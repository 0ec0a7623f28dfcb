import { html, nothing, type TemplateResult } from 'lit';
import { adoptStyles } from '../adopt-styles.js';
import type { Category } from '../../sdk/model.js';
import type { Localizer } from '../../i18n/localize.js';
import type { FilterState } from './filter-panel.js';
import { filterChipsStyles } from './filter-chips.styles.js';

export interface FilterChipsOptions {
  localizer: Localizer;
  state: FilterState;
  /** The feed's categories, to name the chosen ones. */
  categories: Category[];
  /** The feed's language, marked on category names when it differs from the interface (WCAG 3.1.2). */
  feedLang: string | undefined;
  /** The directory: the chips bring their styles into its shadow root, and focus moves within it. */
  host: Element;
  /** Searches without the filter; resolves once the directory has drawn the change. */
  onRemove(change: Partial<FilterState>): Promise<unknown>;
  /** Where focus goes when the last chip is gone (the status line). */
  onNoneLeft(): void;
}

interface Chip {
  label: string;
  lang?: string;
  change: Partial<FilterState>;
}

/** The active filters, each a chip: categories by their feed names, then free, open now and language. */
function chipsOf({ localizer, state, categories, feedLang }: FilterChipsOptions): Chip[] {
  const t = localizer.t.bind(localizer);
  const nameOf = (value: string) => categories.find((category) => category.id === value || category.code === value)?.name ?? value;
  return [
    ...state.categories.map((value): Chip => ({
      label: nameOf(value),
      lang: feedLang,
      change: { categories: state.categories.filter((other) => other !== value) },
    })),
    ...(state.free ? [{ label: t('filterFree'), change: { free: false } }] : []),
    ...(state.openNow ? [{ label: t('filterOpenNow'), change: { openNow: false } }] : []),
    ...state.languages.map((code) => ({
      label: `${t('filterLanguage')}: ${localizer.format.language(code) ?? code}`,
      change: { languages: state.languages.filter((other) => other !== code) },
    })),
  ];
}

/**
 * After a search, the filters in force as removable chips (MOJ "Filter a list"): "Food ×", named "Remove
 * filter: Food". Removing one searches again and puts focus on the chip now in its place, or the one
 * before, or, with none left, the status line.
 */
export function filterChips(options: FilterChipsOptions): TemplateResult | typeof nothing {
  const chips = chipsOf(options);
  if (!chips.length) return nothing;
  const root = options.host.shadowRoot;
  adoptStyles(root, filterChipsStyles);
  const t = options.localizer.t.bind(options.localizer);
  const remove = async (chip: Chip, index: number) => {
    await options.onRemove(chip.change);
    const left = [...(root?.querySelectorAll<HTMLElement>('[part="remove-filter"]') ?? [])];
    const next = left[Math.min(index, left.length - 1)];
    if (next) next.focus();
    else options.onNoneLeft();
  };
  return html`<ul part="active-filters" class="active-filters" aria-label=${t('activeFilters')}>
    ${chips.map(
      (chip, index) => html`<li>
        <button part="remove-filter" class="remove-filter" type="button" aria-label=${t('removeFilter', chip.label)} @click=${() => void remove(chip, index)}>
          <span lang=${chip.lang ?? nothing}>${chip.label}</span>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18"/></svg>
        </button>
      </li>`,
    )}
  </ul>`;
}
