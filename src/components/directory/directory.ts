import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Failure, FailureKind, Geocoder, ResourceDirectoryClient, SearchOptions, SearchResult, Vocabulary } from '../../sdk/index.js';
import { loadClient, logFeedCoverage } from '../load-client.js';
import type { Category, Listing } from '../../sdk/model.js';
import { globalConfig, type ResourceDirectoryConfig } from '../../config.js';
import {
  ResourceDirectoryErrorEvent,
  ResourceDirectoryLanguageEvent,
  ResourceDirectoryResultsEvent,
  ResourceDirectorySearchEvent,
  type SearchQuery,
} from '../../events/events.js';
import { Localizer } from '../../i18n/localize.js';
import { matchLocale } from '../../i18n/locales.js';
import { partLang } from '../../i18n/part-lang.js';
import { baseStyles } from '../../styles/base.styles.js';
import type { ResourceDirectoryCard } from '../card/card.js';
import { crisisLinesFor, type CrisisLine, type CustomCrisisLine } from '../crisis/crisis-lines.js';
import { crisisStrip } from '../crisis/crisis-strip.js';
import { crisisStyles } from '../crisis/crisis.styles.js';
import { QuickExitController } from '../quick-exit/quick-exit.js';
import { savedStore } from '../saved/saved-store.js';
import { lazy, type Lazy } from '../lazy.js';
import { directoryStyles } from './directory.styles.js';
import type { FilterState, Sort } from './filter-panel.js';
import { languageSwitcher } from './language-switcher.js';
import type { MapController } from '../map/map-controller.js';
import { parseNear, toKm } from './near.js';
import { readUrlLanguage, readUrlState, writeUrlLanguage, writeUrlState } from './url-state.js';

/** The longest wait a busy feed asks for that is worth naming; beyond it the visitor is told "later". */
const MAX_SHOWN_WAIT_MINUTES = 10;
type FailureTextKey = 'errorNotFound' | 'errorNotDirectory' | 'errorTooLarge' | 'errorSiteProblem' | 'errorUnavailable' | 'errorRetryLater' | 'errorTitle' | 'errorHelp';
/**
 * A failure's title and next step; a fault of the site's own (the next step says so) has no retry button.
 * Offline and unknown failures keep the general "check your connection".
 */
const FAILURE_TEXT: Partial<Record<FailureKind, readonly [FailureTextKey, FailureTextKey]>> = {
  'not-found': ['errorNotFound', 'errorSiteProblem'],
  'not-a-feed': ['errorNotDirectory', 'errorSiteProblem'],
  'too-large': ['errorTooLarge', 'errorSiteProblem'],
  unavailable: ['errorUnavailable', 'errorRetryLater'],
};

type SearchState = SearchQuery & FilterState;

const CARD_PARTS = [
  'card', 'card-title', 'card-organization', 'card-status', 'card-alert', 'card-summary', 'card-contact',
  'card-actions', 'card-action', 'card-details-toggle', 'card-details', 'card-tags', 'card-freshness', 'card-hours',
  'card-primary', 'card-more',
].join(', ');

// Code most visits need late or never, in lazy chunks: the crisis words of twelve languages, the filter
// panel, what to try when nothing matches, and the saved list. (The reader of `vocabulary-src` is one too.)
const crisisTerms = lazy(() => import('../crisis/crisis-terms.js'));
const crisisServicesChunk = lazy(() => import('../crisis/crisis-services.js'));
const filterPanelChunk = lazy(() => import('./filter-panel.js'));
const noResultsChunk = lazy(() => import('./no-results.js'));
const savedViewChunk = lazy(() => import('../saved/saved-view.js'));
// Before a search the top categories as tiles, after one the filters in force as chips: fetched with the categories.
const browseTilesChunk = lazy(() => import('./browse-tiles.js'));
const filterChipsChunk = lazy(() => import('./filter-chips.js'));
// The List · Map toggle, fetched with the first render; it fetches Leaflet only when the map is opened.
const mapChunk = lazy(() => import('../map/map-controller.js'));

const splitList = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

