// @ts-check
// Endpoint logic for the sample HSDS API. Each route takes the precomputed index and the query parameters
// and returns the JSON body, or throws an HttpError.
import { HttpError, readFlag, readPaging, readProximity, readText } from './hsds-http.mjs';
import {
  fold, haversineMetres, matchesAllPrefixes, matchesAllWords, normalizePostcode, paginate, quote, searchWords, wordsOf,
} from './hsds-util.mjs';

/**
 * @typedef {import('./hsds-index.mjs').HsdsIndex} HsdsIndex
 * @typedef {import('./hsds-index.mjs').ServiceRecord} ServiceRecord
 * @typedef {import('./hsds-index.mjs').SalRecord} SalRecord
 */

/**
 * The words of `search`: each must start a word of the service's text, as in the SDK's own search.
 * @param {URLSearchParams} params
 */
function queryWords(params) {
  return wordsOf(fold(readText(params, 'search') ?? ''));
}

/**
 * Orders matches as the SDK ranks them: services whose name (or organization) holds more of the words
 * first, otherwise in their usual order.
 * @template T
 * @param {T[]} matches
 * @param {URLSearchParams} params
 * @param {(match: T) => ServiceRecord} serviceOf
 * @returns {T[]}
 */
function rankBySearch(matches, params, serviceOf) {
  const words = queryWords(params);
  if (words.length === 0) return matches;
  const rank = (/** @type {T} */ match) => words.filter((word) => serviceOf(match).nameText.includes(word)).length;
  return matches
    .map((match, order) => ({ match, order, rank: rank(match) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map((entry) => entry.match);
}

/**
 * Builds the service-level filter shared by /services and /service_at_locations.
 * @param {URLSearchParams} params
 * @returns {(record: ServiceRecord) => boolean}
 */
function serviceFilter(params) {
  const words = queryWords(params);
  const termId = readText(params, 'taxonomy_term_id');
  const organizationId = readText(params, 'organization_id');
  return (record) =>
    (words.length === 0 || matchesAllPrefixes(record.searchWords, words)) &&
    (termId === undefined || record.termKeys.has(termId)) &&
    (organizationId === undefined || record.organizationId === organizationId);
}

/**
 * GET /services
 * @param {HsdsIndex} index
 * @param {URLSearchParams} params
 */
export function listServices(index, params) {
  const { page, perPage } = readPaging(params);
  const full = readFlag(params, 'full');
  const keep = serviceFilter(params);
  const matches = rankBySearch(index.services.filter(keep), params, (record) => record);
  return paginate(matches, page, perPage, (record) => (full ? record.service : record.listItem));
}

/**
 * GET /services/{id}
 * @param {HsdsIndex} index
 * @param {string} id
 */
export function getService(index, id) {
  const record = index.serviceById.get(id);
  if (!record) throw new HttpError(404, `No service with id ${quote(id)}`);
  return record.service;
}

/**
 * One /service_at_locations item.
 * @param {SalRecord} record
 * @param {boolean} full
 */
function salItem(record, full) {
  /** @type {Record<string, unknown>} */
  const item = {
    id: record.sal.id ?? null,
    service_id: record.service.service.id ?? null,
    location_id: record.locationId,
    description: record.sal.description ?? null,
  };
  if (full) {
    for (const [key, value] of Object.entries(record.sal)) {
      if (!(key in item) && key !== 'service' && key !== 'location') item[key] = value;
    }
  }
  item.service = full ? record.service.service : record.service.listItem;
  item.location = record.location;
  return item;
}

/**
 * Applies `postcode` (and `proximity`) to the service-at-location pairs, keeping their order unless sorting
 * by distance.
 * @param {HsdsIndex} index
 * @param {SalRecord[]} sals
 * @param {string} postcodeParam
 * @param {number | undefined} proximity
 * @returns {SalRecord[]}
 */
function filterByPostcode(index, sals, postcodeParam, proximity) {
  const postcode = normalizePostcode(postcodeParam);
  if (!index.knownPostcodes.has(postcode)) {
    throw new HttpError(400, `Unknown postcode ${quote(postcodeParam)}: no location in this dataset has that postcode`);
  }
  if (proximity === undefined) return sals.filter((record) => record.postcodes.has(postcode));
  const centre = index.centroids.get(postcode);
  if (!centre) {
    throw new HttpError(400, `Postcode ${quote(postcodeParam)} has no locations with coordinates, so proximity cannot be used`);
  }
  /** @type {{ record: SalRecord, distance: number, order: number }[]} */
  const near = [];
  sals.forEach((record, order) => {
    if (!record.coords) return;
    const distance = haversineMetres(centre, record.coords);
    if (distance <= proximity) near.push({ record, distance, order });
  });
  near.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return near.map((entry) => entry.record);
}

/**
 * GET /service_at_locations
 * @param {HsdsIndex} index
 * @param {URLSearchParams} params
 */
export function listServiceAtLocations(index, params) {
  const { page, perPage } = readPaging(params);
  const full = readFlag(params, 'full');
  const proximity = readProximity(params);
  const postcode = readText(params, 'postcode');
  const keep = serviceFilter(params);
  let matches = rankBySearch(index.sals.filter((record) => keep(record.service)), params, (record) => record.service);
  // `proximity` is a radius around the postcode's centroid; on its own it has nothing to measure from.
  if (postcode !== undefined) matches = filterByPostcode(index, matches, postcode, proximity);
  return paginate(matches, page, perPage, (record) => salItem(record, full));
}

/**
 * GET /taxonomy_terms
 * @param {HsdsIndex} index
 * @param {URLSearchParams} params
 */
export function listTaxonomyTerms(index, params) {
  const { page, perPage } = readPaging(params);
  const words = searchWords(readText(params, 'search') ?? '');
  const matches = words.length === 0 ? index.terms : index.terms.filter((t) => matchesAllWords(t.searchText, words));
  return paginate(matches, page, perPage, (record) => record.term);
}

/**
 * GET /taxonomy_terms/{id}
 * @param {HsdsIndex} index
 * @param {string} id
 */
export function getTaxonomyTerm(index, id) {
  const record = index.termById.get(id);
  if (!record) throw new HttpError(404, `No taxonomy term with id ${quote(id)}`);
  return record.term;
}
