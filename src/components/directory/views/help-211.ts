import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../../i18n/localize.js';

/** "Call 211 · Text 211": the way to a person when the directory cannot help. */
export function help211(localizer: Localizer): TemplateResult {
  const t = localizer.t.bind(localizer);
  return html`<p class="help-211"><a href="tel:211">${t('call211')}</a> · <a href="sms:898211">${t('text211')}</a></p>`;
}
