// @ts-check
// Precomputes everything the sample HSDS API needs once, when the API is created: ordered service records
// with folded search text, service-at-location pairs, distinct taxonomy terms and postcode centroids.
import {
  asArray, asString, compareNameThenId, coordinatesOf, fold, isRecord, normalizePostcode, scalarFields, wordsOf,
} from './hsds-util.mjs';

/**
 * @typedef {{ id: string, name: string, service: Record<string, unknown>, listItem: Record<string, unknown>,
 *   searchWords: string[], nameText: string, termKeys: Set<string>, organizationId: string }} ServiceRecord
 * @typedef {{ id: string, name: string, service: ServiceRecord, sal: Record<string, unknown>,
 *   location: Record<string, unknown> | null, locationId: string | null, postcodes: Set<string>,
 *   coords: { lat: number, lon: number } | null }} SalRecord
 * @typedef {{ id: string, name: string, term: Record<string, unknown>, searchText: string }} TermRecord
 * @typedef {{ lat: number, lon: number }} LatLon
 * @typedef {{ services: ServiceRecord[], serviceById: Map<string, ServiceRecord>, sals: SalRecord[],
 *   terms: TermRecord[], termById: Map<string, TermRecord>, knownPostcodes: Set<string>,
 *   centroids: Map<string, LatLon> }} HsdsIndex
 */

/** Fields kept for a taxonomy term, in output order. */
const TERM_FIELDS = ['id', 'code', 'name', 'description', 'taxonomy', 'taxonomy_detail', 'parent_id', 'language', 'term_uri'];

/**
 * The list-level ("one-to-one") view of a service: its scalar fields, plus organization and program
 * reduced to their own scalar fields. No arrays.
 * @param {Record<string, unknown>} service
 */
export function listLevelService(service) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(service)) {
    if (value === null || typeof value !== 'object') out[key] = value;
    else if ((key === 'organization' || key === 'program') && isRecord(value)) out[key] = scalarFields(value);
  }
  return out;
}

/**
 * @param {Record<string, unknown>} service
 * @returns {Record<string, unknown>[]}
 */
function termsOf(service) {
  /** @type {Record<string, unknown>[]} */
  const terms = [];
  for (const attribute of asArray(service.attributes)) {
    if (isRecord(attribute) && isRecord(attribute.taxonomy_term)) terms.push(attribute.taxonomy_term);
  }
  return terms;
}

/**
 * @param {Record<string, unknown>} service
 * @returns {ServiceRecord}
 */
function serviceRecord(service) {
  const organization = isRecord(service.organization) ? service.organization : {};
  const terms = termsOf(service);
  /** @type {Set<string>} */
  const termKeys = new Set();
  for (const term of terms) {
    for (const key of [asString(term.id), asString(term.code)]) if (key) termKeys.add(key);
  }
  for (const attribute of asArray(service.attributes)) {
    if (isRecord(attribute) && asString(attribute.taxonomy_term_id)) termKeys.add(asString(attribute.taxonomy_term_id));
  }
  // The fields the SDK's search reads: name, alternate name, organization, categories, description.
  const nameText = [service.name, service.alternate_name, organization.name].map(fold).join(' ');
  const searchWords = wordsOf([nameText, ...terms.map((t) => fold(t.name)), fold(service.description)].join(' '));
  return {
    id: asString(service.id),
    name: asString(service.name),
    service,
    listItem: listLevelService(service),
    searchWords,
    nameText,
    termKeys,
    organizationId: asString(organization.id) || asString(service.organization_id),
  };
}

/**
 * @param {Record<string, unknown>} term
 * @returns {Record<string, unknown>}
 */
function shapeTerm(term) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const field of TERM_FIELDS) {
    if (field === 'parent_id') out.parent_id = term.parent_id ?? null;
    else if (term[field] !== undefined) out[field] = term[field];
  }
  return out;
}

/**
 * @param {Record<string, unknown> | null} location
 * @returns {Set<string>}
 */
function postcodesOf(location) {
  /** @type {Set<string>} */
  const postcodes = new Set();
  if (!location) return postcodes;
  for (const address of asArray(location.addresses)) {
    if (!isRecord(address)) continue;
    const postcode = normalizePostcode(address.postal_code);
    if (postcode) postcodes.add(postcode);
  }
  return postcodes;
}

/**
 * @param {ServiceRecord[]} services ordered
 * @returns {SalRecord[]}
 */
function salRecords(services) {
  /** @type {SalRecord[]} */
  const sals = [];
  for (const record of services) {
    for (const sal of asArray(record.service.service_at_locations)) {
      if (!isRecord(sal)) continue;
      const location = isRecord(sal.location) ? sal.location : null;
      const locationId = location ? asString(location.id) || asString(sal.location_id) : asString(sal.location_id);
      sals.push({
        id: asString(sal.id),
        name: record.name,
        service: record,
        sal,
        location,
        locationId: locationId || null,
        postcodes: postcodesOf(location),
        coords: location ? coordinatesOf(location) : null,
      });
    }
  }
  return sals;
}

/**
 * Mean latitude/longitude per postcode over the distinct dataset locations that have coordinates.
 * @param {SalRecord[]} sals
 */
function postcodeCentroids(sals) {
  /** @type {Set<string>} */
  const knownPostcodes = new Set();
  /** @type {Map<string, { lat: number, lon: number, n: number, seen: Set<unknown> }>} */
  const sums = new Map();
  for (const sal of sals) {
    for (const postcode of sal.postcodes) {
      knownPostcodes.add(postcode);
      if (!sal.coords) continue;
      const sum = sums.get(postcode) ?? { lat: 0, lon: 0, n: 0, seen: new Set() };
      sums.set(postcode, sum);
      const locationKey = sal.locationId ?? sal.location;
      if (sum.seen.has(locationKey)) continue;
      sum.seen.add(locationKey);
      sum.lat += sal.coords.lat;
      sum.lon += sal.coords.lon;
      sum.n += 1;
    }
  }
  /** @type {Map<string, LatLon>} */
  const centroids = new Map();
  for (const [postcode, sum] of sums) centroids.set(postcode, { lat: sum.lat / sum.n, lon: sum.lon / sum.n });
  return { knownPostcodes, centroids };
}

/**
 * @param {ServiceRecord[]} services
 */
function distinctTerms(services) {
  /** @type {Map<string, TermRecord>} */
  const termById = new Map();
  for (const record of services) {
    for (const term of termsOf(record.service)) {
      const id = asString(term.id) || asString(term.code);
      if (!id || termById.has(id)) continue;
      const shaped = shapeTerm(term);
      termById.set(id, {
        id,
        name: asString(term.name),
        term: shaped,
        searchText: [term.name, term.code, term.description].map(fold).join('\n'),
      });
    }
  }
  const terms = [...termById.values()].sort(compareNameThenId);
  return { terms, termById };
}

/**
 * @param {readonly unknown[]} services fully nested HSDS services
 * @returns {HsdsIndex}
 */
export function buildIndex(services) {
  const records = services.filter(isRecord).map(serviceRecord).sort(compareNameThenId);
  /** @type {Map<string, ServiceRecord>} */
  const serviceById = new Map();
  for (const record of records) if (record.id && !serviceById.has(record.id)) serviceById.set(record.id, record);
  const sals = salRecords(records);
  return { services: records, serviceById, sals, ...distinctTerms(records), ...postcodeCentroids(sals) };
}
