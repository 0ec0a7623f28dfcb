import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ResourceDirectoryClient } from '../../sdk/index.js';
import { loadClient } from '../load-client.js';
import type { Language, Listing, ListingLocation, Phone } from '../../sdk/model.js';
import { ResourceDirectoryActionEvent, ResourceDirectorySelectEvent, type ListingAction } from '../../events/events.js';
import { Localizer } from '../../i18n/localize.js';
import { partLang } from '../../i18n/part-lang.js';
import type { Translation } from '../../i18n/translations/en.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formatAddress } from './address.js';
import { cardStyles } from './card.styles.js';
import { directionsUrl, type MapProvider } from './directions.js';
import { mainPlace, shareText } from './share-text.js';
import { downloadVCard } from './vcard.js';
import { mailtoHref, smsHref, telHref } from './contact-links.js';
import { encodeUriText } from '../../sdk/normalize/clean-text.js';
import { savedStore } from '../saved/saved-store.js';
import { groupKinds } from './group-kinds.js';
import { nextOccurrence, openingStatus, weeklyHours, type SpecialHours } from '../../sdk/hours/index.js';
import { formatClock, formatDate, formatWhen, weekdayName } from './hours-text.js';
import { Confirmation, confirmationStyles } from '../confirmation.js';

const PHONE_KIND_KEYS: Record<string, keyof Translation> = {
  text: 'phoneKindText',
  fax: 'phoneKindFax',
  cell: 'phoneKindCell',
  video: 'phoneKindVideo',
  textphone: 'phoneKindTextphone',
};

/**
 * One listing as a card: name as a heading, organization, status, alert, short description, the main
 * phone and address, actions (call, text, directions, website, email, share, save) and a disclosure with
 * every detail the feed gives. Given a `listing` it renders it; given `feed` and `listing-id` it loads it.
 *
 * @tagname resource-card
 * @summary A single service listing.
 *
 * @event rd-select - The visitor opened the details. `detail: { listingId }`.
 * @event rd-action - The visitor used an action. `detail: { action, listingId }`, no personal data.
 *
 * @csspart card - The card's outer `<article>`.
 * @csspart card-title - The heading with the service name.
 * @csspart card-organization - The line naming the organization.
 * @csspart card-status - The badge shown when a service is temporarily closed or no longer offered.
 * @csspart card-alert - A short-term notice from the provider.
 * @csspart card-hours - "Open now · closes 5:00 PM", or a group's next meeting.
 * @csspart card-summary - The short description.
 * @csspart card-contact - The main phone and address.
 * @csspart card-actions - The row of action links and buttons.
 * @csspart card-action - Each action link or button.
 * @csspart card-details-toggle - The button that shows and hides the details.
 * @csspart card-details - The details region.
 * @csspart card-tags - How a support group is run and attended (peer-led, online, …), when the feed says.
 * @csspart card-freshness - When the listing was last verified, and the "Report a problem" link.
 *
 * @cssproperty --rd-font-family - Font. Default: the host page's.
 * @cssproperty --rd-text-color - Text color. Default: the page's text color.
 * @cssproperty --rd-muted-color - Secondary text color.
 * @cssproperty --rd-surface-color - Card background. Default: transparent.
 * @cssproperty --rd-border-color - Card border color.
 * @cssproperty --rd-accent-color - Links, action buttons and focus rings.
 * @cssproperty --rd-accent-text-color - Text on accent-colored buttons.
 * @cssproperty --rd-warning-color - Status badge and alert.
 * @cssproperty --rd-radius - Corner radius.
 * @cssproperty --rd-spacing - Padding inside the card.
 */
export class ResourceDirectoryCard extends LitElement {
  /** Marks the class as ours, so a second copy of the bundle on the page recognises it. */
  static readonly library = 'resource-directory';

  static override styles = [baseStyles, cardStyles, confirmationStyles];

