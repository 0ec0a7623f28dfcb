import { html, nothing, type TemplateResult } from 'lit';
import type { CostOption, Language, Listing, ListingLocation, Phone } from '../../sdk/model.js';
import { weeklyHours, type SpecialHours, type WeeklyHours } from '../../sdk/hours/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { formatAddress } from '../listing-format/address.js';
import { chatHref } from './chat-link.js';
import { downloadVCard } from './vcard.js';
import { mailtoHref } from '../listing-format/contact-links.js';
import { webHref } from '../listing-format/website.js';
import { formatClock, formatDate, weekdayName } from '../listing-format/hours-text.js';

/** What the details take from the card they are in. */
export interface DetailsContext {
  localizer: Localizer;
  /** The `lang` feed text needs here, or undefined when the interface is in the feed's language. */
  feedLang: string | undefined;
  /** Feed text, marked with its language and isolated in its own direction. */
  feedText: (text: string | undefined) => unknown;
  /** A translated sentence around a value rendered on its own ("Hours at {place}"). */
  around: (sentence: (placeholder: string) => string, value: unknown) => unknown;
  /** A phone as the card shows it everywhere: one number format, a call or text link, and its kind. */
  phone: (phone: Phone) => TemplateResult;
}

/** One place's hours: the place (none when every place keeps the same hours) and its week. */
interface PlaceHours {
  location?: ListingLocation;
  week: WeeklyHours;
}

const hasWeeklyHours = (week: WeeklyHours): boolean => week.days.some((day) => day.ranges.length || day.open24Hours);

/**
 * The hours of each place the service is offered at, from the one hours engine the status line reads too.
 * Places that keep the same hours (the service's own schedule, given once) share one table.
 */
function hoursByPlace(listing: Listing): PlaceHours[] {
  const places = listing.locations.length ? listing.locations : [undefined];
  const all = places.map((location) => ({ location, week: weeklyHours(listing, { locationId: location?.id }) }));
  const known = all.filter(({ week }) => hasWeeklyHours(week) || week.exceptions.length || week.notes.length);
  const same = (a: WeeklyHours, b: WeeklyHours) => JSON.stringify({ ...a, timeZone: '' }) === JSON.stringify({ ...b, timeZone: '' });
  if (known.length && all.every(({ week }) => same(week, known[0]!.week))) return [{ week: known[0]!.week }];
  return known;
}

/** "Millbrook Community Center", else its address: how a caption names a place. */
const placeName = (location: ListingLocation): string => location.name ?? (location.address ? formatAddress(location.address) : '');

/**
 * Everything the feed says about a listing, as a summary list with a visible label per row (GOV.UK's summary
 * list): places, hours (one table per place, and nothing beside it that could contradict it), phones, chat,
 * contacts, languages, eligibility, cost, what to bring, how to apply, accessibility and links; then "Add to
 * contacts". A lazy chunk: the card imports it when a visitor opens the details.
 */
