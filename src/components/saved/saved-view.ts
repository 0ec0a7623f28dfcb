import { html, type TemplateResult } from 'lit';
import type { Listing } from '../../sdk/model.js';
import type { Localizer } from '../../i18n/localize.js';
import { shareListText } from '../card/share-text.js';
import { printSheet, sheetText } from './print-sheet.js';
import { savedStore } from './saved-store.js';
import { readSavedList } from './saved-listing.js';
import { encodeUriText } from '../../sdk/normalize/clean-text.js';

/**
 * The visitor's saved list: the cards, and ways to take the list away (print a one-page sheet, share,
 * copy, email, text) or clear it. Everything stays on the device until the visitor sends it somewhere.
 */
export function savedView(options: {
  localizer: Localizer;
  cardParts: string;
  feedLang: string;
  onNotice: (message: string) => void;
}): TemplateResult {
  const { localizer } = options;
  const t = localizer.t.bind(localizer);
  savedStore.checkWith(readSavedList);
  const listings = savedStore.list();
  if (!listings.length) {
    return html`<section part="saved" class="saved" aria-label=${t('savedTitle')}>
      <p>${t('savedEmpty')}</p>
    </section>`;
  }
  const text = shareListText(listings);
  const subject = t('savedShareTitle');
  const share = async () => {
    try {
      if (navigator.share) {
        await navigator.share({ title: subject, text });
        return;
      }
      await navigator.clipboard.writeText(text);
      options.onNotice(t('copied'));
    } catch (error) {
      if ((error as Error).name !== 'AbortError') options.onNotice(t('copyFailed'));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      options.onNotice(t('copied'));
    } catch {
      options.onNotice(t('copyFailed'));
    }
  };
  const print = () => printSheet(listings, sheetText(localizer, options.feedLang));
  const clear = () => {
    savedStore.clear();
    options.onNotice(t('savedCleared'));
  };
  return html`<section part="saved" class="saved" aria-label=${t('savedTitle')}>
    <div part="saved-actions" class="saved-actions" role="group" aria-label=${t('savedActions')}>
      <button class="secondary" type="button" @click=${print}>${t('printSheet')}</button>
      <button class="secondary" type="button" @click=${share}>${t('share')}</button>
      <button class="secondary" type="button" @click=${copy}>${t('copyText')}</button>
      <a class="button secondary" href=${`mailto:?subject=${encodeUriText(subject)}&body=${encodeUriText(text)}`}>${t('email')}</a>
      <a class="button secondary" href=${`sms:?body=${encodeUriText(text)}`}>${t('textMessage')}</a>
      <button class="secondary" type="button" @click=${clear}>${t('clearSaved')}</button>
    </div>
    <ul class="results" aria-label=${t('savedTitle')}>
      ${listings.map((listing: Listing) => html`<li part="result"><resource-card exportparts=${options.cardParts} .listing=${listing}
        lang=${localizer.lang} feed-lang=${options.feedLang} .announce=${options.onNotice}></resource-card></li>`)}
    </ul>
  </section>`;
}