  static override properties = {
    listing: { attribute: false },
    feed: { reflect: true },
    listingId: { attribute: 'listing-id', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    mapProvider: { attribute: 'map-provider' },
    staleAfterMonths: { attribute: 'stale-after-months', type: Number },
    units: {},
    reportUrl: { attribute: 'report-url' },
    feedLang: { attribute: 'feed-lang' },
    client: { attribute: false },
    announce: { attribute: false },
    saved: { state: true },
    expanded: { state: true },
    loadFailed: { state: true },
    notice: { state: true },
  };

  /** The listing to show, as returned by the SDK. */
  listing?: Listing;
  /** Feed to load the listing from when `listing` is not set: the base URL of an HSDS API or a JSON file. */
  feed?: string;
  /** Id of the service to load from `feed`. */
  listingId?: string;
  /** Level of the heading that holds the service name (2 to 6). */
  headingLevel = 3;
  /** Where Directions opens: `google`, `apple`, `osm`, or an https URL template with {address}, {lat}, {lon}. */
  mapProvider: MapProvider = 'google';
  /** Units for the distance to a listing found near a place: `mi` or `km`. */
  units: 'mi' | 'km' = 'mi';
  /** After how many months since it was last verified a listing is flagged "may be out of date". */
  staleAfterMonths = 12;
  /** Where "Report a problem" goes: a `mailto:` address or an https page; the feed publisher's email by default. */
  reportUrl?: string;
  /** Language the feed's text is written in; marked on it when the interface is in another language. */
  feedLang = 'en';
  /** A configured SDK client; by default one is made from `feed`. */
  client?: ResourceDirectoryClient;
  /**
   * Where the card's status messages ("Saved", "Copied") go. By default the card's own polite live region;
   * the directory passes its own, so a page has one region rather than one per card.
   */
  announce?: (message: string) => void;

  private saved = false;
  private expanded = false;
  private loadFailed = false;
  private notice = '';
  private localizer = new Localizer(this);
  /** "Copied", "Saved …": shown for a moment below the actions, as well as announced. */
  #confirmation = new Confirmation(this);
  #loadController?: AbortController;

  #unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = savedStore.subscribe(() => this.#syncSaved());
    this.#syncSaved();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loadController?.abort();
    this.#unsubscribe?.();
  }

