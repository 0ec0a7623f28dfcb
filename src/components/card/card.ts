import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ResourceDirectoryClient } from '../../sdk/index.js';
import { loadClient } from '../load-client.js';
import type { Listing, ListingLocation, Phone } from '../../sdk/model.js';
import { ResourceDirectoryActionEvent, ResourceDirectorySelectEvent, type ListingAction } from '../../events/events.js';
import { Localizer } from '../../i18n/localize.js';
import { partLang } from '../../i18n/part-lang.js';
import type { Translation } from '../../i18n/translations/en.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formatAddress } from '../listing-format/address.js';
import { cardStyles } from './card.styles.js';
import { directionsUrl, type MapProvider } from './directions.js';
import { mainPlace, shareText } from '../listing-format/share-text.js';
import { mailtoHref, smsHref, telHref } from '../listing-format/contact-links.js';
import { formatDistance } from '../listing-format/distance.js';
import { listingWebsite } from '../listing-format/website.js';
import { iconPath, type IconName } from './icons.js';
import { displayNumber, listingCallingCode } from '../listing-format/phone-format.js';
import { encodeUriText } from '../../sdk/normalize/clean-text.js';
import { savedStore } from '../saved/saved-store.js';
import { groupKinds } from './group-kinds.js';
import { nextOccurrence, openingStatus } from '../../sdk/hours/index.js';
import { formatWhen } from '../listing-format/hours-text.js';
import type { DetailsContext } from './card-details.js';
import { lazy } from '../lazy.js';
import { Confirmation, confirmationStyles } from '../confirmation.js';

const PHONE_KIND_KEYS: Record<string, keyof Translation> = {
  text: 'phoneKindText',
  fax: 'phoneKindFax',
  cell: 'phoneKindCell',
  video: 'phoneKindVideo',
  textphone: 'phoneKindTextphone',
};

/** One thing a visitor can do with a listing, as a link or a button. */
interface CardAction {
  action: ListingAction;
  icon: IconName;
  /** Plain text, or a `<span>` holding more (the number in "Call …"). */
  label: string | TemplateResult;
  /** The accessible name, when the visible label alone would be ambiguous ("Directions to …"). */
  name?: string;
  href?: string;
  external?: boolean;
  pressed?: boolean;
  run?: () => void;
}

// The details, drawn only when a visitor opens them, are a chunk of their own (with the vCard and chat link
// they alone use): fetched when the visitor points at or focuses "Details", so the first cards never wait for it.
const detailsChunk = lazy(() => import('./card-details.js'));

/** Secondary actions shown in a card's row; the rest go under "More". */
const SHOWN_SECONDARY = 3;

/**
 * One listing as a card: the service's name as a heading, its provider, one status line (open now, closes,
 * next meeting), a two-line summary, distance and town, one primary action (Call when there is a phone, else
 * Directions or Website), up to three secondary actions with the rest under "More", and "Details", a
 * disclosure with every detail the feed gives. Given a `listing` it renders it; given `feed` and
 * `listing-id` it loads it.
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
 * @csspart card-hours - The status line: "Open now · closes 5:00 PM", or a group's next meeting.
 * @csspart card-summary - The short description, two lines at most until the details are open.
 * @csspart card-contact - Distance and town (and the phone number, when no link can dial it).
 * @csspart card-primary - The primary action: Call with the number, else Directions or Website.
 * @csspart card-actions - The row of secondary actions and the "More" button.
 * @csspart card-action - Each action link or button, the primary one included.
 * @csspart card-more - The actions shown by "More".
 * @csspart card-details-toggle - The "Details" button, which shows and hides the details.
 * @csspart card-details - The details region.
 * @csspart card-tags - How a support group is run and attended (peer-led, online, …), when the feed says.
 * @csspart card-freshness - When the listing was last verified, and "Report a problem": on the card when it may be out of date, else in the details.
 *
 * @cssproperty --rd-font-family - Font. Default: the system's sans-serif; give your page's font stack to match the page.
 * @cssproperty --rd-font-size - Body text size; the rest of the type scale follows it. Default: the page's, at least 16 px.
 * @cssproperty --rd-text-color - Text color. Default: the page's text color.
 * @cssproperty --rd-muted-color - Secondary text color.
 * @cssproperty --rd-surface-color - Card background. Default: a faint tint of the text color.
 * @cssproperty --rd-border-color - Card border color.
 * @cssproperty --rd-accent-color - The primary action, links and focus rings. Default: petrol, light or dark with the page's `color-scheme`.
 * @cssproperty --rd-accent-text-color - Text on the accent color.
 * @cssproperty --rd-focus-color - Focus rings. Default: the accent color.
 * @cssproperty --rd-warning-color - Status badge and alert.
 * @cssproperty --rd-radius - Corner radius of buttons; the card's is one and a half times it.
 * @cssproperty --rd-spacing - Padding inside the card; the gaps inside it are fractions of it.
 */