/**
 * A searchable directory of services from a 2-1-1 / Open Referral HSDS feed, rendered inline on the page.
 *
 * @tagname resource-directory
 * @summary Search and list services from an HSDS feed.
 *
 * @slot header - Content above the search form, such as a title or an introduction.
 * @slot empty - Replaces the default message shown when nothing matches.
 * @slot error - Replaces the default message shown when the feed cannot be loaded.
 *
 * @event rd-search - The visitor searched or changed a filter. `detail: { query }`.
 * @event rd-results - Results were rendered. `detail: { query, total, page, stale }`.
 * @event rd-error - Loading failed. `detail: { error }`, the SDK's typed error.
 * @event rd-select - The visitor opened a listing's details. `detail: { listingId }`.
 * @event rd-action - The visitor used a card action. `detail: { action, listingId }`.
 * @event rd-language - The visitor chose an interface language. `detail: { lang }`, a tag such as `es`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart quick-exit - The "Exit this page" button.
 * @csspart skip-link - "Skip to results": the first stop for the keyboard, shown when focused.
 * @csspart crisis - The crisis lines box.
 * @csspart crisis-action - Each call, text or chat link in it.
 * @csspart crisis-toggle - The button that unfolds the crisis lines.
 * @csspart search-form - The search form.
 * @csspart search-input - The keyword field.
 * @csspart search-button - The search button.
 * @csspart near-toggle - "Near", in a narrow directory (a phone): shows the place field and "Use my location" below the search.
 * @csspart place-input - The ZIP code or place field.
 * @csspart locate-button - "Use my location": asks for the position only when pressed, and rounds it to about 1 km.
 * @csspart filters - The toolbar: filters (the sort order is in their panel), saved list and language.
 * @csspart filters-toggle - The button that shows and hides the filters.
 * @csspart saved-toggle - The button that shows the visitor's saved list.
 * @csspart language-select - The interface language menu, each language in its own name.
 * @csspart saved - The saved list.
 * @csspart saved-actions - Print, share, copy, email, text and clear buttons of the saved list.
 * @csspart filter-chip - Each category chip in the filter panel.
 * @csspart browse - Before a search: the feed's top categories as tiles.
 * @csspart browse-tile - Each tile: an icon, the category and its number of services; it searches that category.
 * @csspart browse-all - "All categories": opens the filter panel with every category.
 * @csspart active-filters - After a search: the filters in force, as removable chips.
 * @csspart remove-filter - Each chip ("Food ×", named "Remove filter: Food"): searches again without it.
 * @csspart status - The line with the number of results.
 * @csspart notice - The notice shown when results come from the cache because the feed is unreachable.
 * @csspart results - The list of cards.
 * @csspart result - One item of that list.
 * @csspart more-button - The "show more" button.
 * @csspart message - The box shown for errors and empty results.
 * @csspart suggestions - Under zero results for some words: "Did you mean …?" and the categories to try.
 * @csspart did-you-mean - The button that searches the visitor's words respelled with words the directory knows.
 * @csspart category-suggestion - Each category button under "Try a category:"; it searches that category alone.
 * @csspart retry-button - The button that repeats a failed search.
 * @csspart card - Each card; every `card-*` part of `<resource-card>` is exported too.
 *
 * @cssproperty --rd-font-family - Font of the whole directory. Default: the system's sans-serif; give your page's font stack to match the page.
 * @cssproperty --rd-font-size - Body text size; the rest of the type scale follows it. Default: the page's, at least 16 px.
 * @cssproperty --rd-text-color - Text color. Default: the page's text color.
 * @cssproperty --rd-muted-color - Secondary text color.
 * @cssproperty --rd-surface-color - Background of cards. Default: a faint tint of the text color.
 * @cssproperty --rd-border-color - Border color of cards and fields.
 * @cssproperty --rd-accent-color - Primary buttons, links and focus rings. Default: petrol, light or dark with the page's `color-scheme`.
 * @cssproperty --rd-accent-text-color - Text on accent-colored buttons.
 * @cssproperty --rd-focus-color - Focus rings. Default: the accent color.
 * @cssproperty --rd-warning-color - Status badges and alerts.
 * @cssproperty --rd-crisis-color - The crisis lines' accent.
 * @cssproperty --rd-radius - Corner radius of buttons and fields; cards take one and a half times it.
 * @cssproperty --rd-spacing - Padding inside cards and between sections.
 * @cssproperty --rd-result-gap - Space between cards.
 * @cssproperty --rd-field-color - Background of text fields and menus. Default: the browser's field color.
 * @cssproperty --rd-field-text-color - Text in fields and menus.
 */
export class ResourceDirectory extends LitElement {
  /** Marks the class as ours, so a second copy of the bundle on the page recognises it. */
  static readonly library = 'resource-directory';

  static override styles = [baseStyles, directoryStyles, crisisStyles];

  static override properties = {
    feed: { reflect: true },
    query: {},
    categories: {},
    near: {},
    radius: { type: Number },
    units: {},
    pageSize: { attribute: 'page-size', type: Number },
    layout: { reflect: true },
    mapProvider: { attribute: 'map-provider' },
    mapTiles: { attribute: 'map-tiles' },
    noSearch: { attribute: 'no-search', type: Boolean },
    noFilters: { attribute: 'no-filters', type: Boolean },
    urlState: { attribute: 'url-state', type: Boolean },
    crisis: {},
    crisisLines: { attribute: false },
    crisisExpanded: { attribute: 'crisis-expanded', type: Boolean },
    quickExit: { attribute: 'quick-exit', type: Boolean },
    quickExitUrl: { attribute: 'quick-exit-url' },
    staleAfterMonths: { attribute: 'stale-after-months', type: Number },
    reportUrl: { attribute: 'report-url' },
    feedLang: { attribute: 'feed-lang' },
    uiLanguages: { attribute: 'ui-languages' },
    client: { attribute: false },
    geocode: { attribute: false },
    vocabulary: { attribute: false },
    vocabularySrc: { attribute: 'vocabulary-src' },
    search: { state: true },
    sort: { state: true },
    listings: { state: true },
    filtersOpen: { state: true },
    crisisOpen: { state: true },
    savedOpen: { state: true },
    nearOpen: { state: true },
    urgent: { state: true },
    notice: { state: true },
    uiLang: { state: true },
  };