  #syncSaved(): void {
    this.saved = this.listing ? savedStore.has(this.listing.id) : false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('listing')) this.#syncSaved();
    if ((changed.has('feed') || changed.has('listingId') || changed.has('client')) && this.listingId) {
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    if (!this.listingId || (!this.client && !this.feed)) return;
    this.#loadController?.abort();
    const controller = (this.#loadController = new AbortController());
    try {
      const client = this.client ?? (await loadClient(new URL(this.feed!, document.baseURI).href));
      const listing = await client.get(this.listingId, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.listing = listing;
      this.loadFailed = false;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.loadFailed = true;
      console.warn(`<resource-card>: could not load listing "${this.listingId}"`, error);
    }
  }

  /** Moves keyboard focus to the card's heading, e.g. to the first new card after "show more". */
  focusTitle(): void {
    const title = this.renderRoot.querySelector<HTMLElement>('#title');
    if (!title) return;
    title.tabIndex = -1;
    title.focus();
  }

  override render(): TemplateResult {
    const listing = this.listing;
    const t = this.localizer.t.bind(this.localizer);
    if (!listing) {
      return html`<article part="card" class="card" aria-busy=${this.loadFailed ? 'false' : 'true'}>
        <p class="summary">${this.loadFailed ? t('listingNotFound') : t('loading')}</p>
      </article>`;
    }
    const status =
      listing.status === 'temporarily closed' ? t('temporarilyClosed') : listing.status === 'active' ? '' : t('inactive');
    const place = mainPlace(listing);
    const mainPhone = listing.phones.find((phone) => phone.kind !== 'fax');
    return html`<article part="card" class="card" aria-labelledby="title">
      ${this.#heading(this.#feedText(listing.name))}
      ${listing.organization && listing.organization.name !== listing.name
        ? html`<p part="card-organization" class="organization">${this.#around((name) => t('offeredBy', name), this.#feedText(listing.organization.name))}</p>`
        : nothing}
      ${status ? html`<p part="card-status" class="badge">${status}</p>` : nothing}
      ${this.#groupTags(listing)}
      ${listing.alert ? html`<p part="card-alert" class="alert"><strong>${t('alert')}:</strong> ${this.#feedText(listing.alert)}</p>` : nothing}
      ${this.#hoursLine(listing)}
      ${listing.summary ? html`<p part="card-summary" class="summary">${this.#feedText(listing.summary)}</p>` : nothing}
      ${mainPhone || place?.address
        ? html`<dl part="card-contact" class="contact">
            ${mainPhone ? html`<dt>${t('phone')}</dt><dd>${this.#phone(mainPhone)}</dd>` : nothing}
            ${place?.address
              ? html`<dt>${t('address')}</dt><dd>${this.#feedText(formatAddress(place.address))}${this.#distance(listing)}</dd>`
              : nothing}
          </dl>`
        : nothing}
      ${this.#actions(listing, place)}
      ${this.#confirmation.render()}
      ${this.#freshness(listing)}
      <button part="card-details-toggle" class="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="details" @click=${this.#toggleDetails}>
        ${this.expanded ? t('fewerDetails') : t('moreDetails')}
      </button>
      <div part="card-details" id="details" class="details" ?hidden=${!this.expanded}>
        ${this.expanded ? this.#details(listing) : nothing}
      </div>
      ${this.announce ? nothing : html`<p class="visually-hidden" role="status">${this.notice}</p>`}
    </article>`;
  }

  #heading(name: unknown): TemplateResult {
    switch (this.headingLevel) {
      case 2:
        return html`<h2 id="title" part="card-title" class="title">${name}</h2>`;
      case 4:
        return html`<h4 id="title" part="card-title" class="title">${name}</h4>`;
      case 5:
        return html`<h5 id="title" part="card-title" class="title">${name}</h5>`;
      case 6:
        return html`<h6 id="title" part="card-title" class="title">${name}</h6>`;
      default:
        return html`<h3 id="title" part="card-title" class="title">${name}</h3>`;
    }
  }

  #phoneLabel(phone: Phone): string {
    return phone.extension ? this.localizer.t('extension', phone.number, phone.extension) : phone.number;
  }

  /** The number kept left to right (an Arabic interface would otherwise reorder "(503) 555-0142"). */
  #phoneText(phone: Phone): unknown {
    const number = html`<span dir="ltr">${phone.number}</span>`;
    return phone.extension ? this.#around((value) => this.localizer.t('extension', value, phone.extension!), number) : number;
  }

  #phone(phone: Phone): TemplateResult {
    const label = this.#phoneText(phone);
    const kindKey = PHONE_KIND_KEYS[phone.kind];
    const kind = kindKey ? ` (${this.localizer.t(kindKey as 'phoneKindText')})` : '';
    if (phone.kind === 'fax') return html`${label}${kind}`;
    const href = phone.kind === 'text' ? smsHref(phone) : telHref(phone);
    if (!href) return html`${label}${kind}`;
    return html`<a href=${href} @click=${() => this.#emit(phone.kind === 'text' ? 'text' : 'call')}>${label}</a>${kind}`;
  }

  #actions(listing: Listing, place: ListingLocation | undefined): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    const voice = listing.phones.find((phone) => phone.kind !== 'fax' && phone.kind !== 'text');
    const textable = listing.phones.find((phone) => phone.kind === 'text' || phone.kind === 'cell');
    const directions = place ? directionsUrl(place, this.mapProvider) : undefined;
    const website = listing.url ?? listing.organization?.url;
    const call = voice && telHref(voice);
    const text = textable && smsHref(textable);
    const email = mailtoHref(listing.email);
    const link = (action: ListingAction, href: string, text: string, label?: string, external = false) =>
      html`<a part="card-action" class="action" href=${href} aria-label=${label ?? nothing}
        target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}
        @click=${() => this.#emit(action)}>${text}</a>`;
    return html`<div part="card-actions" class="actions" role="group" aria-label=${t('actions', listing.name)}>
      ${call ? link('call', call, t('call'), t('callNamed', this.#phoneLabel(voice!))) : nothing}
      ${text ? link('text', text, t('text'), t('textNamed', this.#phoneLabel(textable!))) : nothing}
      ${directions ? link('directions', directions, t('directions'), t('directionsTo', place?.name ?? listing.name), true) : nothing}
      ${website ? link('website', website, t('website'), undefined, true) : nothing}
      ${email ? link('email', email, t('email')) : nothing}
      <button part="card-action" class="action" type="button" @click=${this.#share}>${t('share')}</button>
      <button part="card-action" class="action" type="button" aria-pressed=${this.saved ? 'true' : 'false'} @click=${this.#toggleSaved}>
        ${this.saved ? t('saved') : t('save')}
      </button>
    </div>`;
  }

  #details(listing: Listing): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    const f = this.localizer.format;
    // A building's hours are not the service's: their wording is shown only when the service has none of its own.
    const ownHours = listing.schedules.some((schedule) => schedule.level !== 'location');
    const described = ownHours ? listing.schedules.filter((schedule) => schedule.level !== 'location') : listing.schedules;
    const hours = [...new Set(described.map((schedule) => schedule.description).filter(Boolean))];
    const languages = listing.languages.map((language) => this.#languageName(language)).filter(Boolean);
    const accessibility = [...new Set(listing.locations.flatMap((location) => location.accessibility))];
    const transportation = [...new Set(listing.locations.map((location) => location.transportation).filter(Boolean))];
    const areas = listing.serviceAreas.map((area) => area.name ?? area.description).filter(Boolean);
    const ages = listing.minimumAge !== undefined || listing.maximumAge !== undefined
      ? t('ages', listing.minimumAge, listing.maximumAge) : '';
    const feed = (text: unknown) => this.#feedText(text);
    const eligibility = listing.eligibility || ages ? html`${feed(listing.eligibility)} ${ages}` : '';
    const fees = listing.fees ? feed(listing.fees) : listing.free ? t('free') : '';
    const section = (title: string, body: unknown) => html`<dt>${title}</dt><dd>${body}</dd>`;
    const email = mailtoHref(listing.email);
    return html`<dl class="detail-list">
      ${listing.description && listing.description !== listing.summary
        ? html`<dd class="description" lang=${this.#feedTextLang() ?? nothing} dir="auto">${listing.description.split('\n\n').map((paragraph) => html`<p>${paragraph}</p>`)}</dd>`
        : nothing}
      ${listing.locations.length ? section(t('locations'), html`<ul>${listing.locations.map((location) => this.#location(location))}</ul>`) : nothing}
      ${hours.length || listing.schedules.length
        ? section(t('hours'), html`${this.#weeklyTable(listing)}${hours.length ? html`<ul>${hours.map((line) => html`<li>${feed(line)}</li>`)}</ul>` : nothing}`)
        : nothing}
      ${listing.phones.length
        ? section(t('phones'), html`<ul>${listing.phones.map((phone) => html`<li>${this.#phone(phone)}${phone.description ? html` · ${feed(phone.description)}` : nothing}</li>`)}</ul>`)
        : nothing}
      ${languages.length ? section(t('languagesSpoken'), f.list(languages)) : nothing}
      ${listing.interpretationServices ? section(t('interpretation'), feed(listing.interpretationServices)) : nothing}
      ${eligibility ? section(t('eligibility'), eligibility) : nothing}
      ${fees ? section(t('fees'), fees) : nothing}
      ${listing.applicationProcess ? section(t('howToApply'), feed(listing.applicationProcess)) : nothing}
      ${accessibility.length ? section(t('accessibility'), html`<ul>${accessibility.map((line) => html`<li>${feed(line)}</li>`)}</ul>`) : nothing}
      ${transportation.length ? section(t('transportation'), feed(transportation.join(' '))) : nothing}
      ${areas.length ? section(t('serviceArea'), feed(f.list(areas as string[]))) : nothing}
      ${listing.url ? section(t('website'), html`<a href=${listing.url} target="_blank" rel="noopener noreferrer">${listing.url}</a>`) : nothing}
      ${email ? section(t('email'), html`<a href=${email}>${listing.email}</a>`) : nothing}
    </dl>
    <button part="card-action" class="action" type="button" @click=${() => downloadVCard(listing)}>${t('addToContacts')}</button>`;
  }

  /** "Open now · closes 5:00 PM", "Closed · opens Tue 9:00 AM", or the next meeting of a group. */
  #hoursLine(listing: Listing): TemplateResult | typeof nothing {
    const t = this.localizer.t.bind(this.localizer);
    const f = this.localizer.format;
    const now = new Date();
    if (groupKinds(listing).some((kind) => kind === 'peer' || kind === 'professional')) {
      const meeting = nextOccurrence(listing, now);
      if (meeting) {
        const online = meeting.attendingType && /online|virtual|video|phone/i.test(meeting.attendingType) ? ` (${t('online')})` : '';
        const text = meeting.inProgress
          ? t('meetingNow', formatWhen(meeting.end, meeting.timeZone, now, f))
          : t('nextMeeting', formatWhen(meeting.start, meeting.timeZone, now, f));
        return html`<p part="card-hours" class="hours">${text}${online}</p>`;
      }
    }
    const status = openingStatus(listing, now);
    // The location's hours stand in for a service that publishes none: say whose hours they are.
    const whose = (text: string) => (status.buildingHours ? t('buildingHours', text) : text);
    if (status.state === 'open') {
      const text = status.changesAt && status.timeZone ? t('openCloses', formatWhen(status.changesAt, status.timeZone, now, f)) : t('open24Hours');
      return html`<p part="card-hours" class="hours open">${whose(text)}</p>`;
    }
    if (status.state === 'closed' && status.changesAt && status.timeZone) {
      return html`<p part="card-hours" class="hours">${whose(t('closedOpens', formatWhen(status.changesAt, status.timeZone, now, f)))}</p>`;
    }
    if (status.reason === 'expired') return html`<p part="card-hours" class="hours">${t('hoursMayHaveChanged')}</p>`;
    return nothing;
  }

  #weeklyTable(listing: Listing): TemplateResult | typeof nothing {
    const t = this.localizer.t.bind(this.localizer);
    const f = this.localizer.format;
    const week = weeklyHours(listing);
    const special = week.exceptions.length ? this.#specialHours(week.exceptions) : nothing;
    if (!week.days.some((day) => day.ranges.length || day.open24Hours)) return special;
    // A building's hours are captioned as such, visibly: they are not when the service itself runs.
    return html`<table class="week">
      ${week.buildingHours ? html`<caption class="building-hours">${t('buildingHoursTitle')}</caption>` : html`<caption class="visually-hidden">${t('hours')}</caption>`}
      <tbody>
        ${week.days.map(
          (day) => html`<tr>
            <th scope="row">${weekdayName(day.day, f)}</th>
            <td>${day.open24Hours
              ? t('open24Hours')
              : day.ranges.length
                ? f.list(day.ranges.map((range) => `${formatClock(range.opens, f)}–${formatClock(range.closes, f)}`))
                : t('closed')}</td>
          </tr>`,
        )}
      </tbody>
    </table>${special}`;
  }

  /** Holiday closures and special hours ahead: "Thu, Dec 25 · Closed". */
  #specialHours(exceptions: readonly SpecialHours[]): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    const f = this.localizer.format;
    const ranges = (entry: SpecialHours) => f.list(entry.ranges.map((range) => `${formatClock(range.opens, f)}–${formatClock(range.closes, f)}`));
    const hours = (entry: SpecialHours) => (entry.closed ? t('closed') : ranges(entry));
    // " · " joins parts of a line elsewhere on the card too: no language's colon conventions to follow.
    const days = (entry: SpecialHours) => (entry.days ? `${f.list(entry.days.map((day) => weekdayName(day, f, 'short')))} · ` : '');
    return html`<table class="week special-hours">
      <caption>${t('specialHours')}</caption>
      <tbody>
        ${exceptions.map(
          (entry) => html`<tr>
            <th scope="row">${entry.from === entry.to ? formatDate(entry.from, f) : `${formatDate(entry.from, f)} – ${formatDate(entry.to, f)}`}</th>
            <td>${days(entry)}${hours(entry)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #distance(listing: Listing): string {
    if (listing.distanceKm === undefined) return '';
    const miles = this.units === 'mi';
    const value = miles ? listing.distanceKm / 1.609344 : listing.distanceKm;
    const unit = miles ? 'mile' : 'kilometer';
    return ` · ${this.localizer.format.number(value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 })}`;
  }

  #groupTags(listing: Listing): TemplateResult | typeof nothing {
    const kinds = groupKinds(listing);
    if (!kinds.length) return nothing;
    const labels = { peer: 'groupPeer', professional: 'groupProfessional', online: 'groupOnline', inPerson: 'groupInPerson' } as const;
    return html`<ul part="card-tags" class="tags">${kinds.map((kind) => html`<li>${this.localizer.t(labels[kind])}</li>`)}</ul>`;
  }

  #freshness(listing: Listing): TemplateResult | typeof nothing {
    const t = this.localizer.t.bind(this.localizer);
    const report = this.#reportHref(listing);
    if (!listing.assuredDate && !report) return nothing;
    const old = listing.assuredDate ? isOlderThanMonths(listing.assuredDate, this.staleAfterMonths) : false;
    return html`<p part="card-freshness" class=${old ? 'verified old' : 'verified'}>
      ${listing.assuredDate ? t('lastVerified', this.#monthYear(listing.assuredDate)) : nothing}
      ${old ? html`<strong>${t('mayBeOutOfDate')}</strong>` : nothing}
      ${report ? html`<a href=${report} target=${report.startsWith('https:') ? '_blank' : nothing} rel="noopener noreferrer">${t('reportProblem')}</a>` : nothing}
    </p>`;
  }

  #reportHref(listing: Listing): string | undefined {
    const target = this.reportUrl?.trim();
    if (!target) return undefined;
    if (/^mailto:/i.test(target)) {
      const subject = encodeUriText(this.localizer.t('reportSubject', listing.name, listing.id));
      return `${target.split('?')[0]}?subject=${subject}`;
    }
    return /^https:\/\//i.test(target) ? target : undefined;
  }

  #location(location: ListingLocation): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    return html`<li>
      ${location.name ? html`<strong>${this.#feedText(location.name)}</strong><br />` : nothing}
      ${location.address ? this.#feedText(formatAddress(location.address)) : nothing}
      ${location.virtual && location.url
        ? html`${t('onlineAt')}: <a href=${location.url} target="_blank" rel="noopener noreferrer">${location.url}</a>`
        : location.virtual ? t('online') : nothing}
      ${location.description ? html`<br />${this.#feedText(location.description)}` : nothing}
    </li>`;
  }

  #languageName(language: Language): string {
    // A code Intl cannot name falls back to the feed's own name.
    return (language.code && this.localizer.format.language(language.code)) || (language.name ?? language.code ?? '');
  }

  #monthYear(date: string): string {
    const parsed = new Date(`${date.slice(0, 10)}T12:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? date : this.localizer.format.date(parsed, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  #toggleDetails(): void {
    this.expanded = !this.expanded;
    if (this.expanded && this.listing) this.dispatchEvent(new ResourceDirectorySelectEvent(this.listing.id));
  }

  #toggleSaved(): void {
    if (!this.listing) return;
    if (this.saved) savedStore.remove(this.listing.id);
    else savedStore.save(this.listing);
    this.#notify(this.localizer.t(this.saved ? 'savedNotice' : 'removedNotice', this.listing.name));
    this.#emit(this.saved ? 'save' : 'unsave');
  }

  async #share(): Promise<void> {
    const listing = this.listing;
    if (!listing) return;
    this.#emit('share');
    const text = shareText(listing);
    const url = listing.url ?? listing.organization?.url;
    try {
      if (navigator.share) {
        await navigator.share({ title: listing.name, text, ...(url ? { url } : {}) });
        return;
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError') return; // the visitor closed the share sheet
    }
    try {
      await navigator.clipboard.writeText(text);
      this.#notify(this.localizer.t('copied'));
    } catch {
      // Clipboard blocked (permissions policy, insecure page): nothing more to try without a dialog.
    }
  }

  #notify(message: string): void {
    if (this.announce) this.announce(message);
    else this.notice = message;
    this.#confirmation.show(message);
  }

  /**
   * Feed text, marked with the feed's language when the interface is in another one (WCAG 3.1.2), so a
   * screen reader reads an English address with English rules inside a Spanish interface, and laid out in
   * its own direction inside an Arabic one.
   */
  #feedText(text: unknown): unknown {
    if (!text) return text;
    // Isolated always: an unterminated right-to-left override in an address must not reverse our " · 0 mi".
    const lang = this.#feedTextLang();
    return lang ? html`<span lang=${lang} dir="auto">${text}</span>` : html`<span dir="auto">${text}</span>`;
  }

  /** The `lang` feed text needs here, or undefined when the interface is in the feed's language. */
  #feedTextLang(): string | undefined {
    return partLang(this.feedLang, this.localizer.lang);
  }

  /** A translated sentence around a value rendered on its own (marked with its language or direction). */
  #around(sentence: (placeholder: string) => string, value: unknown): unknown {
    const [before, after = ''] = sentence('\u0000').split('\u0000');
    return html`${before}${value}${after}`;
  }

  #emit(action: ListingAction): void {
    if (this.listing) this.dispatchEvent(new ResourceDirectoryActionEvent(action, this.listing.id));
  }
}

function isOlderThanMonths(date: string, months: number): boolean {
  const checked = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(checked.getTime())) return false;
  const limit = new Date();
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return checked < limit;
}
