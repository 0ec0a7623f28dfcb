import { html, nothing, type TemplateResult } from 'lit';
import type { SearchResult } from '../../sdk/model.js';
import type { Localizer } from '../../i18n/localize.js';
import { partLang } from '../../i18n/part-lang.js';
import type { CrisisLine } from '../crisis/crisis-lines.js';

/** A search a suggestion runs: the respelled words, or one category and no words. */
export interface SuggestedSearch {
  text: string;
  categories?: string[];
}

/**
 * Zero results, never a dead end: the visitor's words quoted back, "Did you mean …?" and up to six
 * categories to try (the SDK's `suggestions`), then `help` (the directory's clear filters and 211) and
 * the first crisis line by call and text. `search` runs a search as the form does (event, URL state,
 * announcement). Few searches find nothing, so this is a lazy chunk; until it arrives the directory shows
 * its plain message.
 */
export function noResults(
  localizer: Localizer,
  { text: words }: { text?: string },
  { suggestions }: SearchResult,
  feedLang: string,
  [crisisLine]: readonly CrisisLine[],
  help: unknown,
  search: (change: SuggestedSearch) => void,
): TemplateResult {
  const t = localizer.t.bind(localizer);
  const text = suggestions?.text;
  const categories = suggestions?.categories ?? [];
  // The pressed button goes with the message: focus goes where a search leaves it, in the search box, or
  // without one (no-search) to the toolbar's first button, just above the results.
  const run = (event: Event, change: SuggestedSearch) => {
    search(change);
    ((event.currentTarget as Element).getRootNode() as ShadowRoot).querySelector<HTMLElement>('#keyword, [part="filters"] button')?.focus();
  };
  // Ours is 988: the sentence the live region says for a crisis search ("… call or text 988") and its call
  // and text links (its chat is in the strip above), labelled and styled as the strip's, which keeps the
  // part `crisis-action` for itself. A host's own line follows the strip's title.
  const crisisLinks = crisisLine?.actions.filter((action) => action.kind !== 'chat');
  // The suggestions are one paragraph of buttons (left out of print, like every button), so the message keeps
  // its spacing and the print keeps 211 and the crisis line.
  return html`<div part="message" class="message">
    <slot name="empty">
      <p><strong>${words ? t('noResultsFor', words) : t('noResults')}</strong></p>
      <p>${t('noResultsHelp')}</p>
    </slot>
    ${text || categories.length
      ? html`<p part="suggestions" class="more">
          ${text
            ? html`<button part="did-you-mean" class="secondary" type="button" @click=${(event: Event) => run(event, { text })}>
                ${t('didYouMean', text)}
              </button>`
            : nothing}
          ${categories.length
            ? html`<span id="try-category">${t('tryCategory')}</span>
                <span class="chips" role="group" aria-labelledby="try-category">
                  ${categories.map(
                    (category) => html`<button part="category-suggestion" class="secondary chip" type="button"
                      @click=${(event: Event) => run(event, { text: '', categories: [category.id] })}>
                      <span lang=${partLang(feedLang, localizer.lang) ?? nothing}>${category.name}</span>
                    </button>`,
                  )}
                </span>`
            : nothing}
        </p>`
      : nothing}
    ${help}
    ${crisisLine && crisisLinks?.length
      ? html`<p class="crisis-line">
          <strong>${t(crisisLine.builtIn ? 'crisisAnnouncement' : 'crisisTitle')}</strong> ${crisisLine.builtIn ? nothing : crisisLine.name}
          <span class="crisis-actions">
            ${crisisLinks.map(
              (action) => html`<a class="crisis-action" href=${action.href}>${crisisLine.builtIn ? t(action.label as 'crisisTitle') : action.label}</a>`,
            )}
          </span>
        </p>`
      : nothing}
  </div>`;
}