  /** Base URL of an HSDS API, or URL of a static HSDS JSON file. Relative URLs resolve against the page. */
  feed?: string;
  /** Keywords for the first search. */
  query = '';
  /** Preset category filter: comma-separated taxonomy term ids or codes. */
  categories = '';
  /** Search near a postcode (`97301`) or coordinates (`45.0,-123.0`). */
  near = '';
  /** Search radius around `near`, in `units`. */
  radius?: number;
  /** Distance units, `mi` or `km`; by default miles for US and UK English, kilometres elsewhere. */
  units?: 'mi' | 'km';
  /** How many services to show per page. */
  pageSize = 10;
  /** `list` (default: full cards), `grid` (cards in columns of even height) or `compact` (dense rows: name, status line, Call, Details and More). */
  layout: 'list' | 'grid' | 'compact' = 'list';
  /** Where Directions opens: `google`, `apple`, `osm`, or an https URL template with {address}, {lat}, {lon}. */
  mapProvider = 'google';
  /**
   * Tiles of the List · Map view: a URL template with {z}, {x}, {y} (and {s}), or `none` for no map. Default:
   * OpenStreetMap's. Nothing is asked of the tile host until the visitor opens the map.
   */
  mapTiles?: string;
  /**
   * The credit your tile provider requires, shown on the map as text; also the `map-attribution` attribute,
   * read when the map shows. Default: OpenStreetMap's, for its tiles.
   */
  mapAttribution?: string;
  /** Hide the keyword search. */
  noSearch = false;
  /** Hide the filters. */
  noFilters = false;
  /** Keep the search (and a language the visitor chose) in the page URL, to bookmark and share. Off by default, for privacy. */
  urlState = false;
  /** Crisis lines shown at the top: `us` (988, Crisis Text Line, Veterans Crisis Line, 911), `none`, or a JSON array of `{name, detail, phone, text, chat}`. */
  crisis = 'us';
  /** Custom crisis lines as objects; when set, they replace `crisis`. */
  crisisLines?: CustomCrisisLine[];
  /** Show every crisis line, open, rather than one line ("In crisis? Call or text 988") that unfolds. */
  crisisExpanded = false;
  /** Show an "Exit this page" button; pressing Shift three times does the same. */
  quickExit = false;
  /** Where quick exit goes (http or https). Default: a weather page. */
  quickExitUrl?: string;
  /** After how many months since it was last verified a listing is flagged "may be out of date, call first". */
  staleAfterMonths = 12;
  /** Where "Report a problem" goes (`mailto:` or https); by default the feed publisher's email, when it gives one. */
  reportUrl?: string;
  /** Language the feed's text is written in; marked on it when the interface is in another language. */
  feedLang = 'en';
  /**
   * Interface languages the visitor can switch between, comma-separated (`en,es,vi`); `auto` offers all
   * twelve, each in its own name. A single language hides the switcher.
   */
  uiLanguages = 'auto';
  /** A configured SDK client; by default one is made from `feed`. */
  client?: ResourceDirectoryClient;
  /**
   * Places a postcode or place name for a static-file feed, or for an API searched near a postcode without a
   * radius: `(place, { signal }) => Promise<{ latitude, longitude } | undefined>`. Without it, the feed's own
   * addresses with that postcode place it.
   */
  geocode?: Geocoder;
  /**
   * The directory's own everyday words, added to ours: `{ needs: [{ id: 'food', words: { es: ['despensa
   * solidaria'] } }] }` (the SDK's `Vocabulary`); `false` searches the words literally. Wins over `vocabulary-src`.
   */
  vocabulary?: Vocabulary | false;
  /**
   * URL of a JSON file of the directory's own words, in the shape of `vocabulary`, fetched once. A file that
   * cannot be fetched or read is named in one console warning, and the search uses our words alone.
   */
  vocabularySrc?: string;

  private search: SearchState = { text: '', categories: [], languages: [], free: false, openNow: false, page: 1 };
  private sort: Sort = 'relevance';
  private listings: Listing[] = [];
  private filtersOpen = false;
  private crisisOpen = false;
  private savedOpen = false;
  private nearOpen = false;
  /** The search calls for the crisis lines (it holds a crisis term in some language). */
  private urgent = false;
  #urgencyOf?: string;
  /** The latest notice for the live region (saved, copied, location), and the search and language it belongs to. */
  private notice = '';
  #noticeFor?: { search: SearchState; lang: string };
  /** The interface language the visitor chose in the menu; the author's `lang` stays as written. */
  private uiLang?: string;
  #unsubscribeSaved?: () => void;
  /** A client of the element's own, for a host's geocoder or vocabulary; re-made when either changes. */
  #ownClient?: { feed: string; geocode?: Geocoder; vocabulary?: Vocabulary | false; client: Promise<ResourceDirectoryClient> };
  /** Parsed from `crisis`/`crisisLines` when they change, not on every render (it parses JSON and may warn). */
  #crisisLines: CrisisLine[] = [];
  private quickExitController = new QuickExitController(this, {
    enabled: () => this.quickExit,
    destination: () => this.quickExitUrl,
  });
  private localizer = new Localizer(this, () => this.uiLang);
  #focusFrom?: number;
  /** A search the visitor started: bring its status line into view (and focus it, when the control they used is gone). */
  #reveal?: 'scroll' | 'focus';
  /** The last failed search, as the visitor is told it. */
  #failure: Failure = { kind: 'unknown' };
  #map?: MapController;

