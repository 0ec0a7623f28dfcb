import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Localizer } from '../../i18n/localize.js';
import { LOCALES, matchLocale, type Locale } from '../../i18n/locales.js';

const globe = svg`<svg class="icon" aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
  <circle cx="12" cy="12" r="10" /><path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
</svg>`;

/** The locales named in `offered` (`auto` for all), always including the one in use. */
function offeredLocales(offered: string, current: Locale): Locale[] {
  const wanted = offered.trim() === 'auto' ? LOCALES : offered.split(',').map(matchLocale);
  return LOCALES.filter((locale) => locale === current || wanted.includes(locale));
}

/**
 * The interface language menu: each language in its own name and marked with its own `lang`, so a visitor
 * finds theirs whatever the current language is. Hidden when only one language is offered. Options are
 * reused by position when the list changes, so `selected` is checked against the live DOM.
 */
export function languageSwitcher(localizer: Localizer, offered: string, selected: string, onChoose: (tag: string) => void): TemplateResult | typeof nothing {
  const current = matchLocale(selected) ?? LOCALES[0];
  const locales = offeredLocales(offered, current);
  if (locales.length < 2) return nothing;
  return html`<label class="select inline language">
    ${globe}<span class="visually-hidden">${localizer.t('uiLanguage')}</span>
    <select part="language-select" name="ui-language" @change=${(event: Event) => onChoose((event.target as HTMLSelectElement).value)}>
      ${locales.map((locale) => html`<option value=${locale.tag} lang=${locale.tag} .selected=${live(locale === current)}>${locale.endonym}</option>`)}
    </select>
  </label>`;
}
