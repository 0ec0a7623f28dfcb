import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import type { Geocoder, ResourceDirectoryClient, Vocabulary } from '../../sdk/index.js';
import { attributeOf, CONFIG_KEYS, globalConfig, type ResourceDirectoryConfig } from '../../config.js';
import { ResourceDirectoryLanguageEvent } from '../../events/events.js';
import { Localizer } from '../../i18n/localize.js';
import { matchLocale } from '../../i18n/locales.js';
import { partLang } from '../../i18n/part-lang.js';
import { baseStyles } from '../../styles/base.styles.js';
import type { CustomCrisisLine } from '../crisis/crisis-lines.js';
import { crisisStyles } from '../crisis/crisis.styles.js';
import { QuickExitController } from '../quick-exit/quick-exit.js';
import { savedStore } from '../saved/saved-store.js';
import { lazy } from '../lazy.js';
import { distanceUnit } from '../listing-format/distance.js';
import { directoryStyles } from './directory.styles.js';
import { languageSwitcher } from './language-switcher.js';
import { MapController } from '../map/map-controller.js';
import { nearIsPosition } from './near.js';
import { readUrlLanguage, writeUrlLanguage } from './url-state.js';
import { Announcer } from './controllers/announcer.js';
import { CrisisIntent } from './controllers/crisis-intent.js';
import { Geolocation } from './controllers/geolocation.js';
import { SearchController, type SearchState } from './controllers/search-controller.js';
import type { Sort } from './filter-panel.js';
import { configErrorView } from './views/config-error-view.js';
import { emptyView } from './views/empty-view.js';
import { errorView } from './views/error-view.js';
import { loadingView } from './views/loading-view.js';
import { resultsView } from './views/results-view.js';
import { savedListView } from './views/saved-list-view.js';
import { statusText } from './views/status-text.js';

