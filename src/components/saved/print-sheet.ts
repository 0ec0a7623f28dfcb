import type { Listing, ListingLocation, Phone } from '../../sdk/model.js';
import type { Formatters } from '../../i18n/formatters.js';
import type { Localizer } from '../../i18n/localize.js';
import { weeklyHours } from '../../sdk/hours/index.js';
import { formatAddress } from '../listing-format/address.js';
import { formatClock, weekdayName } from '../listing-format/hours-text.js';
import { mainPlace } from '../listing-format/share-text.js';
import { listingWebsite } from '../listing-format/website.js';
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
  /** A phone as printed: "(503) 555-0142 ext. 12". Default: the number alone. */
  phone?: (phone: Phone) => string;
  /**
   * One location's hours, as one line ("Mon–Fri 9:00 AM–5:00 PM · Sat 10:00 AM–2:00 PM"), or undefined when
   * the feed gives none there. Without it, the sheet prints the schedules' own wording once per listing.
   */
  hours?: (listing: Listing, location?: ListingLocation) => string | undefined;
}

/** What the sheet needs of the interface: its words, formats, language and direction. */
export type SheetLocale = Pick<Localizer, 't' | 'format' | 'lang' | 'dir'>;

const SHEET_CSS = `
  body { font: 11pt/1.35 system-ui, sans-serif; margin: 1.5cm; color: #000; overflow-wrap: anywhere; }
  h1 { font-size: 16pt; margin: 0 0 0.2cm; }
  .meta, .crisis { margin: 0 0 0.4cm; }
  .crisis { border: 1px solid #000; padding: 0.2cm 0.3cm; font-weight: 600; }
  ol { padding: 0; margin: 0; list-style: none; }
  li { break-inside: avoid; border-top: 1px solid #999; padding: 0.25cm 0; }
  h2 { font-size: 12pt; margin: 0; }
  p { margin: 0; }
  .hours { padding-inline-start: 0.6cm; }
`;

/** Consecutive days with the same hours, as one entry: "Mon–Fri 9:00 AM–5:00 PM". */
function weekLine(listing: Listing, locationId: string | undefined, locale: SheetLocale): string | undefined {
  const f: Formatters = locale.format;
  const week = weeklyHours(listing, { locationId });
  const hoursOf = (day: (typeof week.days)[number]) =>
    day.open24Hours ? locale.t('open24Hours') : f.list(day.ranges.map((range) => `${formatClock(range.opens, f)}–${formatClock(range.closes, f)}`));
  const runs: { from: number; to: number; hours: string }[] = [];
  week.days.forEach((day, index) => {
    if (!day.ranges.length && !day.open24Hours) return;
    const hours = hoursOf(day);
    const last = runs.at(-1);
    if (last && last.to === index - 1 && last.hours === hours) last.to = index;
    else runs.push({ from: index, to: index, hours });
  });
  const name = (index: number) => weekdayName(week.days[index]!.day, f, 'short');
  const days = ({ from, to }: (typeof runs)[number]) => (from === to ? name(from) : `${name(from)}–${name(to)}`);
  // Open all day every day is said once; " · " joins the parts of a line as on the card.
  const always = runs.length === 1 && runs[0]!.from === 0 && runs[0]!.to === 6 && week.days[0]!.open24Hours;
  const text = always
    ? locale.t('open24Hours')
    : runs.length
      ? runs.map((run) => `${days(run)} ${run.hours}`).join(' · ')
      : week.notes.join(' · ');
  if (!text) return undefined;
  return week.buildingHours ? locale.t('buildingHours', text) : text;
}

/** The sheet's words in the interface language: title, date, crisis line, phones and each location's hours. */
export function sheetText(locale: SheetLocale, feedLang?: string): SheetText {
  return {
    title: locale.t('savedShareTitle'),
    date: locale.format.date(new Date(), { dateStyle: 'long' }),
    crisis: locale.t('crisisAnnouncement'),
    lang: locale.lang,
    dir: locale.dir,
    feedLang,
    phone: (phone) => (phone.extension ? locale.t('extension', phone.number, phone.extension) : phone.number),
    hours: (listing, location) => weekLine(listing, location?.id, locale),
  };
}

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

/**
 * The lines printed for one listing: its organization, phones, then each location with its own hours on
 * the line below (set in), and its website. `hours` marks the lines that are a location's hours.
 */
function listingLines(listing: Listing, text: SheetText): { line: string; hours?: boolean }[] {
  const phone = text.phone ?? ((value: Phone) => value.number);
  const lines: { line: string | undefined; hours?: boolean }[] = [
    { line: listing.organization && listing.organization.name !== listing.name ? listing.organization.name : undefined },
    { line: [...new Set(listing.phones.filter((value) => value.kind !== 'fax').map(phone))].join(' · ') || undefined },
  ];
  if (text.hours) {
    const places = listing.locations.filter((location) => location.address || location.name);
    for (const location of places) {
      lines.push({ line: [location.name, location.address ? formatAddress(location.address) : undefined].filter(Boolean).join(' · ') });
      lines.push({ line: text.hours(listing, location), hours: true });
    }
    if (!places.length) lines.push({ line: text.hours(listing), hours: true });
  } else {
    const place = mainPlace(listing);
    lines.push({ line: place?.address ? formatAddress(place.address) : undefined });
    lines.push({ line: [...new Set(listing.schedules.map((schedule) => schedule.description).filter(Boolean))].join('; ') || undefined });
  }
  lines.push({ line: listingWebsite(listing) });
  return lines.filter((entry): entry is { line: string; hours?: boolean } => Boolean(entry.line));
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
    for (const { line, hours } of listingLines(listing, text)) {
      const paragraph = el('p', line);
      if (hours) paragraph.className = 'hours';
      item.append(paragraph);
    }
    list.append(item);
  }
  doc.body.append(el('h1', text.title), el('p', text.date), el('p', text.crisis), list);
  doc.body.children[1].className = 'meta';
  doc.body.children[2].className = 'crisis';
}
