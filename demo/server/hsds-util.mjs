// @ts-check
// Small pure helpers for the sample HSDS API: text folding, ordering, geo maths, postcodes, paging.
import { stemmer } from 'stemmer';

/** Earth's mean radius in metres (IUGG), used by {@link haversineMetres}. */
export const EARTH_RADIUS_M = 6371008.8;

/**
 * Lower-cases and strips accents so that "Café" and "CAFE" compare equal.
 * @param {unknown} value
 * @returns {string}
 */
export function fold(value) {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  return String(value).normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Quotes a client-supplied value for an error message, shortened so that huge inputs are not echoed back.
 * @param {string} value
 */
export function quote(value) {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/**
 * Splits a search query into folded words.
 * @param {string} query
 * @returns {string[]}
 */
export function searchWords(query) {
  return fold(query).split(/\s+/u).filter((word) => word.length > 0);
}

/**
 * The words of a folded text, split as the SDK's own search splits them: runs of letters and digits.
 * @param {string} folded
 * @returns {string[]}
 */
export function wordsOf(folded) {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * True when every query word starts some word of the text or is a form of it ("groceries" finds "grocery"),
 * as a server's full-text search with English stemming and prefixes would match.
 * @param {string[]} textWords
 * @param {string[]} queryWords
 */
export function matchesAllPrefixes(textWords, queryWords) {
  return queryWords.every((query) => {
    const stem = stemmer(query);
    return textWords.some((word) => word.startsWith(query) || stemmer(word) === stem);
  });
}

/**
 * True when every word occurs somewhere in the folded haystack.
 * @param {string} haystack already folded
 * @param {string[]} words already folded
 */
export function matchesAllWords(haystack, words) {
  return words.every((word) => haystack.includes(word));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Orders by name (accent- and case-insensitive, numeric-aware), then by id, deterministically.
 * @param {{ name: string, id: string }} a
 * @param {{ name: string, id: string }} b
 */
export function compareNameThenId(a, b) {
  const byName = collator.compare(a.name, b.name);
  if (byName !== 0) return byName;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {unknown} value
 * @returns {unknown[]}
 */
export function asArray(value) {
  return Array.isArray(value) ? value : [];
}

/**
 * @param {unknown} value
 * @returns {string}
 */
export function asString(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/**
 * Keeps only the scalar (non-object, non-array) fields of a record: the "one-to-one" level of a list item.
 * @param {Record<string, unknown>} record
 * @returns {Record<string, unknown>}
 */
export function scalarFields(record) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null || typeof value !== 'object') out[key] = value;
  }
  return out;
}

/**
 * Normalises a postcode/ZIP for comparison: upper case, no whitespace, ZIP+4 reduced to the 5-digit ZIP.
 * @param {unknown} value
 * @returns {string}
 */
export function normalizePostcode(value) {
  const compact = asString(value).toUpperCase().replace(/\s+/gu, '');
  const zipPlus4 = /^(\d{5})-\d{4}$/u.exec(compact);
  return zipPlus4 ? zipPlus4[1] : compact;
}

/**
 * Reads a location's coordinates; numbers or numeric strings in range, else null (virtual locations).
 * @param {Record<string, unknown>} location
 * @returns {{ lat: number, lon: number } | null}
 */
export function coordinatesOf(location) {
  const read = (/** @type {unknown} */ v) =>
    typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  const lat = read(location.latitude);
  const lon = read(location.longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

/**
 * Great-circle distance in metres.
 * @param {{ lat: number, lon: number }} a
 * @param {{ lat: number, lon: number }} b
 */
export function haversineMetres(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * @template T
 * @typedef {{ total_items: number, total_pages: number, page_number: number, size: number,
 *   first_page: boolean, last_page: boolean, empty: boolean, contents: T[] }} Page
 */

/**
 * Builds the HSDS page envelope for one page of already filtered and ordered items.
 * @template T, U
 * @param {T[]} items every match, in order
 * @param {number} page 1-based
 * @param {number} perPage
 * @param {(item: T) => U} toItem shapes only the items on this page
 * @returns {Page<U>}
 */
export function paginate(items, page, perPage, toItem) {
  const total = items.length;
  const totalPages = Math.ceil(total / perPage);
  const start = (page - 1) * perPage;
  const contents = start < total ? items.slice(start, start + perPage).map(toItem) : [];
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
