// Spellings and shapes of real feeds (ORUK councils, hand-made exports) that the HSDS schemas do not use,
// rewritten to the HSDS ones so the normalizer reads them: `organisation`, `min_age`, address fields on
// the location, GeoJSON points, a flat `taxonomies` list, a contact's `phone` as a plain string.
import { isRecord } from './parse-entity.js';

type Row = Record<string, unknown>;

const ADDRESS_FIELDS = ['address_1', 'address_2', 'city', 'postal_code', 'postcode', 'state_province', 'region', 'country'];

/** [longitude, latitude] (GeoJSON order) or {latitude|lat, longitude|lng|lon}. */
function pointOf(value: unknown): { latitude: unknown; longitude: unknown } | undefined {
  const coordinates = isRecord(value) && value.type === 'Point' ? value.coordinates : value;
  if (Array.isArray(coordinates) && coordinates.length >= 2) return { longitude: coordinates[0], latitude: coordinates[1] };
  if (!isRecord(coordinates)) return undefined;
  const latitude = coordinates.latitude ?? coordinates.lat;
  const longitude = coordinates.longitude ?? coordinates.lng ?? coordinates.lon;
  return latitude != null && longitude != null ? { latitude, longitude } : undefined;
}

const withPostalCode = (address: unknown): unknown =>
  isRecord(address) && address.postal_code == null && address.postcode != null ? { ...address, postal_code: address.postcode } : address;

function upgradeLocation(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const location: Row = { ...raw };
  if (location.latitude == null && location.longitude == null) {
    const point = pointOf(raw.geometry) ?? pointOf(raw.point) ?? pointOf(raw.coordinates) ?? pointOf(raw.geo) ?? pointOf({ lat: raw.lat, lng: raw.lng ?? raw.lon });
    if (point) Object.assign(location, point);
  }
  if (Array.isArray(raw.addresses)) location.addresses = raw.addresses.map(withPostalCode);
  const hasAddresses = ['addresses', 'physical_addresses', 'postal_addresses'].some((key) => raw[key] != null);
  if (!hasAddresses && ADDRESS_FIELDS.some((key) => raw[key] != null)) {
    location.addresses = [withPostalCode(Object.fromEntries(ADDRESS_FIELDS.flatMap((key) => (raw[key] == null ? [] : [[key, raw[key]]]))))];
  }
  return location;
}

/** A contact's `phone` (a number, or a phone object) joins its `phones`. */
function upgradeContact(raw: unknown): unknown {
  if (!isRecord(raw) || raw.phone == null) return raw;
  const phone = isRecord(raw.phone) ? raw.phone : { number: raw.phone };
  return { ...raw, phones: [...(Array.isArray(raw.phones) ? raw.phones : []), phone] };
}

/** A flat `taxonomies` / `taxonomy_terms` list of terms (objects or bare names) → `attributes[].taxonomy_term`. */
function flatTerms(raw: Row): Row[] {
  return ['taxonomies', 'taxonomy_terms'].flatMap((key) =>
    (Array.isArray(raw[key]) ? raw[key] : []).flatMap((term: unknown) => {
      if (typeof term === 'string' || typeof term === 'number') return term === '' ? [] : [{ taxonomy_term: { id: term, name: term } }];
      return isRecord(term) && term.id != null ? [{ taxonomy_term: term }] : [];
    }),
  );
}

const list = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

export function upgradeVariants(raw: Row): Row {
  const service: Row = { ...raw };
  service.organization ??= raw.organisation;
  service.organization_id ??= raw.organisation_id;
  service.minimum_age ??= raw.min_age;
  service.maximum_age ??= raw.max_age;
  const contacts = list(raw.contacts);
  if (contacts) service.contacts = contacts.map(upgradeContact);
  const locations = list(raw.locations);
  if (locations) service.locations = locations.map(upgradeLocation);
  const sals = list(raw.service_at_locations);
  if (sals) service.service_at_locations = sals.map((sal) => (isRecord(sal) && sal.location != null ? { ...sal, location: upgradeLocation(sal.location) } : sal));
  const terms = flatTerms(raw);
  if (terms.length) service.attributes = [...(list(raw.attributes) ?? []), ...terms];
  for (const key of ['organization', 'organization_id', 'minimum_age', 'maximum_age']) if (service[key] == null) delete service[key];
  return service;
}
