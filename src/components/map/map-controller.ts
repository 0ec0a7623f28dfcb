import { adoptStyles, css, html, nothing, supportsAdoptingStyleSheets, svg, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { Listing, ListingLocation } from '../../sdk/model.js';
import type { Localizer } from '../../i18n/localize.js';
import { partLang } from '../../i18n/part-lang.js';
import type { ResourceDirectoryCard } from '../card/card.js';
import { lazy } from '../lazy.js';
import type { MapPin, MapView, MapViewOptions } from './map-view.js';
import { tileSource } from './tile-source.js';

const OSM_CREDIT = { text: '© OpenStreetMap contributors', href: 'https://www.openstreetmap.org/copyright', lang: 'en' };

/** Leaflet and the map itself: fetched only when the visitor opens the map. */
const mapViewChunk = lazy(() => import('./map-view.js'));

/** What the map reads from its directory: the embedder's attributes, and the listings in hand in list order. */
export interface MapHost extends LitElement {
  mapTiles?: string;
  mapAttribution?: string;
  feedLang: string;
}

/** A listing's places on the map: its locations with believable coordinates (0,0 is a feed's blank). */
export const placesOf = (listing: Listing): ListingLocation[] =>
  listing.locations.filter(
    ({ latitude: lat, longitude: lon }) =>
      typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && (lat !== 0 || lon !== 0),
  );

const listIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01"/></svg>`;
const mapIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" d="M9 4 3 6v14l6-2 6 2 6-2V4l-6 2-6-2Zm0 0v14m6-12v14"/></svg>`;
const pinIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z"/></svg>`;

// The toggle sits beside the count while there is room (the host's name under it on a phone). Open, the
// map takes a second column once list and map each get 25rem, and stays in view beside the scrolling list;
// in one column it sits above the list, in the flow (sticky there, it would cover the cards).
const mapStyles = css`
  .results-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .view-toggle {
    flex: 1 1 11rem;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25rem 0.75rem;
  }
  .segmented {
    display: inline-flex;
  }
  .segmented button {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding-inline: 0.875rem;
  }
  .segmented button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .segmented button:last-child {
    margin-inline-start: -2px;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .segmented button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .map-source {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .map-open {
    display: grid;
    gap: var(--_gap) var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(25rem, 40%)), 1fr));
    align-items: start;
    container-type: inline-size;
  }
  .map-region {
    grid-column: -2;
    grid-row: 1 / span 2;
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .map-frame {
    height: clamp(15rem, 50vh, 28rem);
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  @container (min-width: 51rem) {
    .map-region {
      position: sticky;
      top: 0.5rem;
    }
    .map-frame {
      height: clamp(20rem, calc(100vh - 6rem), 44rem);
    }
  }
  .map-open .results > li {
    position: relative;
  }
  .map-open resource-card::part(card-title) {
    padding-inline-end: 3.5rem;
  }
  .map-pin {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
    display: inline-flex;
    align-items: center;
    gap: 0.125rem;
    padding: 0.25rem 0.625rem 0.25rem 0.375rem;
    border-radius: 999px;
    line-height: 1;
  }
  .map-pin[aria-current='true'] {
    background: CanvasText;
    border-color: CanvasText;
    color: Canvas;
  }
  .map-open .results > li:has(> .map-pin[aria-current='true']) > resource-card::part(card) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .off-map p {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .off-map ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .off-map button {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 400;
    text-align: start;
    text-decoration: underline;
  }
  @media print {
    .view-toggle,
    .map-region,
    .map-pin {
      display: none !important;
    }
    .map-open {
      display: block;
    }
  }
`;

/**
 * The map view of a directory: the "List · Map" toggle, the map beside (or above) the list, a numbered
 * "Show on map" pin on each card, and the listings that have no place on the map. A small chunk the
 * directory fetches early, so the toggle is there with the first results; Leaflet and the map itself
 * (map-view.ts) come only when the visitor opens the map, and only then is the tile server asked.
 */
export class MapController implements ReactiveController {
  /** The visitor chose the map (the directory forgets it with the page: no storage, no URL). */
  open = false;
  readonly #host: MapHost;
  readonly #state: () => [listings: Listing[], localizer: Localizer];
  #selected?: string;
  #pins: MapPin[] = [];
  #view?: MapView;
  #viewHost?: HTMLElement;
  readonly #warned = new Set<string>();

  constructor(host: MapHost, state: () => [listings: Listing[], localizer: Localizer]) {
    this.#host = host;
    this.#state = state;
    host.addController(this);
    host.requestUpdate();
    const root = host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, mapStyles.styleSheet!];
    else adoptStyles(root, [mapStyles]);
  }

  hostUpdated(): void {
    const frame = this.#host.renderRoot.querySelector<HTMLElement>('.map-frame') ?? undefined;
    if (frame !== this.#viewHost) {
      this.#view?.destroy();
      this.#view = undefined;
      this.#viewHost = frame;
    }
    const source = this.#source();
    const View = mapViewChunk.value?.MapView;
    if (!frame || !View || !source) return;
    this.#view ??= new View(frame);
    this.#view.update(this.#viewOptions(source.tiles, source.host));
  }

  hostDisconnected(): void {
    this.#view?.destroy();
    this.#view = undefined;
    this.#viewHost = undefined;
  }

  /** "List · Map", and where the map loads from; nothing when no listing in hand has a place to show. */
  toggle(): TemplateResult | typeof nothing {
    const source = this.#source();
    if (!source || (!this.open && !this.#state()[0].some((listing) => placesOf(listing).length))) return nothing;
    const t = this.#t();
    return html`<div class="view-toggle">
      <span class="segmented">
        <button type="button" class="secondary" aria-pressed=${this.open ? 'false' : 'true'} @click=${() => this.#setOpen(false)}>
          ${listIcon}${t('viewList')}
        </button>
        <button type="button" class="secondary" aria-pressed=${this.open ? 'true' : 'false'} aria-describedby="map-source"
          @click=${() => this.#setOpen(true)}>
          ${mapIcon}${t('viewMap')}
        </button>
      </span>
      <span id="map-source" class="map-source">${t('mapSource', source.host)}</span>
    </div>`;
  }

  /** The card's "Show on map": its number on the map, after the card (a card has no place of its own for it). */
  badge(listing: Listing, index: number): TemplateResult | typeof nothing {
    if (!this.open || !placesOf(listing).length) return nothing;
    const t = this.#t();
    return html`<button type="button" class="map-pin" aria-current=${this.#selected === listing.id ? 'true' : nothing}
      @click=${() => this.#showOnMap(listing.id)}>
      ${pinIcon}<span>${this.#number(index)}</span><span class="visually-hidden">: ${t('showOnMap', listing.name)}</span>
    </button>`;
  }

  /** The map, and the listings it cannot show, each a way to its card. */
  region(): TemplateResult | typeof nothing {
    if (!this.open || !this.#source()) return nothing;
    const [listings, localizer] = this.#state();
    const t = this.#t();
    const namesLang = partLang(this.#host.feedLang, localizer.lang) ?? nothing;
    const off = listings.filter((listing) => !placesOf(listing).length);
    this.#pins = this.#pinsOf(listings);
    return html`<div class="map-region">
      ${this.#pins.length ? html`<div class="map-frame" aria-busy=${mapViewChunk.value ? 'false' : 'true'}></div>` : nothing}
      ${off.length
        ? html`<div class="off-map">
            <p id="off-map">${t('notOnMap')}</p>
            <ul aria-labelledby="off-map">
              ${off.map((listing) => html`<li>
                <button type="button" lang=${namesLang} @click=${() => this.#focusCard(listing.id)}>${listing.name}</button>
              </li>`)}
            </ul>
          </div>`
        : nothing}
    </div>`;
  }

  #t(): Localizer['t'] {
    const [, localizer] = this.#state();
    return localizer.t.bind(localizer);
  }

  #number(index: number): string {
    return this.#state()[1].format.number(index + 1);
  }

  #setOpen(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    this.#selected = undefined;
    this.#host.requestUpdate();
    if (!open || mapViewChunk.value) return;
    mapViewChunk.load().then(
      () => this.#host.requestUpdate(),
      (error: unknown) => {
        // Offline: back to the list, which has everything; the next press tries again.
        this.open = false;
        this.#host.requestUpdate();
        console.warn('<resource-directory>: could not load the map.', error);
      },
    );
  }

  /** The tile template in use, or undefined (and one warning) when the embedder's is unusable. */
  #source(): { tiles: string; host: string } | undefined {
    const tiles = this.#host.mapTiles;
    if (tiles?.trim() === 'none') return undefined;
    const source = tileSource(tiles);
    if (!source) this.#warnOnce(`map-tiles "${tiles}" is not an http(s) URL template with {z}, {x} and {y}; the map is off.`);
    return source;
  }

  #credit(host: string): MapViewOptions['attribution'] {
    // A plain property (not reactive: it costs the script-tag bundle nothing) with its attribute as fallback.
    const text = this.#host.mapAttribution?.trim();
    if (text) return { text };
    if (/(^|\.)openstreetmap\.org$/i.test(host)) return OSM_CREDIT;
    this.#warnOnce(`map tiles from ${host} carry no credit; set map-attribution to the wording your tile provider requires.`);
    return undefined;
  }

  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<resource-directory>: ${message}`);
  }

  /** One place per address, with the listings there in list order; the map joins places that crowd. */
  #pinsOf(listings: Listing[]): MapPin[] {
    const places = new Map<string, MapPin>();
    listings.forEach((listing, index) => {
      for (const { latitude, longitude } of placesOf(listing)) {
        const key = `${latitude!.toFixed(5)},${longitude!.toFixed(5)}`;
        const place = places.get(key) ?? { ids: [], numbers: [], names: [], latitude: latitude!, longitude: longitude! };
        places.set(key, place);
        if (place.ids.includes(listing.id)) continue;
        place.ids.push(listing.id);
        place.numbers.push(this.#number(index));
        place.names.push(listing.name);
      }
    });
    return [...places.values()];
  }

  #viewOptions(tiles: string, host: string): MapViewOptions {
    const [, localizer] = this.#state();
    const t = this.#t();
    return {
      tiles,
      attribution: this.#credit(host),
      pins: this.#pins,
      selected: this.#selected,
      namesLang: partLang(this.#host.feedLang, localizer.lang),
      labels: { region: t('viewMap'), zoomIn: t('zoomIn'), zoomOut: t('zoomOut') },
      onSelect: (id) => void this.#focusCard(id),
    };
  }

  /** Pin → card: the card is marked, scrolled to and its heading focused. */
  async #focusCard(id: string): Promise<void> {
    this.#selected = id;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const cards = [...this.#host.renderRoot.querySelectorAll<ResourceDirectoryCard>('resource-card')];
    cards.find((card) => card.listing?.id === id)?.focusTitle();
  }

  /** Card → pin: the pin is marked, brought into view and focused. */
  async #showOnMap(id: string): Promise<void> {
    this.#selected = id;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#view?.show(id);
  }
}
