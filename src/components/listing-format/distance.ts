import type { Formatters } from '../../i18n/formatters.js';

export type DistanceUnit = 'mi' | 'km';

const KM_PER_MILE = 1.609344;

export function toKm(distance: number, unit: DistanceUnit): number {
  return unit === 'mi' ? distance * KM_PER_MILE : distance;
}

/**
 * The unit distances are given in: `units` when the author set one, else miles where people count in miles
 * (US and UK English; for English the browser's own language tells which English), kilometres elsewhere.
 */
export function distanceUnit(units: string | undefined, lang: string, browserLang: string): DistanceUnit {
  if (units === 'mi' || units === 'km') return units;
  return /^en-(us|gb)$|^en$/i.test(lang === 'en' ? browserLang : lang) ? 'mi' : 'km';
}

/** "2.3 mi" or "12 km" in the interface language: one decimal under ten, none above. */
export function formatDistance(distanceKm: number, unit: DistanceUnit, format: Pick<Formatters, 'number'>): string {
  const miles = unit === 'mi';
  const value = miles ? distanceKm / KM_PER_MILE : distanceKm;
  return format.number(value, { style: 'unit', unit: miles ? 'mile' : 'kilometer', unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 });
}
