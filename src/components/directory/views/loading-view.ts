import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../../i18n/localize.js';

/** The first search under way: "Loading…" and three card-shaped placeholders. */
export function loadingView(localizer: Localizer): TemplateResult {
  return html`<div class="loading" aria-busy="true">
        <p part="status" class="status">${localizer.t('loading')}</p>
        ${[1, 2, 3].map(() => html`<div class="skeleton"></div>`)}
      </div>`;
}