// Code most visits need late or never, in lazy chunks (the crisis words, what to try when nothing matches
// and the saved list load in their controllers and views): the filter panel.
const filterPanelChunk = lazy(() => import('./filter-panel.js'));
// Before a search the top categories as tiles (fetched at the first render, to hold their place above the cards),
// after one the filters in force as chips.
const browseTilesChunk = lazy(() => import('./browse-tiles.js'));
const filterChipsChunk = lazy(() => import('./filter-chips.js'));

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
 * @csspart browse-tile-pending - An empty tile (also `browse-tile`) holding a tile's place until the categories come.
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
    mapAttribution: { attribute: 'map-attribution' },
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
    filtersOpen: { state: true },
    savedOpen: { state: true },
    uiLang: { state: true },
    nearOpen: { state: true },
  };

  /** Base URL of an HSDS API, or URL of a static HSDS JSON file. Relative URLs resolve against the page. */
  feed?: string;
  /** Keywords for the first search. */
  query = '';
  /** Preset category filter: comma-separated taxonomy term ids or codes, in any case (`sg-peer` finds `SG-PEER`). */
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
   * The credit your tile provider requires, shown on the map as text. Default: OpenStreetMap's, for its tiles.
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
   * Places a postcode or place name: `(place, { signal }) => Promise<{ latitude, longitude } | undefined>`.
   * Without it, the centre of the feed's own addresses with that postcode places it, on an API too.
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

  private filtersOpen = false;
  private savedOpen = false;
  private nearOpen = false;
  /** A search the visitor started: bring its status line into view (and focus it, when the control they used is gone). */
  #reveal?: 'scroll' | 'focus';
  /** The interface language the visitor chose in the menu; the author's `lang` stays as written. */
  private uiLang?: string;
  #unsubscribeSaved?: () => void;
  private quickExitController = new QuickExitController(this, {
    enabled: () => this.quickExit,
    destination: () => this.quickExitUrl,
  });
  private localizer = new Localizer(this, () => this.uiLang);
  #map?: MapController;
  private crisisIntent: CrisisIntent = new CrisisIntent(this, () => this.search.text);
  private announcer = new Announcer(this, () => ({ search: this.search, lang: this.localizer.lang }));
  private searching: SearchController = new SearchController(this, {
    crisis: this.crisisIntent,
    unit: () => this.#unit(),
    onRefine: () => this.announcer.clear(),
    onShown: () => {
      if (this.#reveal) this.#revealResults();
    },
    onFailed: () => {
      this.#reveal = undefined; // the message shows where the results would have; a later search must not jump
    },
  });
  private geolocation = new Geolocation(this, {
    localizer: this.localizer,
    announce: this.announcer.announce,
    onPosition: (near) => {
      this.near = near;
      this.#refine({});
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#applyGlobalConfig(globalConfig());
    // The List · Map toggle sits above the cards: part of this script, it is there when they are drawn instead
    // of pushing them down under a visitor's thumb (as its own chunk, it came after them one load in two on a
    // slow phone). It shows nothing with map-tiles="none"; the map itself (Leaflet) loads only when opened.
    this.#map ??= new MapController(this, () => [this.searching.listings, this.localizer]);
    this.#unsubscribeSaved = savedStore.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeSaved?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('categories')) this.searching.preset(this.query, this.categories);
    if (!this.hasUpdated && this.urlState) {
      this.searching.restoreFromUrl();
      this.uiLang = matchLocale(readUrlLanguage(location.href) ?? '')?.tag;
    }
    if (changed.has('near')) this.searching.sort = this.near ? 'distance' : 'relevance';
    if ((!this.hasUpdated || changed.has('feed')) && !this.client) {
      if (!this.feed) console.warn('<resource-directory>: no feed attribute; set feed="https://…" to an HSDS API or JSON file.');
      else if (!this.searching.feed.feedUrl()) console.warn(`<resource-directory>: feed "${this.feed}" is not a valid URL.`);
    }
  }

  protected override firstUpdated(): void {
    // The crisis words (for a visitor's own search) are not needed for the first cards: fetched and run once
    // they are drawn, not on a slow phone's one busy thread before them.
    const afterFirstResults = () => this.crisisIntent.prefetch();
    this.searchComplete.then(afterFirstResults, afterFirstResults);
  }

  /** Resolves when the current search has finished and its results are rendered. */
  get searchComplete(): Promise<unknown> {
    return this.searching.complete;
  }

  #applyGlobalConfig(config: ResourceDirectoryConfig): void {
    for (const key of Object.keys(CONFIG_KEYS) as (keyof ResourceDirectoryConfig)[]) {
      const value = config[key];
      if (value === undefined || value === null || this.hasAttribute(attributeOf(key))) continue;
      if (key === 'lang') this.lang = String(value);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  #unit(): 'mi' | 'km' {
    return distanceUnit(this.units, this.localizer.lang, navigator.language);
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
      ${this.crisisIntent.strip(this.localizer)}
      <slot name="header"></slot>
      ${this.noSearch ? nothing : this.#searchForm()} ${this.#toolbar()}
      ${this.savedOpen ? this.#savedList() : [this.#browseOrChips(), this.#body()]}
      ${this.announcer.region(this.#status())}
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
            this.announcer.clear();
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
      categories: this.searching.feed.categoriesTask.value ?? [],
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
    const { categoriesTask } = this.searching.feed;
    const categories = categoriesTask.value ?? [];
    const common = { host: this, localizer: this.localizer, categories, feedLang: partLang(this.feedLang, this.localizer.lang) };
    if (!this.searching.hasFilters()) {
      const coming = categoriesTask.value === undefined && (categoriesTask.status === TaskStatus.INITIAL || categoriesTask.status === TaskStatus.PENDING);
      if (!coming && !categories.length) return nothing;
      const tiles = browseTilesChunk.valueOrLoad(() => this.requestUpdate());
      // Until their chunk comes, a row of tiles keeps its place (the whole of it on a phone).
      if (!tiles) return html`<div class="browse-slot"></div>`;
      return tiles.browseTiles({
        ...common,
        categories: coming ? undefined : categories,
        onChoose: (category) => {
          this.#reveal = 'focus';
          this.#refine({ categories: [category.id] });
        },
        onAll: () => void this.#showAllCategories(),
      });
    }
    return filterChipsChunk.valueOrLoad(() => this.requestUpdate())?.filterChips({
      ...common,
      state: this.search,
      onRemove: (change) => {
        this.#refine(change);
        return this.updateComplete;
      },
      onNoneLeft: () => this.#skipToResults(),
    }) ?? nothing;
  }

  /** "All categories": the filter panel, open, with focus on its first category. */
  async #showAllCategories(): Promise<void> {
    this.filtersOpen = true;
    this.#openFilterPanel();
    await filterPanelChunk.load().catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#filter-panel input')?.focus();
  }

  /** The view of the search's state: a setup error, loading, a failure, nothing found, or the results. */
  #body(): TemplateResult {
    const { searching, localizer } = this;
    const { task } = searching;
    if (!this.client && !searching.feed.feedUrl()) return configErrorView(localizer, this.feed);
    const loading = task.status === TaskStatus.PENDING;
    if (task.status === TaskStatus.ERROR) {
      return errorView({ localizer, failure: searching.failure, error: task.error, near: this.near, onRetry: () => void task.run() });
    }
    const result = task.value;
    if ((loading && searching.listings.length === 0) || !result) return loadingView(localizer);
    const crisisPrefix = this.crisisIntent.prefix(localizer);
    if (result.total === 0 && searching.listings.length === 0) {
      return emptyView({
        localizer,
        search: this.search,
        result,
        feedLang: this.feedLang,
        crisisLines: this.crisisIntent.lines,
        crisisPrefix,
        hasFilters: searching.hasFilters(),
        onClearFilters: () => this.#clearFilters(),
        onRefine: (change) => this.#refine(change),
        requestUpdate: () => this.requestUpdate(),
        unknownPlace: result.issues.some((issue) => issue.path === 'near.postcode') ? this.near : undefined,
      });
    }
    return resultsView({
      localizer,
      result,
      listings: searching.listings,
      loading,
      crisisPrefix,
      map: this.#map,
      card: {
        mapProvider: this.mapProvider,
        layout: this.layout,
        feedLang: this.feedLang,
        staleAfterMonths: this.staleAfterMonths,
        units: this.#unit(),
        reportUrl: this.reportUrl ?? searching.feed.publisherTask.value,
        announce: this.announcer.announce,
      },
      onShowMore: () => searching.showMore(),
    });
  }

  #savedList(): TemplateResult | typeof nothing {
    return savedListView({ localizer: this.localizer, feedLang: this.feedLang, announce: this.announcer.announce, host: this });
  }

  /** What the live region says when there is no notice. */
  #status(): string {
    const { task, listings } = this.searching;
    return statusText({
      localizer: this.localizer,
      loading: task.status === TaskStatus.PENDING,
      complete: task.status === TaskStatus.COMPLETE,
      result: task.value,
      listingsShown: listings.length,
      savedOpen: this.savedOpen,
      crisisPrefix: this.crisisIntent.prefix(this.localizer),
    });
  }

  private get search(): SearchState {
    return this.searching.search;
  }

  private get sort(): Sort {
    return this.searching.sort;
  }

  #nearIsPosition(): boolean {
    return nearIsPosition(this.near);
  }

  #sortBy(sort: Sort): void {
    this.searching.sortBy(sort);
  }

  #refine(change: Partial<SearchState>): void {
    this.searching.refine(change);
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

  #useMyLocation(): void {
    this.geolocation.locate();
  }
}

// Here rather than in define.ts, so the side-effect-free main entry types `document.createElement` too.
declare global {
  interface HTMLElementTagNameMap {
    'resource-directory': ResourceDirectory;
  }
}