export class ResourceDirectoryCard extends LitElement {
  /** Marks the class as ours, so a second copy of the bundle on the page recognises it. */
  static readonly library = 'resource-directory';

  static override styles = [baseStyles, cardStyles, confirmationStyles];

  static override properties = {
    listing: { attribute: false },
    feed: { reflect: true },
    listingId: { attribute: 'listing-id', reflect: true },
    layout: { reflect: true },
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
    moreOpen: { state: true },
    loadFailed: { state: true },
    detailsFailed: { state: true },
    notice: { state: true },
  };

  /** The listing to show, as returned by the SDK. */
  listing?: Listing;
  /** Feed to load the listing from when `listing` is not set: the base URL of an HSDS API or a JSON file. */
  feed?: string;
  /** Id of the service to load from `feed`. */
  listingId?: string;
  /** `list` (default), `grid` (a narrow card of even height) or `compact` (name, status line, Call and Details; the rest under "More"). */
  layout: 'list' | 'grid' | 'compact' = 'list';
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
  private moreOpen = false;
  private loadFailed = false;
  /** The details' chunk could not be fetched (offline): the open region says so and offers to try again. */
  private detailsFailed = false;
  private notice = '';
  private localizer = new Localizer(this);
  /** "Copied", "Saved …": shown for a moment below the actions, as well as announced. */
  #confirmation = new Confirmation(this);
  #loadController?: AbortController;
  /** The details' chunk while it is being fetched for this card. */
  #detailsPending?: Promise<void>;

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

