import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../../i18n/localize.js';

/** The page set no feed, or one that is not a URL: said to whoever is building the page. */
export function configErrorView(localizer: Localizer, feed: string | undefined): TemplateResult {
  const t = localizer.t.bind(localizer);
  const problem = feed ? t('badFeed', feed) : t('missingFeed');
  return html`<div part="message" class="message" role="alert"><p>${t('configError', problem)}</p></div>`;
}