export function renderDetails(listing: Listing, context: DetailsContext): TemplateResult {
  const { localizer, feedText } = context;
  const t = localizer.t.bind(localizer);
  const f = localizer.format;
  const row = (label: string, body: unknown) => html`<dt>${label}</dt><dd>${body}</dd>`;
  const list = (items: unknown[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
  const external = (href: string, text: unknown) => html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`;

  const languages = listing.languages.map((language) => languageName(language, localizer)).filter(Boolean);
  const accessibility = [...new Set(listing.locations.flatMap((location) => location.accessibility))];
  const transportation = [...new Set(listing.locations.map((location) => location.transportation).filter(Boolean))];
  const areas = listing.serviceAreas.map((area) => area.name ?? area.description).filter((area) => area !== undefined);
  const ages = listing.minimumAge !== undefined || listing.maximumAge !== undefined ? t('ages', listing.minimumAge, listing.maximumAge) : '';
  const hours = hoursByPlace(listing);
  const chat = chatHref(listing);
  const website = webHref(listing.url);
  const links = (listing.links ?? []).filter((link) => webHref(link.url) && link.url !== chat);
  const pages = [
    ...(website ? [external(website, website)] : []),
    ...links.map((link) => html`${link.label ? html`${feedText(link.label)} · ` : nothing}${external(link.url, link.url)}`),
  ];
  const email = mailtoHref(listing.email);
  const documents = listing.requiredDocuments ?? [];
  const contacts = listing.contacts ?? [];
  const payments = listing.paymentsAccepted ?? [];
  const cost = costLines(listing, context);
  // The open card shows the whole summary above: the description goes on from where the summary ends.
  const { summary = '' } = listing;
  const description = (summary && listing.description?.startsWith(summary) ? listing.description.slice(summary.length) : listing.description)?.trim();
  return html`${description
      ? html`<div class="description" lang=${context.feedLang ?? nothing} dir="auto">${description.split('\n\n').map((paragraph) => html`<p>${paragraph}</p>`)}</div>`
      : nothing}
    <dl class="detail-list">
      ${listing.locations.length ? row(t('locations'), list(listing.locations.map((location) => placeItem(location, context)))) : nothing}
      ${hours.length ? row(t('hours'), hours.map((place) => hoursBlock(place, context))) : nothing}
      ${listing.phones.length
        ? row(t('phones'), list(listing.phones.map((phone) => html`${context.phone(phone)}${phone.description ? html` · ${feedText(phone.description)}` : nothing}`)))
        : nothing}
      ${chat ? row(t('chat'), external(chat, chat)) : nothing}
      ${contacts.length
        ? row(t('contacts'), list(contacts.map((contact) => {
            const role = [contact.title, contact.department].filter(Boolean).join(' · ');
            const address = mailtoHref(contact.email);
            // A listing the host page hands over may give a contact without its phones.
            return html`${contact.name ? html`<strong>${feedText(contact.name)}</strong>` : nothing}${contact.name && role ? ' · ' : nothing}${feedText(role)}
              ${(contact.phones ?? []).map((phone) => html`<br />${context.phone(phone)}`)}
              ${address ? html`<br /><a href=${address}>${contact.email}</a>` : nothing}`;
          })))
        : nothing}
      ${languages.length ? row(t('languagesSpoken'), f.list(languages)) : nothing}
      ${listing.interpretationServices ? row(t('interpretation'), feedText(listing.interpretationServices)) : nothing}
      ${listing.eligibility || ages ? row(t('eligibility'), html`${feedText(listing.eligibility)} ${ages}`) : nothing}
      ${cost.length ? row(t('fees'), cost.length === 1 ? cost[0] : list(cost)) : nothing}
      ${payments.length ? row(t('paymentAccepted'), feedText(f.list(payments))) : nothing}
      ${documents.length
        ? row(t('whatToBring'), list(documents.map((document) => {
            const href = webHref(document.url);
            return href ? external(href, feedText(document.name)) : feedText(document.name);
          })))
        : nothing}
      ${listing.applicationProcess ? row(t('howToApply'), feedText(listing.applicationProcess)) : nothing}
      ${accessibility.length ? row(t('accessibility'), list(accessibility.map((line) => feedText(line)))) : nothing}
      ${transportation.length ? row(t('transportation'), feedText(transportation.join(' '))) : nothing}
      ${areas.length ? row(t('serviceArea'), feedText(f.list(areas))) : nothing}
      ${pages.length ? row(t('website'), pages.length === 1 ? pages[0] : list(pages)) : nothing}
      ${email ? row(t('email'), html`<a href=${email}>${listing.email}</a>`) : nothing}
    </dl>
    <button part="card-action" class="action" type="button" @click=${() => downloadVCard(listing)}>${t('addToContacts')}</button>`;
}

/** The fees in the feed's words, each price ("Under 18s · £35.00 per 1 hour session"), or "Free" when that is all it says. */
function costLines(listing: Listing, { localizer, feedText }: DetailsContext): unknown[] {
  const options = (listing.costOptions ?? []).map((option) => {
    const price = priceText(option, localizer);
    const amount = [price, option.amountDescription && feedText(option.amountDescription)].filter(Boolean);
    const parts = [option.option && feedText(option.option), amount.length ? html`${amount.map((part, i) => (i ? html` ${part}` : part))}` : ''].filter(Boolean);
    return html`${parts.map((part, i) => (i ? html` · ${part}` : part))}`;
  });
  const fees = listing.fees ? [feedText(listing.fees)] : [];
  const lines = [...fees, ...options];
  return lines.length ? lines : listing.free ? [localizer.t('free')] : [];
}

/** "$12.00", "£35.00"; an amount of nothing is "Free"; an unknown currency code is written after the number. */
function priceText({ amount, currency }: CostOption, localizer: Localizer): string | undefined {
  if (amount === undefined || !Number.isFinite(amount)) return undefined;
  if (amount === 0) return localizer.t('free');
  const f = localizer.format;
  if (!currency) return f.number(amount);
  try {
    return f.number(amount, { style: 'currency', currency });
  } catch {
    return `${f.number(amount)} ${currency}`;
  }
}

/** One place's hours: its weekly table captioned with the place, its holiday and special hours, and the wording the table cannot hold. */
function hoursBlock({ location, week }: PlaceHours, context: DetailsContext): TemplateResult {
  const t = context.localizer.t.bind(context.localizer);
  const name = location ? placeName(location) : '';
  // A building's hours are captioned as such, visibly: they are not when the service itself runs.
  const caption = name
    ? context.around((place) => t(week.buildingHours ? 'buildingHours' : 'hoursAt', place), context.feedText(name))
    : week.buildingHours ? t('buildingHoursTitle') : undefined;
  const table = hasWeeklyHours(week);
  // The schedules' descriptions only where the table cannot say it all (no weekly hours, or monthly ones): where
  // it can, they only restate it, or contradict it. Their notes add to it.
  const notes = !table || week.monthly.length ? week.notes : week.remarks;
  return html`<div class="place-hours">
    ${table ? weeklyTable(week, caption, context) : caption ? html`<p class="building-hours">${caption}</p>` : nothing}
    ${week.exceptions.length ? specialHours(week.exceptions, context) : nothing}
    ${notes.length ? html`<ul>${notes.map((note) => html`<li>${context.feedText(note)}</li>`)}</ul>` : nothing}
  </div>`;
}

const rangesText = (ranges: SpecialHours['ranges'], context: DetailsContext): string =>
  context.localizer.format.list(ranges.map((range) => `${formatClock(range.opens, context.localizer.format)}–${formatClock(range.closes, context.localizer.format)}`));

function weeklyTable(week: WeeklyHours, caption: unknown, context: DetailsContext): TemplateResult {
  const t = context.localizer.t.bind(context.localizer);
  const f = context.localizer.format;
  return html`<table class=${caption ? 'week named' : 'week'}>
    ${caption ? html`<caption class="building-hours">${caption}</caption>` : html`<caption class="visually-hidden">${t('hours')}</caption>`}
    <tbody>
      ${week.days.map(
        (day) => html`<tr>
          <th scope="row">${weekdayName(day.day, f)}</th>
          <td>${day.open24Hours ? t('open24Hours') : day.ranges.length ? rangesText(day.ranges, context) : t('closed')}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Holiday closures and special hours ahead: "Thu, Dec 25 · Closed · Christmas Day". */
function specialHours(exceptions: readonly SpecialHours[], context: DetailsContext): TemplateResult {
  const t = context.localizer.t.bind(context.localizer);
  const f = context.localizer.format;
  // " · " joins parts of a line elsewhere on the card too: no language's colon conventions to follow.
  // A date breaks only around the dash of a span, never inside "Tue, Dec 22".
  const date = (day: string) => formatDate(day, f).replace(/ /g, '\u00a0');
  const days = (entry: SpecialHours) => (entry.days ? `${f.list(entry.days.map((day) => weekdayName(day, f, 'short')))} · ` : '');
  return html`<table class="week special-hours">
    <caption>${t('specialHours')}</caption>
    <tbody>
      ${exceptions.map(
        (entry) => html`<tr>
          <th scope="row">${entry.from === entry.to ? date(entry.from) : `${date(entry.from)} – ${date(entry.to)}`}</th>
          <td>${days(entry)}${entry.closed ? t('closed') : rangesText(entry.ranges, context)}${entry.notes.map((note) => html` · ${context.feedText(note)}`)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function placeItem(location: ListingLocation, { localizer, feedText }: DetailsContext): TemplateResult {
  const t = localizer.t.bind(localizer);
  const online = location.virtual ? webHref(location.url) : undefined;
  return html`${location.name ? html`<strong>${feedText(location.name)}</strong><br />` : nothing}
    ${location.address ? feedText(formatAddress(location.address)) : nothing}
    ${online
      ? html`${t('onlineAt')}: <a href=${online} target="_blank" rel="noopener noreferrer">${online}</a>`
      : location.virtual ? t('online') : nothing}
    ${location.description ? html`<br />${feedText(location.description)}` : nothing}`;
}

function languageName(language: Language, localizer: Localizer): string {
  // A code Intl cannot name falls back to the feed's own name.
  return (language.code && localizer.format.language(language.code)) || (language.name ?? language.code ?? '');
}
