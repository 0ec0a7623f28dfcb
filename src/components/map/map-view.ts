import { DivIcon, LatLngBounds, Map as LeafletMap, Marker, TileLayer } from 'leaflet/dist/leaflet-src.esm.js';
import { leafletStyles } from './leaflet-styles.js';

/** One place: the listings at it, numbered as in the list. */
export interface MapPin {
  /** The listings' ids, in list order; choosing the pin chooses the first. */
  ids: string[];
  /** The listings' numbers in the list, as the cards show them. */
  numbers: string[];
  /** The listings' names, for the pin's accessible name after its numbers. */
  names: string[];
  latitude: number;
  longitude: number;
}

/** Places closer than this on screen share a pin, which zooms in on them when chosen. */
const CROWDED_PX = 30;

/** A pin on the map: one place, or places near each other at this zoom. */
interface PinMarker {
  pin: MapPin;
  places: MapPin[];
  marker: Marker;
}

export interface MapViewOptions {
  /** Absolute tile URL template with {z}, {x}, {y} (and optionally {s}, {r}). */
  tiles: string;
  /** Credit the tile source requires, shown on the map; `href` makes it a link; `lang` when it is known. */
  attribution?: { text: string; href?: string; lang?: string };
  pins: MapPin[];
  /** The listing shown as selected, if any. */
  selected?: string;
  /** `lang` for the listings' names (the feed's language), when it differs from the interface's. */
  namesLang?: string;
  labels: { region: string; zoomIn: string; zoomOut: string };
  /** A listing's pin was chosen, by pointer or keyboard. */
  onSelect(id: string): void;
}

const styles = `${leafletStyles}
:host {
  display: block;
  position: relative;
  overflow: hidden;
  border: 1px solid var(--_border, #8888);
  border-radius: var(--_radius, 0.5rem);
}
.map {
  position: absolute;
  inset: 0;
  direction: ltr;
  background: color-mix(in srgb, currentColor 10%, Canvas);
  font: inherit;
}
.map:focus-visible,
.pin:focus-visible .pin-body,
button:focus-visible,
a:focus-visible {
  outline: 3px solid var(--_accent, Highlight);
  outline-offset: 2px;
}
.map:focus-visible {
  outline-offset: -3px;
}
.pin {
  overflow: visible;
}
.pin-body {
  position: absolute;
  bottom: 8px;
  left: 0;
  transform: translateX(-50%);
  display: flex;
  align-items: center;
  justify-content: center;
  min-width: 1.75rem;
  height: 1.75rem;
  padding: 0 0.4rem;
  border: 2px solid Canvas;
  border-radius: 0.875rem;
  background: var(--_accent, LinkText);
  color: var(--_accent-text, Canvas);
  font-weight: 700;
  font-size: 0.8125rem;
  line-height: 1;
  white-space: nowrap;
  box-shadow: 0 1px 4px #0007;
}
.pin-body::after {
  content: '';
  position: absolute;
  top: 100%;
  left: 50%;
  margin-left: -6px;
  border: 6px solid transparent;
  border-top-color: var(--_accent, LinkText);
  border-bottom: 0;
}
.current .pin-body {
  background: CanvasText;
  color: Canvas;
  transform: translateX(-50%) scale(1.2);
  transform-origin: 50% 100%;
}
.current .pin-body::after {
  border-top-color: CanvasText;
}
.zoom {
  position: absolute;
  top: 0.5rem;
  inset-inline-start: 0.5rem;
  z-index: 1000;
  display: grid;
}
.zoom button {
  width: 44px;
  height: 44px;
  margin: 0;
  border: 1px solid #0006;
  background: #fff;
  color: #1b1b1b;
  font: 700 1.375rem/1 system-ui, sans-serif;
  cursor: pointer;
}
.zoom button[aria-disabled='true'] {
  color: #767676;
  cursor: default;
}
.zoom button:first-child {
  border-radius: 0.375rem 0.375rem 0 0;
  border-bottom: 0;
}
.zoom button:last-child {
  border-radius: 0 0 0.375rem 0.375rem;
}
.attribution {
  position: absolute;
  bottom: 0;
  inset-inline-end: 0;
  z-index: 1000;
  margin: 0;
  padding: 0.125rem 0.375rem;
  background: #fffd;
  color: #1b1b1b;
  font-size: 0.75rem;
  line-height: 24px;
}
.attribution a {
  display: inline-block;
  min-height: 24px;
  color: #0b4f9c;
}
.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}
@media (forced-colors: active) {
  .pin-body,
  .current .pin-body {
    border-color: CanvasText;
  }
}
`;

let sheet: CSSStyleSheet | undefined;

/** The styles, adopted where the browser can (no inline `<style>`, so a strict CSP has nothing to block). */
function adopt(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
    }
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = styles;
  root.append(style);
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The map of the listings in hand: Leaflet, in a shadow root of its own on `host` (Leaflet's CSS lives
 * there), with its own zoom buttons and credit line (Leaflet's write HTML strings, which a page that
 * requires Trusted Types refuses). Pins are buttons in list order; the list stays the source of truth.
 */
