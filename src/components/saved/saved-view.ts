import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Listing } from '../../sdk/model.js';
import type { Localizer } from '../../i18n/localize.js';
import { shareListText } from '../listing-format/share-text.js';
import { Confirmation, confirmationStyles } from '../confirmation.js';
import { printSheet, sheetText } from './print-sheet.js';
import { savedStore } from './saved-store.js';
import { readSavedList } from './saved-listing.js';
import { savedStyles } from './saved.styles.js';
import { adoptStyles } from '../adopt-styles.js';
import { encodeUriText } from '../../sdk/normalize/clean-text.js';

/** Each directory's confirmation beside the saved list's actions. */
const confirmations = new WeakMap<ReactiveControllerHost, Confirmation>();

/**
 * What "Clear all" removed, for Undo: kept in memory only (never written back unless the visitor asks),
 * and forgotten as soon as anything is saved again.
 */
let cleared: Listing[] = [];

/** Moves focus to `selector` once the directory has drawn the change (the pressed button has gone). */
function focusAfterUpdate(host: ReactiveControllerHost & Element, selector: string): void {
  void host.updateComplete.then(() => host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
}

/**
 * The visitor's saved list, under its own heading with a way back to the results: the cards, and ways to
 * take the list away (print a one-page sheet, share, copy, email, text) or clear it, which Undo reverses.
 * Everything stays on the device until the visitor sends it somewhere.
 */
export function savedView(options: {
  localizer: Localizer;
  cardParts: string;
  feedLang: string;
  onNotice: (message: string) => void;
  /** The directory: its updates draw the confirmation, and focus moves once they are done. */
  host: ReactiveControllerHost & Element;
}): TemplateResult {
  const { localizer, host } = options;
  const t = localizer.t.bind(localizer);
  adoptStyles(host.shadowRoot, savedStyles);
  adoptStyles(host.shadowRoot, confirmationStyles);
  let confirmation = confirmations.get(host);
  if (!confirmation) confirmations.set(host, (confirmation = new Confirmation(host)));
  const confirm = (message: string) => {
    options.onNotice(message);
    confirmation.show(message);
  };
  savedStore.checkWith(readSavedList);
  const listings = savedStore.list();
  if (listings.length) cleared = [];
  // "Back to results" does what pressing the Saved button again does, and leaves focus on that button.
  const back = () => {
    const toggle = host.shadowRoot?.querySelector<HTMLElement>('[part="saved-toggle"]');
    toggle?.click();
    toggle?.focus();
  };
  const header = html`<div class="saved-header">
    <h2 id="saved-title" tabindex="-1">${t('savedTitle')}</h2>
    <button class="secondary" type="button" @click=${back}>${t('backToResults')}</button>
  </div>`;
  if (!listings.length) {
    const undo = () => {
      const restored = cleared;
      cleared = [];
      for (const listing of restored) savedStore.save(listing);
      focusAfterUpdate(host, '#saved-title');
    };
    return html`<section part="saved" class="saved" aria-labelledby="saved-title">
      ${header}
      ${cleared.length
        ? html`<p class="saved-cleared">${t('savedCleared')} <button id="saved-undo" class="secondary" type="button" @click=${undo}>${t('undo')}</button></p>`
        : ''}
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
      confirm(t('copied'));
    } catch (error) {
      if ((error as Error).name !== 'AbortError') confirm(t('copyFailed'));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      confirm(t('copied'));
    } catch {
      confirm(t('copyFailed'));
    }
  };
  const print = () => printSheet(listings, sheetText(localizer, options.feedLang));
  const clear = () => {
    cleared = [...listings];
    confirmation.clear();
    savedStore.clear();
    options.onNotice(t('savedCleared'));
    focusAfterUpdate(host, '#saved-undo');
  };
  return html`<section part="saved" class="saved" aria-labelledby="saved-title">
    ${header}
    <div part="saved-actions" class="saved-actions" role="group" aria-label=${t('savedActions')}>
      <button class="secondary" type="button" @click=${print}>${t('printSheet')}</button>
      <button class="secondary" type="button" @click=${share}>${t('share')}</button>
      <button class="secondary" type="button" @click=${copy}>${t('copyText')}</button>
      <a class="button secondary" href=${`mailto:?subject=${encodeUriText(subject)}&body=${encodeUriText(text)}`}>${t('email')}</a>
      <a class="button secondary" href=${`sms:?body=${encodeUriText(text)}`}>${t('textMessage')}</a>
      <button class="secondary" type="button" @click=${clear}>${t('clearSaved')}</button>
    </div>
    ${confirmation.render()}
    <ul class="results" aria-label=${t('savedTitle')}>
      ${listings.map((listing: Listing) => html`<li part="result"><resource-card exportparts=${options.cardParts} .listing=${listing}
        lang=${localizer.lang} feed-lang=${options.feedLang} .announce=${options.onNotice}></resource-card></li>`)}
    </ul>
  </section>`;
}
