import type { Listing } from '../../sdk/model.js';
import { formatAddress } from '../card/address.js';
import { mainPlace } from '../card/share-text.js';
import { partLang } from '../../i18n/part-lang.js';

export interface SheetText {
  title: string;
  date: string;
  crisis: string;
  /** The interface language and direction, for the sheet as a whole. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The feed's language, marked on each listing when it differs from `lang`. */
  feedLang?: string;
}

const SHEET_CSS = `
  body { font: 11pt/1.35 system-ui, sans-serif; margin: 1.5cm; color: #000; }
  h1 { font-size: 16pt; margin: 0 0 0.2cm; }
  .meta, .crisis { margin: 0 0 0.4cm; }
  .crisis { border: 1px solid #000; padding: 0.2cm 0.3cm; font-weight: 600; }
  ol { padding: 0; margin: 0; list-style: none; }
  li { break-inside: avoid; border-top: 1px solid #999; padding: 0.25cm 0; }
  h2 { font-size: 12pt; margin: 0; }
  p { margin: 0; }
`;

/**
 * Prints the saved listings as one compact sheet, without the host page around them: the sheet is built
 * in a blank iframe with DOM calls and a constructed stylesheet, so it works under a strict CSP.
 */
export function printSheet(listings: readonly Listing[], text: SheetText): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;opacity:0;';
  document.body.append(frame);
  const win = frame.contentWindow!;
  renderSheet(frame.contentDocument!, listings, text);
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
}

/** Fills a blank document with the sheet. */
export function renderSheet(doc: Document, listings: readonly Listing[], text: SheetText): void {
  const win = doc.defaultView!;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(SHEET_CSS);
  doc.adoptedStyleSheets = [sheet];
  const el = (tag: string, content?: string) => {
    const node = doc.createElement(tag);
    if (content) node.textContent = content;
    return node;
  };
  doc.title = text.title;
  doc.documentElement.lang = text.lang;
  doc.documentElement.dir = text.dir;
  const feedLang = partLang(text.feedLang, text.lang);
  const list = el('ol');
  for (const listing of listings) {
    const item = el('li');
    if (feedLang) Object.assign(item, { lang: feedLang, dir: 'auto' });
    item.append(el('h2', listing.name));
    const place = mainPlace(listing);
    const lines = [
      listing.organization && listing.organization.name !== listing.name ? listing.organization.name : undefined,
      listing.phones.filter((phone) => phone.kind !== 'fax').map((phone) => phone.number).join(' · ') || undefined,
      place?.address ? formatAddress(place.address) : undefined,
      [...new Set(listing.schedules.map((schedule) => schedule.description).filter(Boolean))].join('; ') || undefined,
      listing.url ?? listing.organization?.url,
    ];
    for (const line of lines) if (line) item.append(el('p', line));
    list.append(item);
  }
  doc.body.append(el('h1', text.title), el('p', text.date), el('p', text.crisis), list);
  doc.body.children[1].className = 'meta';
  doc.body.children[2].className = 'crisis';
}