export class MapView {
  readonly #root: ShadowRoot;
  readonly #map: LeafletMap;
  readonly #container: HTMLElement;
  readonly #zoomIn = element('button');
  readonly #zoomOut = element('button');
  readonly #credit = element('p', 'attribution');
  readonly #resize: ResizeObserver;
  #options?: MapViewOptions;
  #tiles?: TileLayer;
  #places: MapPin[] = [];
  /** The pins on the map: places near each other on screen, at this zoom, share one. */
  #markers: PinMarker[] = [];
  #pinsKey = '';
  #namesLang?: string;
  /** The pins have been fitted into a map of a real size (a hidden or unlaid map cannot be fitted). */
  #fitted = false;
  #zooming = false;
  /** The listing whose pin takes focus once the map has moved to it. */
  #focusNext?: string;
  #destroyed = false;

  constructor(host: HTMLElement) {
    this.#root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    this.#root.replaceChildren();
    adopt(this.#root);
    this.#container = element('div', 'map');
    this.#container.setAttribute('role', 'region');
    const zoom = element('div', 'zoom');
    for (const [button, text, step] of [[this.#zoomIn, '+', 1], [this.#zoomOut, '\u2212', -1]] as const) {
      button.type = 'button';
      button.textContent = text;
      button.addEventListener('click', () => this.#map.setZoom(this.#map.getZoom() + step));
      zoom.append(button);
    }
    this.#credit.dir = 'auto'; // its own direction, whatever the interface's
    this.#root.append(this.#container, zoom, this.#credit);
    // Enter and Space choose the focused pin, as on any button (Leaflet adds a marker's element only once
    // the map has a view, so the keys are heard here rather than on each pin).
    this.#container.addEventListener('keydown', (event) => {
      const chosen = this.#markers.find(({ marker }) => marker.getElement() === event.target);
      if (!chosen || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      event.stopPropagation();
      this.#choose(chosen);
    });
    const still = reducedMotion();
    this.#map = new LeafletMap(this.#container, {
      zoomControl: false,
      attributionControl: false,
      // The page scrolls under the wheel; zoom is the buttons, double-click, pinch and the + and - keys.
      scrollWheelZoom: false,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      inertia: !still,
      maxZoom: 18,
      // Fit the pins as closely as the map allows, not to the next whole zoom level out.
      zoomSnap: 0.25,
    });
    this.#map.on('zoomstart', () => (this.#zooming = true));
    this.#map.on('zoomend', () => {
      this.#zooming = false;
      this.#zoomButtons();
      this.#placePins();
    });
    this.#resize = new ResizeObserver(() => {
      this.#map.invalidateSize({ animate: false });
      if (!this.#fitted) this.#fit();
    });
    this.#resize.observe(this.#container);
  }

  update(options: MapViewOptions): void {
    const previous = this.#options;
    this.#options = options;
    this.#container.setAttribute('aria-label', options.labels.region);
    this.#zoomIn.setAttribute('aria-label', options.labels.zoomIn);
    this.#zoomOut.setAttribute('aria-label', options.labels.zoomOut);
    if (options.tiles !== previous?.tiles) {
      this.#tiles?.remove();
      // The page's address is not the tile server's business: it gets the origin, never the path or query.
      this.#tiles = new TileLayer(options.tiles, { maxZoom: 19, referrerPolicy: 'strict-origin' }).addTo(this.#map);
    }
    if (options.attribution?.text !== previous?.attribution?.text || options.attribution?.href !== previous?.attribution?.href) {
      this.#showCredit(options.attribution);
    }
    const key = JSON.stringify([options.pins, options.namesLang]);
    if (key !== this.#pinsKey) {
      this.#pinsKey = key;
      this.#places = options.pins;
      this.#namesLang = options.namesLang;
      this.#fitted = false;
      this.#fit();
    }
    this.#markCurrent();
  }

  /** Brings a listing's places into view and focuses its pin, as "Show on map" asks. */
  show(id: string): void {
    const places = this.#places.filter((place) => place.ids.includes(id));
    if (!places.length || !this.#fitted) return;
    const animate = !reducedMotion();
    (this.#root.host as HTMLElement).scrollIntoView({ block: 'nearest', behavior: animate ? 'smooth' : 'auto' });
    this.#focusNext = id;
    // Once there (a move always ends, even a move of nothing), the pins are regrouped for the zoom and its
    // pin takes focus.
    this.#map.once('moveend', () => this.#placePins());
    if (places.length === 1) this.#map.setView([places[0].latitude, places[0].longitude], Math.max(this.#map.getZoom(), 14), { animate });
    else this.#map.fitBounds(this.#bounds(places), { padding: [48, 48], maxZoom: 15, animate });
  }

  destroy(): void {
    this.#destroyed = true;
    this.#resize.disconnect();
    // Leaflet finishes a zoom animation on a timer and fails if the map is gone by then: let it finish.
    if (this.#zooming) this.#map.once('zoomend', () => this.#map.remove());
    else this.#map.remove();
  }

  /**
   * Draws the pins for this zoom: places are taken in list order, and a place within CROWDED_PX of an
   * earlier pin joins it ("1, 4"), so no pin hides another's number. Focus stays with the listing it was on.
   */
  #placePins(): void {
    if (!this.#fitted || this.#destroyed) return;
    const focused = this.#markers.find(({ marker }) => marker.getElement() === this.#root.activeElement)?.pin.ids[0];
    const wanted = this.#focusNext ?? focused;
    this.#focusNext = undefined;
    for (const { marker } of this.#markers) marker.remove();
    const groups: { places: MapPin[]; at: ReturnType<LeafletMap['latLngToLayerPoint']> }[] = [];
    for (const place of this.#places) {
      const at = this.#map.latLngToLayerPoint([place.latitude, place.longitude]);
      const near = groups.find((group) => group.at.distanceTo(at) < CROWDED_PX);
      if (near) near.places.push(place);
      else groups.push({ places: [place], at });
    }
    this.#markers = groups.map(({ places }) => {
      const pin: MapPin = {
        ids: [...new Set(places.flatMap((place) => place.ids))],
        numbers: [...new Set(places.flatMap((place) => place.numbers))],
        names: [...new Set(places.flatMap((place) => place.names))],
        latitude: places[0].latitude,
        longitude: places[0].longitude,
      };
      const { numbers } = pin;
      const body = element('span', 'pin-body');
      const names = element('span', 'visually-hidden', `: ${pin.names.join('; ')}`);
      if (this.#namesLang) names.lang = this.#namesLang;
      body.append(element('span', undefined, numbers.length > 3 ? `${numbers.slice(0, 2).join(', ')} +${numbers.length - 2}` : numbers.join(', ')), names);
      // A zero-sized icon anchored at the place; the visible pin is drawn above it, as wide as its numbers.
      const icon = new DivIcon({ html: body, className: 'pin', iconSize: [0, 0], iconAnchor: [0, 0] });
      // keyboard: Leaflet makes the pin a focusable role="button"; Enter and Space choose it (see the constructor).
      const marker = new Marker([pin.latitude, pin.longitude], { icon, keyboard: true, riseOnHover: true }).addTo(this.#map);
      const entry: PinMarker = { pin, places, marker };
      marker.on('click', () => this.#choose(entry));
      return entry;
    });
    this.#markCurrent();
    if (wanted) this.#markers.find(({ pin }) => pin.ids.includes(wanted))?.marker.getElement()?.focus({ preventScroll: true });
  }

  /** A pin of one place chooses its (first) listing; a pin of several zooms in until they part. */
  #choose({ pin, places }: PinMarker): void {
    if (places.length === 1 || this.#map.getZoom() >= this.#map.getMaxZoom()) {
      this.#options?.onSelect(pin.ids[0]);
      return;
    }
    this.#focusNext = pin.ids[0];
    this.#map.fitBounds(this.#bounds(places), { padding: [48, 48], animate: !reducedMotion() });
  }

  #markCurrent(): void {
    const selected = this.#options?.selected;
    for (const { pin, marker } of this.#markers) {
      const current = selected !== undefined && pin.ids.includes(selected);
      marker.getElement()?.classList.toggle('current', current);
      marker.setZIndexOffset(current ? 1000 : 0);
    }
  }

  #bounds(places: MapPin[]): LatLngBounds {
    return new LatLngBounds(places.map((place): [number, number] => [place.latitude, place.longitude]));
  }

  /** Fits every place into view, once the map has a size to fit them into, and draws the pins. */
  #fit(): void {
    const size = this.#map.getSize();
    if (!this.#places.length || !size.x || !size.y) return;
    this.#map.fitBounds(this.#bounds(this.#places), { padding: [48, 48], maxZoom: 15, animate: false });
    this.#fitted = true;
    this.#placePins();
  }

  /** At a limit a button says so, yet keeps its focus (a disabled button would drop it to the page). */
  #zoomButtons(): void {
    const disabled = (button: HTMLButtonElement, at: boolean) => (at ? button.setAttribute('aria-disabled', 'true') : button.removeAttribute('aria-disabled'));
    disabled(this.#zoomIn, this.#map.getZoom() >= this.#map.getMaxZoom());
    disabled(this.#zoomOut, this.#map.getZoom() <= this.#map.getMinZoom());
  }

  #showCredit(attribution: MapViewOptions['attribution']): void {
    this.#credit.hidden = !attribution;
    if (attribution?.lang) this.#credit.lang = attribution.lang;
    else this.#credit.removeAttribute('lang');
    if (!attribution) return;
    const text = attribution.href ? element('a', undefined, attribution.text) : document.createTextNode(attribution.text);
    if (text instanceof HTMLAnchorElement) {
      text.href = attribution.href!;
      text.target = '_blank';
      text.rel = 'noopener noreferrer';
    }
    this.#credit.replaceChildren(text);
  }
}
