// Where an API search near a postcode is measured from: a lazy chunk, loaded by postcode searches only.
import type { Cached } from '../cache.js';
import { haversineKm, type Coordinates } from '../geo.js';
import type { SearchResult } from '../model.js';
import { hasWiderArea } from '../search/postcode-area.js';
import { unknownPostcodeIssue, type FeedQuery, type Geocoder } from './feed.js';
import type { PulledView } from './pulled-view.js';

/** Added to a `proximity` asked for: a server may measure a little differently (another Earth radius, a flat map). */
const PROXIMITY_MARGIN_M = 10;

/** Where a search near a postcode is measured from, and how far the server is asked to select around it. */
export interface PlacedPostcode {
  point?: Coordinates;
  /** The `proximity` to ask for: with `point`, one that holds every service within the radius of it. */
  proximityM?: number;
  complete: boolean;
  stale?: boolean;
}

/** What can tell where a postcode is, each asked only when needed. */
export interface PostcodeSources {
  geocode?: Geocoder;
  /** The server's services at the postcode, no other filter; undefined when it refuses the postcode. */
  atPostcode(): Promise<PulledView | undefined>;
  /** The whole feed, pulled. */
  everything(): Promise<Cached<PulledView>>;
}

/**
 * Where a postcode is: the geocoder's answer, else the centroid of the feed's own addresses with it, found
 * like a file does among ALL its addresses (those of a text or category selection would move the point).
 * With a radius, those addresses come from the server's own selection of the postcode (no other filter),
 * and bound where the server's centre can be: the server is asked for `proximityM`, which holds every
 * service within the radius of the point. When it answers but none of its services has that postcode, it
 * places the postcode itself (no point: its selection and distances stand). When it refuses the postcode,
 * only addresses elsewhere in its area can place it, so the whole feed is searched for them (and measured
 * here) only then, as it is without a radius. `complete` is false when a bound cut the addresses searched.
 */
export async function placePostcode(postcode: string, radiusKm: number | undefined, sources: PostcodeSources, signal?: AbortSignal): Promise<PlacedPostcode> {
  const geocoded = await sources.geocode?.(postcode, { signal });
  if (radiusKm !== undefined) {
    const atPostcode = await sources.atPostcode();
    if (atPostcode) {
      const addresses = atPostcode.index.postcodePoints(postcode);
      const point = geocoded ?? atPostcode.index.postcodePoint(postcode);
      if (point && addresses.length) {
        // A server centres a postcode among its addresses (their mean, or another weighting of them): no
        // farther from the point than the farthest of them.
        const reachKm = Math.max(...addresses.map((address) => haversineKm(point, address)));
        return { point, proximityM: Math.ceil((radiusKm + reachKm) * 1000) + PROXIMITY_MARGIN_M, complete: true };
      }
      // Rounded up: a tiny radius is still a radius (`proximity=0` is refused).
      if (!geocoded) return { proximityM: Math.ceil(radiusKm * 1000), complete: true };
    } else if (!geocoded && !hasWiderArea(postcode)) {
      return { complete: true };
    }
  }
  if (geocoded) return { point: geocoded, complete: true };
  const everything = await sources.everything();
  return { point: everything.value.index.postcodePoint(postcode), complete: everything.value.complete, ...(everything.stale && { stale: true }) };
}

/** A postcode neither the geocoder nor the feed's addresses place: nothing, as a file answers, and why. */
export function nowhere(postcode: string, query: FeedQuery, placed: PlacedPostcode): SearchResult {
  return {
    items: [],
    total: 0,
    page: query.page,
    pageSize: query.pageSize,
    totalPages: 0,
    issues: [unknownPostcodeIssue(postcode)],
    // A bounded pull may have missed the postcode's addresses.
    ...(!placed.complete && { totalIsLowerBound: true }),
    ...(placed.stale && { stale: true }),
  };
}
