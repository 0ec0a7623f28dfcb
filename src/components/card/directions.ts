import type { ListingLocation } from '../../sdk/model.js';
import { formatAddress } from '../listing-format/address.js';
import { encodeUriText } from '../../sdk/normalize/clean-text.js';

/** Map services a directions link can open; or an https URL template with {address}, {lat} and {lon}. */
export type MapProvider = 'google' | 'apple' | 'osm' | (string & {});

/**
 * A directions link for a physical location, or undefined when there is nowhere to go (online-only, no
 * address and no coordinates). Nothing is requested from the map service until the visitor follows the link.
 */
export function directionsUrl(location: ListingLocation, provider: MapProvider = 'google'): string | undefined {
  if (location.virtual) return undefined;
  const address = location.address ? formatAddress(location.address) : '';
  const hasPoint = location.latitude !== undefined && location.longitude !== undefined;
  const point = hasPoint ? `${location.latitude},${location.longitude}` : '';
  const destination = address || point;
  if (!destination) return undefined;
  const q = encodeUriText(destination);
  switch (provider) {
    case 'google':
      return `https://www.google.com/maps/dir/?api=1&destination=${q}`;
    case 'apple':
      return `https://maps.apple.com/?daddr=${q}`;
    case 'osm':
      return hasPoint
        ? `https://www.openstreetmap.org/directions?to=${encodeUriText(point)}`
        : `https://www.openstreetmap.org/search?query=${q}`;
    default: {
      const filled = provider
        .replaceAll('{address}', q)
        .replaceAll('{lat}', hasPoint ? String(location.latitude) : '')
        .replaceAll('{lon}', hasPoint ? String(location.longitude) : '');
      return /^https:\/\//i.test(filled) ? filled : undefined;
    }
  }
}