  private searchTask = new Task(this, {
    args: () => [this.#feedUrl(), this.search, this.pageSize, this.near, this.radius, this.client, this.geocode, this.sort, this.vocabulary, this.vocabularySrc] as const,
    task: async ([feed, search, pageSize], { signal }) => {
      try {
        const client = await this.#client(feed);
        const options = this.#searchOptions(search, pageSize, signal);
        const result = await client?.search(options);
        if (!client || !result || result.total > 0 || search.page > 1) return result;
        return (await this.#crisisServicesFor(search.text, client, options)) ?? result;
      } catch (error) {
        if (!signal.aborted) await this.#explain(error);
        throw error;
      }
    },
    onComplete: (result?: SearchResult) => {
      if (!result) return;
      this.listings = result.page > 1 ? [...this.listings, ...result.items] : result.items;
      void this.updateComplete.then(() => this.#afterResults(result));
    },
    onError: (error: unknown) => {
      this.#reveal = undefined; // the message shows where the results would have; a later search must not jump
      this.dispatchEvent(new ResourceDirectoryErrorEvent(error));
    },
  });

  private publisherTask = new Task(this, {
    args: () => [this.#feedUrl(), this.client] as const,
    task: async ([feed]): Promise<string | undefined> => {
      const publisher = (await (await this.#client(feed))?.info())?.publisher;
      if (publisher?.email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(publisher.email)) return `mailto:${publisher.email}`;
      return publisher?.website?.startsWith('https://') ? publisher.website : undefined;
    },
  });

  private categoriesTask = new Task(this, {
    args: () => [this.#feedUrl(), this.client, this.noFilters] as const,
    task: async ([feed, , noFilters]): Promise<Category[]> => {
      const client = noFilters ? undefined : await this.#client(feed);
      return client ? client.categories() : [];
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#applyGlobalConfig(globalConfig());
    this.#unsubscribeSaved = savedStore.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeSaved?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('crisis') || changed.has('crisisLines')) {
      this.#crisisLines = crisisLinesFor(this.crisis, this.crisisLines);
    }
    if (changed.has('query') || changed.has('categories')) {
      this.search = { ...this.search, text: this.query, categories: splitList(this.categories), page: 1 };
    }
    if (!this.hasUpdated && this.urlState) {
      this.search = { ...this.search, ...readUrlState(location.href), page: 1 };
      this.uiLang = matchLocale(readUrlLanguage(location.href) ?? '')?.tag;
    }
    if (this.search.text !== this.#urgencyOf) this.#checkUrgency(this.search.text);
    if (changed.has('near')) this.sort = this.near ? 'distance' : 'relevance';
    if ((!this.hasUpdated || changed.has('feed')) && !this.client) {
      if (!this.feed) console.warn('<resource-directory>: no feed attribute; set feed="https://…" to an HSDS API or JSON file.');
      else if (!this.#feedUrl()) console.warn(`<resource-directory>: feed "${this.feed}" is not a valid URL.`);
    }
  }

  /**
   * The crisis terms of twelve languages are a lazy chunk, fetched right after the first render (see
   * firstUpdated), so they are almost always in hand by the first search; if not, the emphasis follows.
   */
  #checkUrgency(text: string | undefined): void {
    this.#urgencyOf = text;
    if (!text) {
      this.urgent = false;
      return;
    }
    if (crisisTerms.value) {
      this.urgent = crisisTerms.value.isCrisisSearch(text);
      return;
    }
    crisisTerms.load().then(
      ({ isCrisisSearch }) => {
        if (this.#urgencyOf === text) this.urgent = isCrisisSearch(text);
      },
      () => {
        if (this.#urgencyOf === text) this.#urgencyOf = undefined; // try again at the next render
      },
    );
  }

  /** A crisis said in words the feed does not use finds its crisis services, never "0 results". */
  async #crisisServicesFor(text: string | undefined, client: ResourceDirectoryClient, options: SearchOptions): Promise<SearchResult | undefined> {
    try {
      if (!text || !(await crisisTerms.load()).isCrisisSearch(text)) return undefined;
      return await (await crisisServicesChunk.load()).crisisServices(client, options);
    } catch {
      return undefined; // the literal result stands, and the crisis lines are still on screen
    }
  }

  protected override firstUpdated(): void {
    crisisTerms.load().catch(() => undefined); // retried by the first search that needs it
    // The List · Map toggle arrives with the first results; its chunk asks no one else for anything.
    if (this.mapTiles !== 'none') mapChunk.load().then(({ MapController }) => (this.#map = new MapController(this, () => [this.listings, this.localizer])), () => undefined);
  }

  /** Resolves when the current search has finished and its results are rendered. */
  get searchComplete(): Promise<unknown> {
    return this.searchTask.taskComplete.then(() => this.updateComplete);
  }

  #applyGlobalConfig(config: ResourceDirectoryConfig): void {
    const attributes: Record<keyof ResourceDirectoryConfig, string> = {
      feed: 'feed', query: 'query', categories: 'categories', near: 'near', radius: 'radius', units: 'units',
      pageSize: 'page-size', lang: 'lang', uiLanguages: 'ui-languages', feedLang: 'feed-lang', layout: 'layout',
      mapProvider: 'map-provider', noSearch: 'no-search', noFilters: 'no-filters', urlState: 'url-state',
    };
    for (const [key, attribute] of Object.entries(attributes) as [keyof ResourceDirectoryConfig, string][]) {
      const value = config[key];
      if (value === undefined || value === null || this.hasAttribute(attribute)) continue;
      if (key === 'lang') this.lang = String(value);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  /** The feed as an absolute URL, or undefined when it is missing or not a URL. */
  #feedUrl(): string | undefined {
    if (!this.feed) return undefined;
    try {
      return new URL(this.feed, document.baseURI).href;
    } catch {
      return undefined;
    }
  }

  async #client(feed: string | undefined): Promise<ResourceDirectoryClient | undefined> {
    if (this.client) return this.client;
    if (!feed) return undefined;
    const { geocode, vocabularySrc: src } = this;
    // A vocabulary file is read by a lazy chunk, once per URL and page; an unusable one gives no words.
    const vocabulary = this.vocabulary ?? (src ? await (await import('./words-file.js')).vocabularyAt(src) : undefined);
    if (!geocode && vocabulary === undefined) return loadClient(feed);
    const own = this.#ownClient;
    if (own?.feed !== feed || own.geocode !== geocode || own.vocabulary !== vocabulary) {
      this.#ownClient = { feed, geocode, vocabulary, client: loadClient(feed, { geocode, vocabulary }) };
    }
    return this.#ownClient!.client;
  }

  #unit(): 'mi' | 'km' {
    if (this.units === 'mi' || this.units === 'km') return this.units;
    return /^en-(us|gb)$|^en$/i.test(this.localizer.lang === 'en' ? navigator.language : this.localizer.lang) ? 'mi' : 'km';
  }

  #searchOptions(search: SearchState, pageSize: number, signal: AbortSignal): SearchOptions {
    const near = parseNear(this.near);
    return {
      text: search.text || undefined,
      categories: search.categories.length ? search.categories : undefined,
      languages: search.languages.length ? search.languages : undefined,
      free: search.free || undefined,
      openAt: search.openNow ? new Date() : undefined,
      near,
      radiusKm: near && this.radius ? toKm(this.radius, this.#unit()) : undefined,
      sort: this.sort,
      page: search.page,
      pageSize,
      signal,
    };
  }

  #afterResults(result: SearchResult): void {
    const query: SearchQuery = { ...this.search };
    this.dispatchEvent(new ResourceDirectoryResultsEvent({ query, total: result.total, page: result.page, stale: Boolean(result.stale) }));
    if (this.#focusFrom !== undefined) {
      const cards = this.renderRoot.querySelectorAll<ResourceDirectoryCard>('resource-card');
      const firstNew = cards[this.#focusFrom];
      this.#focusFrom = undefined;
      if (firstNew) {
        void customElements.whenDefined('resource-card').then(async () => {
          await firstNew.updateComplete;
          firstNew.focusTitle();
        });
      }
    }
    if (this.#reveal) this.#revealResults();
    logFeedCoverage(this.#client(this.#feedUrl()), this.pageSize);
  }

  /** The status line and the first result into the upper half of the screen: a phone's visitor sees the answer. */
  #revealResults(): void {
    if (this.#reveal === 'focus') this.#skipToResults();
    this.#reveal = undefined;
    const status = this.renderRoot.querySelector<HTMLElement>('[part=status]');
    const first = this.renderRoot.querySelector('[part=result],[part=message]') ?? status;
    if (status && (status.getBoundingClientRect().top < 0 || (first?.getBoundingClientRect().top ?? 0) > innerHeight / 2)) {
      status.scrollIntoView({ block: 'start' });
    }
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base layout-${this.layout}" lang=${this.localizer.lang} dir=${this.localizer.dir}>
      ${this.quickExit
        ? html`<button part="quick-exit" class="quick-exit" type="button" @click=${() => this.quickExitController.exit()}>
            ${this.localizer.t('quickExit')}<span class="visually-hidden">. ${this.localizer.t('quickExitHint')}</span>
          </button>`
        : nothing}
      <div class="visually-hidden skip">
        <button part="skip-link" class="secondary" type="button" @click=${this.#skipToResults}>${this.localizer.t('skipToResults')}</button>
      </div>
      ${crisisStrip(this.#crisisLines, {
        localizer: this.localizer,
        expanded: this.crisisOpen,
        urgent: this.urgent,
        pinned: this.crisisExpanded,
        onToggle: () => (this.crisisOpen = !this.crisisOpen),
      })}
      <slot name="header"></slot>
      ${this.noSearch ? nothing : this.#searchForm()} ${this.#toolbar()}
      ${this.savedOpen ? this.#savedList() : [this.#browseOrChips(), this.#body()]}
      <p class="visually-hidden" role="status" aria-atomic="true">${this.#announcement()}</p>
    </div>`;
  }

  #searchForm(): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    // In a narrow directory the place sits behind "Near" (CSS), next in tab order, unfolded while a place is in force.
    const placeShown = this.nearOpen || Boolean(this.near);
    return html`<form part="search-form" class="search-form" role="search" aria-label=${t('searchRegion')} @submit=${this.#onSubmit}>
      <div class="field">
        <label for="keyword">${t('keywordLabel')}</label>
        <input part="search-input" id="keyword" name="keyword" type="search" autocomplete="off" enterkeyhint="search"
          placeholder=${t('keywordPlaceholder')} .value=${this.search.text} />
      </div>
      <button part="search-button" type="submit">${t('searchButton')}</button>
      <button part="near-toggle" class="secondary near-toggle" type="button" aria-expanded=${placeShown ? 'true' : 'false'}
        aria-controls="place-row" @click=${() => (this.nearOpen = !placeShown)}>${t('nearToggle')}</button>
      <div id="place-row" class="place-row" ?data-open=${placeShown}>
        <div class="field place">
          <label for="place">${t('placeLabel')}</label>
          <input part="place-input" id="place" name="place" type="text" autocomplete="postal-code" inputmode="text"
            .value=${this.#nearIsPosition() ? '' : this.near} />
        </div>
        <button part="locate-button" class="secondary" type="button" @click=${this.#useMyLocation}>
          ${this.#nearIsPosition() ? t('usingMyLocation') : t('useMyLocation')}
        </button>
      </div>
    </form>`;
  }

  #toolbar(): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    const saved = savedStore.list().length;
    return html`<div part="filters" class="filters" @keydown=${this.#closeFiltersOnEscape}>
      <div class="filter-bar">
        ${this.noFilters ? nothing : this.#filterToggles()}
        <button part="saved-toggle" class="secondary" type="button" aria-pressed=${this.savedOpen ? 'true' : 'false'}
          @click=${() => {
            this.savedOpen = !this.savedOpen;
            this.notice = '';
          }}>
          ${t('savedCount', saved)}
        </button>
        ${languageSwitcher(this.localizer, this.uiLanguages, this.uiLang ?? (this.lang && this.lang !== 'auto' ? this.lang : this.localizer.lang), (tag) => {
          this.uiLang = tag;
          if (this.urlState) writeUrlLanguage(tag);
          this.dispatchEvent(new ResourceDirectoryLanguageEvent(tag));
        })}
      </div>
    </div>`;
  }

  #filterToggles(): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    const active = this.search.categories.length + this.search.languages.length + (this.search.free ? 1 : 0) + (this.search.openNow ? 1 : 0);
    return html`<button part="filters-toggle" class="secondary" type="button" aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls=${this.filtersOpen ? 'filter-panel' : nothing} @pointerenter=${this.#prefetchFilterPanel} @focus=${this.#prefetchFilterPanel}
          @click=${() => {
            this.filtersOpen = !this.filtersOpen;
            this.#openFilterPanel();
          }}>
          ${active ? t('filtersActive', active) : t('filters')}
        </button>
        ${this.filtersOpen ? this.#filterPanel() : nothing}`;
  }

  /** Escape anywhere in the toolbar folds an open panel and puts focus back on its toggle. */
  #closeFiltersOnEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.filtersOpen) return;
    event.preventDefault(); // a dialog around the widget stays open
    this.filtersOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[part="filters-toggle"]')?.focus();
  }

  /** "Skip to results": focus moves to the result count (or the message, or the saved list's title). */
  #skipToResults(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[part=status],[part=message],#saved-title');
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }

  /** Pointing at or focusing the Filters button starts fetching the panel early; the press reports a failure. */
  #prefetchFilterPanel(): void {
    filterPanelChunk.load().catch(() => undefined);
  }

  #openFilterPanel(): void {
    if (filterPanelChunk.value) return;
    filterPanelChunk.load().then(
      () => this.requestUpdate(),
      (error: unknown) => {
        // Offline: fold the panel again, so the button does not claim an open panel; the next press retries.
        this.filtersOpen = false;
        console.warn('<resource-directory>: could not load the filters.', error);
      },
    );
  }

  #filterPanel(): TemplateResult | typeof nothing {
    const filterPanel = filterPanelChunk.value?.filterPanel;
    if (!filterPanel) return nothing;
    return filterPanel({
      host: this,
      localizer: this.localizer,
      state: this.search,
      categories: this.categoriesTask.value ?? [],
      feedLang: partLang(this.feedLang, this.localizer.lang) ?? nothing,
      radius: this.near ? { value: this.radius, unit: this.#unit() } : undefined,
      sort: { value: this.sort, byDistance: Boolean(this.near), onSort: (sort) => this.#sortBy(sort) },
      onRefine: (change) => this.#refine(change),
      onRadius: (value) => {
        this.radius = value;
        this.#refine({});
      },
    });
  }

  /** Before a search, the feed's top categories as tiles; after one, the filters in force as removable chips. */
  #browseOrChips(): TemplateResult | typeof nothing {
    if (this.noFilters) return nothing;
    const categories = this.categoriesTask.value ?? [];
    const common = { host: this, localizer: this.localizer, categories, feedLang: partLang(this.feedLang, this.localizer.lang) };
    if (!this.#hasFilters()) {
      const tiles = categories.length ? this.#chunk(browseTilesChunk) : undefined;
      return tiles?.browseTiles({
        ...common,
        onChoose: (category) => {
          this.#reveal = 'focus';
          this.#refine({ categories: [category.id] });
        },
        onAll: () => void this.#showAllCategories(),
      }) ?? nothing;
    }
    return this.#chunk(filterChipsChunk)?.filterChips({
      ...common,
      state: this.search,
      onRemove: (change) => {
        this.#refine(change);
        return this.updateComplete;
      },
      onNoneLeft: () => this.#skipToResults(),
    }) ?? nothing;
  }

  /** A lazy chunk's module once in hand; until then, fetched and drawn when it arrives (offline: nothing). */
  #chunk<T>(chunk: Lazy<T>): T | undefined {
    if (!chunk.value) chunk.load().then(() => this.requestUpdate(), () => undefined);
    return chunk.value;
  }

  /** "All categories": the filter panel, open, with focus on its first category. */
  async #showAllCategories(): Promise<void> {
    this.filtersOpen = true;
    this.#openFilterPanel();
    await filterPanelChunk.load().catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#filter-panel input')?.focus();
  }

  #body(): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    if (!this.client && !this.feed) {
      return html`<div part="message" class="message" role="alert"><p>${t('configError', t('missingFeed'))}</p></div>`;
    }
    if (!this.client && !this.#feedUrl()) {
      return html`<div part="message" class="message" role="alert"><p>${t('configError', t('badFeed', this.feed ?? ''))}</p></div>`;
    }
    const loading = this.searchTask.status === TaskStatus.PENDING;
    if (this.searchTask.status === TaskStatus.ERROR) {
      // A feed answers 400 to a place it does not know: say so, rather than "could not load".
      const badPlace = this.near && (this.searchTask.error as { status?: number } | undefined)?.status === 400;
      const [title, help] = badPlace ? [t('nearNotFound', this.near), t('errorHelp')] : this.#failureText(this.#failure);
      // Trying again cannot mend a missing, wrong or oversized feed; only the site's owner can.
      const retryable = badPlace || FAILURE_TEXT[this.#failure.kind]?.[1] !== 'errorSiteProblem';
      return html`<div part="message" class="message" role="alert">
        <slot name="error">
          <p><strong>${title}</strong></p>
          <p>${help}</p>
        </slot>
        ${retryable
          ? html`<button part="retry-button" class="secondary" type="button" @click=${() => this.searchTask.run()}>${t('retry')}</button>`
          : nothing}
        ${this.#help211()}
      </div>`;
    }
    const result = this.searchTask.value;
    if ((loading && this.listings.length === 0) || !result) {
      return html`<div class="loading" aria-busy="true">
        <p part="status" class="status">${t('loading')}</p>
        ${[1, 2, 3].map(() => html`<div class="skeleton"></div>`)}
      </div>`;
    }
    if (result.total === 0 && this.listings.length === 0) {
      const crisis = this.#crisisPrefix();
      const help = [
        this.#hasFilters() ? html`<button class="secondary" type="button" @click=${this.#clearFilters}>${t('clearFilters')}</button>` : nothing,
        this.#help211(),
      ];
      // The visitor's words quoted back, what to try instead and the first crisis line come in a lazy chunk;
      // until it arrives, the plain message.
      const chunk = noResultsChunk.value;
      if (!chunk) noResultsChunk.load().then(() => this.requestUpdate(), () => undefined);
      return html`<p part="status" class="status">${crisis}${t('resultCount', 0)}</p>
        ${chunk?.noResults(this.localizer, this.search, result, this.feedLang, this.#crisisLines, help, (change) => this.#refine(change)) ??
        html`<div part="message" class="message">
          <slot name="empty">
            <p><strong>${t('noResults')}</strong></p>
            <p>${t('noResultsHelp')}</p>
          </slot>
          ${help}
        </div>`}`;
    }
    const more = this.listings.length < result.total;
    const crisis = this.#crisisPrefix();
    const map = this.#map;
    return html`<div class="results-bar"><p part="status" class="status">${crisis}${this.#resultCount(result)}</p>${map?.toggle()}</div>
      ${result.stale ? html`<p part="notice" class="notice" role="note">${t('staleNotice')}</p>` : nothing}
      <div class=${map?.open ? 'map-open' : 'results-area'}>
      <ul part="results" class="results" aria-label=${t('listOfServices')} aria-busy=${loading ? 'true' : 'false'}>
        ${this.listings.map(
          (listing, index) => html`<li part="result">
            <resource-card exportparts=${CARD_PARTS} .listing=${listing} map-provider=${this.mapProvider} layout=${this.layout}
              lang=${this.localizer.lang} feed-lang=${this.feedLang} .announce=${this.#announce}
              stale-after-months=${this.staleAfterMonths} units=${this.#unit()}
              report-url=${this.reportUrl ?? this.publisherTask.value ?? nothing}></resource-card>${map?.badge(listing, index)}
          </li>`,
        )}
      </ul>
      ${more
        ? html`<div class="more">
            <p class="status">${t('showingOf', this.listings.length, result.total)}</p>
            <button part="more-button" class="secondary" type="button" ?disabled=${loading} @click=${this.#showMore}>
              ${t('showMore')}
            </button>
          </div>`
        : nothing}
      ${map?.region()}</div>`;
  }

  /** The saved list is code most visits never run, so it is a lazy chunk, loaded when first opened. */
  #savedList(): TemplateResult | typeof nothing {
    const savedView = savedViewChunk.value?.savedView;
    if (!savedView) {
      void savedViewChunk.load().then(() => this.requestUpdate());
      return nothing;
    }
    return savedView({ localizer: this.localizer, cardParts: CARD_PARTS, feedLang: this.feedLang, onNotice: this.#announce, host: this });
  }

  /**
   * What the directory's one polite live region says (WCAG 4.1.3): the latest notice (saved, copied,
   * location), else loading, else the result count, led by the crisis lines when the search calls for
   * them. The region stays in the DOM across states, so screen readers notice each change.
   */
  #announcement(): string {
    if (this.notice && this.#noticeFor?.search === this.search && this.#noticeFor.lang === this.localizer.lang) return this.notice;
    const t = this.localizer.t.bind(this.localizer);
    const result = this.searchTask.value;
    if (this.searchTask.status === TaskStatus.PENDING && this.listings.length === 0) return t('loading');
    if (this.searchTask.status !== TaskStatus.COMPLETE || !result || this.savedOpen) return '';
    const crisis = this.#crisisPrefix();
    return `${crisis}${this.#resultCount(result)}`;
  }

  /** "N services found", or "At least N" when an API had more records than the SDK may look through. */
  #resultCount(result: SearchResult): string {
    return this.localizer.t(result.totalIsLowerBound && result.total > 0 ? 'resultCountAtLeast' : 'resultCount', result.total);
  }

  /** Leads the result count when the search calls for the crisis lines and there are lines to show. */
  #crisisPrefix(): string {
    return this.urgent && this.#crisisLines.length ? `${this.localizer.t('crisisAnnouncement')} ` : '';
  }

  /**
   * Says `message` through the directory's one live region (cards and the saved list too, so the page has
   * one region, not one per card). A new search or language drops it.
   */
  #announce = (message: string) => {
    // The same words twice ("Copied", "Copied") must still change the region, or the second is not heard.
    this.notice = message === this.notice ? `${message}\u00a0` : message;
    this.#noticeFor = { search: this.search, lang: this.localizer.lang };
  };

  /** True when `near` holds coordinates (from "Use my location") rather than a place the visitor typed. */
  #nearIsPosition(): boolean {
    return 'latitude' in (parseNear(this.near) ?? {});
  }

  /**
   * Sorts a failed search for the visitor and logs the webmaster's fix. Both come from the SDK chunk, loaded
   * by now unless the host passed its own client; when even that fails to load, the visitor is offline (and
   * the browser has logged the failed chunk).
   */
  async #explain(error: unknown): Promise<void> {
    try {
      const { failureOf, webmasterAdvice } = await import('../../sdk/index.js');
      this.#failure = failureOf(error);
      console.warn(`<resource-directory>: ${webmasterAdvice(error)}`, error);
    } catch {
      this.#failure = { kind: 'offline' };
    }
  }

  /** What the visitor is told about a failed search: what happened, and what to do next. */
  #failureText({ kind, retryAfterMs }: Failure): [title: string, help: string] {
    const t = this.localizer.t.bind(this.localizer);
    if (kind !== 'busy') return (FAILURE_TEXT[kind] ?? ['errorTitle', 'errorHelp']).map((key) => t(key)) as [string, string];
    // No wait named, or one past the limit, is "later".
    const minutes = Math.ceil((retryAfterMs ?? 0) / 60_000);
    return [t('errorBusy'), minutes && minutes <= MAX_SHOWN_WAIT_MINUTES ? t('errorRetryIn', minutes) : t('errorRetryLater')];
  }

  #help211(): TemplateResult {
    const t = this.localizer.t.bind(this.localizer);
    return html`<p class="help-211"><a href="tel:211">${t('call211')}</a> · <a href="sms:898211">${t('text211')}</a></p>`;
  }

  /** The SDK orders the whole result set, so a new order starts again from its first page. */
  #sortBy(sort: Sort): void {
    this.sort = sort;
    this.search = { ...this.search, page: 1 };
  }

  #hasFilters(): boolean {
    return Boolean(this.search.text || this.search.categories.length || this.search.languages.length || this.search.free || this.search.openNow);
  }

  #refine(change: Partial<SearchState>): void {
    this.notice = '';
    this.search = { ...this.search, ...change, page: 1 };
    this.dispatchEvent(new ResourceDirectorySearchEvent({ ...this.search }));
    if (this.urlState) writeUrlState(this.search);
  }

  #clearFilters(): void {
    this.#refine({ text: '', categories: [], languages: [], free: false, openNow: false });
    this.renderRoot.querySelector<HTMLInputElement>('#keyword')?.focus();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const place = (form.elements.namedItem('place') as HTMLInputElement).value.trim();
    if (place || !this.#nearIsPosition()) this.near = place;
    this.#reveal = 'scroll';
    this.#refine({ text: (form.elements.namedItem('keyword') as HTMLInputElement).value.trim() });
  }

  /** Asks for the position only after this click, and uses it rounded to about 1 km. */
  #useMyLocation(): void {
    if (!navigator.geolocation) {
      this.#announce(this.localizer.t('locationUnavailable'));
      return;
    }
    this.#announce(this.localizer.t('locating'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const round = (value: number) => Math.round(value * 100) / 100;
        this.near = `${round(coords.latitude)},${round(coords.longitude)}`;
        this.#refine({});
        this.#announce(this.localizer.t('usingMyLocation'));
      },
      () => this.#announce(this.localizer.t('locationUnavailable')),
      { enableHighAccuracy: false, maximumAge: 600000, timeout: 15000 },
    );
  }

  #showMore(): void {
    this.#focusFrom = this.listings.length;
    this.search = { ...this.search, page: this.search.page + 1 };
  }
}