  /** Resolves once the card is drawn as asked: with its details, when they are open and their chunk is on its way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#detailsPending) {
      await this.#detailsPending;
      complete = await super.getUpdateComplete();
    }
    return complete;
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
    const code = listingCallingCode(listing);
    const { primary, secondary } = this.#actionList(listing, place, code);
    const shown = this.layout === 'compact' ? [] : secondary.slice(0, SHOWN_SECONDARY);
    const more = secondary.slice(shown.length);
    const old = this.#isOld(listing);
    // Written without white space between elements, and plain text set as a property rather than a child
    // part: every text and marker comment node is paid for once per card on the page (issue #17: at most 80
    // nodes a collapsed card). What a closed menu or closed details would hold is rendered when they open.
    return html`<article part="card" class=${this.expanded ? 'card expanded' : 'card'} aria-labelledby="title"
      >${this.#heading(listing.name)}${listing.organization && listing.organization.name !== listing.name
        ? this.#organization(listing.organization.name)
        : nothing}${this.#notes(listing, status)}${this.#hoursAndSummary(listing)}${old ? this.#freshness(listing, old) : nothing}<div class="place-row"
        >${this.#placeLine(listing, place, primary?.action === 'call' ? undefined : listing.phones.find((phone) => phone.kind !== 'fax'), code)}<button
          part="card-details-toggle" class="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="details" @click=${this.#toggleDetails} @pointerenter=${prefetchDetails} @focus=${prefetchDetails}><span .textContent=${t('moreDetails')}></span><svg
          class="icon icon-chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${iconPath('chevron')}></path></svg></button
      ></div><div class="footer" role="group" aria-label=${t('actions', listing.name)}
        >${primary ? this.#action(primary, true) : nothing}<div part="card-actions" class="actions"
          >${this.#action(shown[0])}${this.#action(shown[1])}${this.#action(shown[2])}${more.length
            ? html`<button part="card-action" class="action more-toggle" type="button" aria-expanded=${this.moreOpen ? 'true' : 'false'}
                aria-controls="more" @click=${this.#toggleMore}><svg class="icon icon-more" viewBox="0 0 24 24" aria-hidden="true"
                focusable="false"><path d=${iconPath('more')}></path></svg><span .textContent=${t('moreActions')}></span></button>`
            : nothing}</div
        >${more.length
          ? this.#moreMenu(more)
          : nothing}</div
      >${this.#messagesAndDetails(listing, code, old)}</article>`;
  }

  /** The actions under "More", rendered when it opens. */
  #moreMenu(more: CardAction[]): TemplateResult {
    return html`<div part="card-more" id="more" class="more" ?hidden=${!this.moreOpen} @keydown=${this.#closeMore}
      >${this.moreOpen ? more.map((action) => this.#action(action)) : nothing}</div>`;
  }

  /** The messages (see `#messages`), then the details region: empty and hidden, with no message, on most cards. */
  #messagesAndDetails(listing: Listing, code: string | undefined, old: boolean): TemplateResult {
    const messages = this.#messages();
    if (!this.expanded && messages === nothing) return html`<div part="card-details" id="details" class="details" hidden></div>`;
    const chunk = detailsChunk.value;
    const pending = this.expanded && !chunk && !this.detailsFailed;
    return html`${messages}<div part="card-details" id="details" class="details" ?hidden=${!this.expanded} aria-busy=${pending ? 'true' : nothing}
      >${this.expanded ? html`${chunk ? this.#details(chunk, listing, code) : this.#detailsAwaited()}${old ? nothing : this.#freshness(listing, old)}` : nothing}</div>`;
  }

  /** In the open region until the details' chunk arrives: what is happening, or, offline, that it failed and a way to try again. */
  #detailsAwaited(): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    if (!this.detailsFailed) return html`<p .textContent=${t('detailsLoading')}></p>`;
    return html`<p .textContent=${t('detailsFailed')}></p><button part="card-action" class="action" type="button"
      @click=${this.#retryDetails} .textContent=${t('retry')}></button>`;
  }

  /** The confirmation shown for a moment, and the card's own live region when the directory gives none. */
  #messages(): TemplateResult | typeof nothing {
    const confirmation = this.#confirmation.render();
    if (confirmation === nothing && this.announce) return nothing;
    return html`${confirmation}${this.announce ? nothing : html`<p class="visually-hidden" role="status">${this.notice}</p>`}`;
  }

  /** A status badge, a group's tags and an alert: in one part, as most cards have none of them. */
  #notes(listing: Listing, status: string): TemplateResult | typeof nothing {
    const t = this.localizer.t.bind(this.localizer);
    const tags = this.#groupTags(listing);
    if (!status && !listing.alert) return tags;
    return html`${status ? html`<p part="card-status" class="badge" .textContent=${status}></p>` : nothing}${tags}${listing.alert
      ? html`<p part="card-alert" class="alert"><strong>${t('alert')}:</strong> ${this.#feedText(listing.alert)}</p>`
      : nothing}`;
  }

  /** The service's name, marked as feed text (see `#feedText`). */
  #heading(name: string): TemplateResult {
    const lang = this.#feedTextLang() ?? nothing;
    switch (this.headingLevel) {
      case 2:
        return html`<h2 id="title" part="card-title" class="title"><span lang=${lang} dir="auto" .textContent=${name}></span></h2>`;
      case 4:
        return html`<h4 id="title" part="card-title" class="title"><span lang=${lang} dir="auto" .textContent=${name}></span></h4>`;
      case 5:
        return html`<h5 id="title" part="card-title" class="title"><span lang=${lang} dir="auto" .textContent=${name}></span></h5>`;
      case 6:
        return html`<h6 id="title" part="card-title" class="title"><span lang=${lang} dir="auto" .textContent=${name}></span></h6>`;
      default:
        return html`<h3 id="title" part="card-title" class="title"><span lang=${lang} dir="auto" .textContent=${name}></span></h3>`;
    }
  }

  #phoneLabel(phone: Phone, code: string | undefined): string {
    const number = displayNumber(phone, code);
    return phone.extension ? this.localizer.t('extension', number, phone.extension) : number;
  }

  /** The number kept left to right (an Arabic interface would otherwise reorder "(503) 555-0142"). */
  #phoneText(phone: Phone, code: string | undefined): unknown {
    const number = html`<span dir="ltr" .textContent=${displayNumber(phone, code)}></span>`;
    return phone.extension
      ? html`<span class="phone">${this.#around((value) => this.localizer.t('extension', value, phone.extension!), number)}</span>`
      : number;
  }

  #phone(phone: Phone, code: string | undefined): TemplateResult {
    const label = this.#phoneText(phone, code);
    const kindKey = PHONE_KIND_KEYS[phone.kind];
    const kind = kindKey ? ` (${this.localizer.t(kindKey as 'phoneKindText')})` : '';
    if (phone.kind === 'fax') return html`${label}${kind}`;
    const href = phone.kind === 'text' ? smsHref(phone, code) : telHref(phone, code);
    if (!href) return html`${label}${kind}`;
    return html`<a href=${href} @click=${() => this.#emit(phone.kind === 'text' ? 'text' : 'call')}>${label}</a>${kind}`;
  }

  /**
   * What a visitor can do, most useful first: the primary action (Call when a number can be dialled, else
   * Directions, else Website), then the secondary ones, contact before the rest.
   */
  #actionList(listing: Listing, place: ListingLocation | undefined, code: string | undefined): { primary?: CardAction; secondary: CardAction[] } {
    const t = this.localizer.t.bind(this.localizer);
    const voice = listing.phones.find((phone) => phone.kind !== 'fax' && phone.kind !== 'text');
    const textable = listing.phones.find((phone) => phone.kind === 'text' || phone.kind === 'cell');
    const callHref = voice && telHref(voice, code);
    const textHref = textable && smsHref(textable, code);
    const directionsHref = place ? directionsUrl(place, this.mapProvider) : undefined;
    const websiteHref = listingWebsite(listing);
    const emailHref = mailtoHref(listing.email);
    const call: CardAction | undefined = callHref
      ? { action: 'call', icon: 'call', href: callHref, label: this.#callLabel(voice!, code) }
      : undefined;
    const directions: CardAction | undefined = directionsHref
      ? { action: 'directions', icon: 'directions', href: directionsHref, label: t('directions'), name: t('directionsTo', place?.name ?? listing.name), external: true }
      : undefined;
    const website: CardAction | undefined = websiteHref ? { action: 'website', icon: 'website', href: websiteHref, label: t('website'), external: true } : undefined;
    const primary = call ?? directions ?? website;
    const secondary = [
      textHref ? { action: 'text', icon: 'text', href: textHref, label: t('text'), name: t('textNamed', this.#phoneLabel(textable!, code)) } : undefined,
      directions,
      website,
      { action: 'save', icon: 'save', label: this.saved ? t('saved') : t('save'), pressed: this.saved, run: () => this.#toggleSaved() },
      emailHref ? { action: 'email', icon: 'email', href: emailHref, label: t('email') } : undefined,
      { action: 'share', icon: 'share', label: t('share'), run: () => void this.#share() },
    ] satisfies (CardAction | undefined)[];
    return { primary, secondary: secondary.filter((action): action is CardAction => Boolean(action) && action !== primary) };
  }

  /** "Call (503) 555-0142", the number kept left to right (see `#phoneText`), as the span an action's label is. */
  #callLabel(phone: Phone, code: string | undefined): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    const [before, after = ''] = t('callNumber', '\u0000').split('\u0000');
    const number = displayNumber(phone, code);
    if (phone.extension) {
      // "(503) 555-0142 ext. 12" kept on one line, as `#phoneText` keeps it.
      const [extBefore, extAfter = ''] = t('extension', '\u0000', phone.extension).split('\u0000');
      if (!extBefore && !after) {
        return html`<span>${before || nothing}<span class="phone"><span dir="ltr" .textContent=${number}></span>${extAfter}</span></span>`;
      }
      return html`<span>${before || nothing}<span class="phone">${extBefore || nothing}<span dir="ltr" .textContent=${number}></span>${extAfter ||
        nothing}</span>${after || nothing}</span>`;
    }
    if (!after) return html`<span>${before || nothing}<span dir="ltr" .textContent=${number}></span></span>`;
    return html`<span>${before || nothing}<span dir="ltr" .textContent=${number}></span>${after}</span>`;
  }

  #action(action: CardAction | undefined, primary = false): TemplateResult | typeof nothing {
    if (!action) return nothing;
    const part = primary ? 'card-action card-primary' : 'card-action';
    const className = primary ? 'action primary' : 'action';
    // The icon and a plain label are bound as attributes and a property: no marker comments in every action.
    const drawing = iconPath(action.icon);
    const iconClass = `icon icon-${action.icon}`;
    if (!action.href) {
      return html`<button part=${part} class=${className} type="button" aria-pressed=${action.pressed === undefined ? nothing : String(action.pressed)}
        @click=${action.run}><svg class=${iconClass} viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${drawing}></path></svg
        ><span .textContent=${action.label}></span></button>`;
    }
    const external = action.external ? '_blank' : nothing;
    const rel = action.external ? 'noopener noreferrer' : nothing;
    if (typeof action.label === 'string') {
      return html`<a part=${part} class=${className} href=${action.href} aria-label=${action.name ?? nothing} target=${external} rel=${rel}
        @click=${() => this.#emit(action.action)}><svg class=${iconClass} viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path
        d=${drawing}></path></svg><span .textContent=${action.label}></span></a>`;
    }
    return html`<a part=${part} class=${className} href=${action.href} aria-label=${action.name ?? nothing} target=${external} rel=${rel}
      @click=${() => this.#emit(action.action)}><svg class=${iconClass} viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path
      d=${drawing}></path></svg>${action.label}</a>`;
  }

  /** Distance and town: "2.3 mi · Millbrook", or "Online"; and a main phone number no link can dial. */
  #placeLine(listing: Listing, place: ListingLocation | undefined, phone: Phone | undefined, code: string | undefined): TemplateResult | typeof nothing {
    const address = place?.address;
    const town = address ? (address.city ?? formatAddress(address)) : listing.locations.some((location) => location.virtual) ? this.localizer.t('online') : '';
    const distance = this.#distance(listing);
    if (!distance && !town && !phone) return nothing;
    const lang = this.#feedTextLang() ?? nothing;
    // A number alone is not a place: it takes its own kind's icon.
    const path = iconPath(distance || town || !phone ? 'place' : phone.kind === 'text' ? 'text' : 'call');
    // The usual lines in templates of their own, as one or two text nodes; the feed's town isolated in its own
    // direction, as `#feedText` does.
    if (phone) {
      const pieces = [distance, town && (address ? this.#feedText(town) : town), this.#phoneText(phone, code)].filter(Boolean);
      return html`<p part="card-contact" class="meta"><svg class="icon icon-place" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path
        d=${path}></path></svg><span>${pieces.map((piece, i) => (i ? html` · ${piece}` : piece))}</span></p>`;
    }
    if (address && distance) {
      return html`<p part="card-contact" class="meta"><svg class="icon icon-place" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path
        d=${path}></path></svg><span>${distance} · <span lang=${lang} dir="auto" .textContent=${town}></span></span></p>`;
    }
    if (address) {
      return html`<p part="card-contact" class="meta"><svg class="icon icon-place" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path
        d=${path}></path></svg><span lang=${lang} dir="auto" .textContent=${town}></span></p>`;
    }
    return html`<p part="card-contact" class="meta"><svg class="icon icon-place" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path
      d=${path}></path></svg><span .textContent=${[distance, town].filter(Boolean).join(' · ')}></span></p>`;
  }

  #details(chunk: typeof import('./card-details.js'), listing: Listing, code: string | undefined): TemplateResult {
    const context: DetailsContext = {
      localizer: this.localizer,
      feedLang: this.#feedTextLang(),
      feedText: (text) => this.#feedText(text),
      around: (sentence, value) => this.#around(sentence, value),
      phone: (phone) => this.#phone(phone, code),
    };
    return chunk.renderDetails(listing, context);
  }

  /** "Open now · closes 5:00 PM", "Closed · opens Tue 9:00 AM", or the next meeting of a group; and its class. */
  #hoursLine(listing: Listing): { text: string; className: string } | undefined {
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
        return { text: text + online, className: 'hours' };
      }
    }
    const status = openingStatus(listing, now);
    // The location's hours stand in for a service that publishes none: say whose hours they are.
    const whose = (text: string) => (status.buildingHours ? t('buildingHours', text) : text);
    if (status.state === 'open') {
      const text = status.changesAt && status.timeZone ? t('openCloses', formatWhen(status.changesAt, status.timeZone, now, f)) : t('open24Hours');
      return { text: whose(text), className: 'hours open' };
    }
    if (status.state === 'closed' && status.changesAt && status.timeZone) {
      return { text: whose(t('closedOpens', formatWhen(status.changesAt, status.timeZone, now, f))), className: 'hours' };
    }
    if (status.reason === 'expired') return { text: t('hoursMayHaveChanged'), className: 'hours' };
    return undefined;
  }

  /** The status line and the summary, in one template when both are there, as on most cards. */
  #hoursAndSummary(listing: Listing): TemplateResult | typeof nothing {
    const hours = this.#hoursLine(listing);
    const { summary } = listing;
    const lang = this.#feedTextLang() ?? nothing;
    if (hours && summary) {
      return html`<p part="card-hours" class=${hours.className} .textContent=${hours.text}></p><p part="card-summary" class="summary" lang=${lang}
        dir="auto" .textContent=${summary}></p>`;
    }
    if (hours) return html`<p part="card-hours" class=${hours.className} .textContent=${hours.text}></p>`;
    if (summary) return html`<p part="card-summary" class="summary" lang=${lang} dir="auto" .textContent=${summary}></p>`;
    return nothing;
  }

  /** "2.3 mi" to a listing found near a place, or "". */
  #distance(listing: Listing): string {
    return listing.distanceKm === undefined ? '' : formatDistance(listing.distanceKm, this.units, this.localizer.format);
  }

  #groupTags(listing: Listing): TemplateResult | typeof nothing {
    const labels = { peer: 'groupPeer', professional: 'groupProfessional', online: 'groupOnline', inPerson: 'groupInPerson' } as const;
    const [first, second, ...rest] = groupKinds(listing).map((kind) => this.localizer.t(labels[kind]));
    if (!first) return nothing;
    // One or two tags, the usual, in templates of their own: a list's items would each add two marker comments.
    if (!second) return html`<ul part="card-tags" class="tags"><li .textContent=${first}></li></ul>`;
    if (!rest.length) return html`<ul part="card-tags" class="tags"><li .textContent=${first}></li><li .textContent=${second}></li></ul>`;
    return html`<ul part="card-tags" class="tags">${[first, second, ...rest].map((label) => html`<li .textContent=${label}></li>`)}</ul>`;
  }

  /** True when the listing was last verified longer ago than `stale-after-months`. */
  #isOld(listing: Listing): boolean {
    return listing.assuredDate ? isOlderThanMonths(listing.assuredDate, this.staleAfterMonths) : false;
  }

  #freshness(listing: Listing, old: boolean): TemplateResult | typeof nothing {
    const t = this.localizer.t.bind(this.localizer);
    const report = this.#reportHref(listing);
    if (!listing.assuredDate && !report) return nothing;
    const verified = listing.assuredDate ? t('lastVerified', this.#monthYear(listing.assuredDate)) : '';
    // The pieces one space apart, as the words of a sentence, in as few text nodes as they allow.
    const target = report?.startsWith('https:') ? '_blank' : nothing;
    const label = t('reportProblem');
    const link = !report
      ? nothing
      : verified || old
        ? html` <a href=${report} target=${target} rel="noopener noreferrer" .textContent=${label}></a>`
        : html`<a href=${report} target=${target} rel="noopener noreferrer" .textContent=${label}></a>`;
    const className = old ? 'verified old' : 'verified';
    if (!old) return html`<p part="card-freshness" class=${className}>${verified || nothing}${link}</p>`;
    const lead = verified ? `${verified} ` : nothing;
    if (!report) return html`<p part="card-freshness" class=${className}>${lead}<strong .textContent=${t('mayBeOutOfDate')}></strong></p>`;
    return html`<p part="card-freshness" class=${className}>${lead}<strong .textContent=${t('mayBeOutOfDate')}></strong> <a href=${report} target=${target}
      rel="noopener noreferrer" .textContent=${label}></a></p>`;
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

  #monthYear(date: string): string {
    const parsed = new Date(`${date.slice(0, 10)}T12:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? date : this.localizer.format.date(parsed, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  #toggleMore(): void {
    this.moreOpen = !this.moreOpen;
  }

  /** Escape folds the "More" actions again and puts focus back on their button. */
  #closeMore(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.moreOpen = false;
    this.renderRoot.querySelector<HTMLElement>('.more-toggle')?.focus();
  }

  #toggleDetails(): void {
    this.expanded = !this.expanded;
    if (this.expanded && !detailsChunk.value) this.#loadDetails();
    if (this.expanded && this.listing) this.dispatchEvent(new ResourceDirectorySelectEvent(this.listing.id));
  }

  /** Fetches the details' chunk for the open region; a failure is said there and aloud, never thrown. */
  #loadDetails(): void {
    this.detailsFailed = false;
    this.#detailsPending ??= detailsChunk.load().then(
      () => {
        this.#detailsPending = undefined;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#detailsPending = undefined;
        this.detailsFailed = true;
        this.#say(this.localizer.t('detailsFailed'));
        console.warn('<resource-card>: could not load the details', error);
      },
    );
  }

  /** "Try again" goes away as the details load: focus goes back to "Details" rather than to the page. */
  #retryDetails(): void {
    this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
    this.#loadDetails();
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
    const url = listingWebsite(listing);
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
    this.#say(message);
    this.#confirmation.show(message);
  }

  /** Says a message in the directory's live region, or the card's own. */
  #say(message: string): void {
    if (this.announce) this.announce(message);
    else this.notice = message;
  }

  /**
   * Feed text, marked with the feed's language when the interface is in another one (WCAG 3.1.2), so a
   * screen reader reads an English address with English rules inside a Spanish interface, and laid out in
   * its own direction inside an Arabic one.
   */
  #feedText(text: string | undefined): unknown {
    if (!text) return text;
    // Isolated always: an unterminated right-to-left override in an address must not reverse our " · 0 mi".
    return html`<span lang=${this.#feedTextLang() ?? nothing} dir="auto" .textContent=${text}></span>`;
  }

  /** The `lang` feed text needs here, or undefined when the interface is in the feed's language. */
  #feedTextLang(): string | undefined {
    return partLang(this.feedLang, this.localizer.lang);
  }

  /** A translated sentence around a value rendered on its own (marked with its language or direction). */
  #around(sentence: (placeholder: string) => string, value: unknown): unknown {
    const [before, after = ''] = sentence('\u0000').split('\u0000');
    return html`${before || nothing}${value}${after || nothing}`;
  }

  /** The provider's name, the words around it ("Offered by") for screen readers only. */
  #organization(name: string): TemplateResult {
    const [before, after = ''] = this.localizer.t('offeredBy', '\u0000').split('\u0000');
    const lang = this.#feedTextLang() ?? nothing;
    // The usual sentence has words before the name only: a template without the part after.
    if (!after.trim()) {
      return html`<p part="card-organization" class="organization"><span class="visually-hidden" .textContent=${before}></span><span
        lang=${lang} dir="auto" .textContent=${name}></span></p>`;
    }
    return html`<p part="card-organization" class="organization"><span class="visually-hidden" .textContent=${before}></span><span
      lang=${lang} dir="auto" .textContent=${name}></span><span class="visually-hidden" .textContent=${after}></span></p>`;
  }

  #emit(action: ListingAction): void {
    if (this.listing) this.dispatchEvent(new ResourceDirectoryActionEvent(action, this.listing.id));
  }
}

/** The visitor's intent to open the details (pointing at or focusing "Details"): their chunk starts on its way. */
function prefetchDetails(): void {
  detailsChunk.load().catch(() => undefined); // said, if it still fails, when the details are opened
}

function isOlderThanMonths(date: string, months: number): boolean {
  const checked = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(checked.getTime())) return false;
  const limit = new Date();
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return checked < limit;
}

// Here rather than in define.ts, so the side-effect-free main entry types `document.createElement` too.
declare global {
  interface HTMLElementTagNameMap {
    'resource-card': ResourceDirectoryCard;
  }
}
