import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient, normalizeFeed, type Listing } from '../../src/sdk/index.js';
import { useMockServer } from './support/msw.js';

const server = useMockServer();
const FEED = 'https://council.test/services.json';
const one = (record: Record<string, unknown>): { listing: Listing; issues: unknown[] } => {
  const { listings, issues } = normalizeFeed([record], FEED);
  return { listing: listings[0]!, issues };
};
const at = (location: Record<string, unknown>) => ({ id: 's', name: 'Service', service_at_locations: [{ id: 'sal', location: { id: 'loc', ...location } }] });

describe('ORUK-style variants', () => {
  it('reads the spelling `organisation`, as an object and as a foreign key in tables', () => {
    expect(one({ id: 's', name: 'Service', organisation: { id: 'o', name: 'Borough Council' } }).listing.organization).toMatchObject({ id: 'o', name: 'Borough Council' });
    const tables = { services: [{ id: 's', name: 'Service', organisation_id: 'o' }], organisations: [{ id: 'o', name: 'Borough Council' }] };
    expect(normalizeFeed(tables, FEED).listings[0]!.organization).toMatchObject({ name: 'Borough Council' });
  });

  it("reads a contact's phone given as a plain string, and its phones list", () => {
    const { listing } = one({
      id: 's',
      name: 'Service',
      contacts: [
        { id: 'c1', name: 'Reception', phone: '01632 960001' },
        { id: 'c2', name: 'Manager', phones: [{ id: 'p', number: '01632 960002' }] },
      ],
    });
    expect(listing.phones.map((p) => p.number)).toEqual(['01632 960001', '01632 960002']);
  });

  it('reads address fields written on the location itself', () => {
    const { listing } = one(at({ address_1: '1 High Street', address_2: 'Unit 4', city: 'Leeds', postcode: 'LS1 1AA', region: 'West Yorkshire', country: 'gb' }));
    expect(listing.locations[0]!.address).toEqual({ lines: ['1 High Street', 'Unit 4'], city: 'Leeds', postalCode: 'LS1 1AA', region: 'West Yorkshire', country: 'GB' });
    const stateProvince = one(at({ address_1: '2 Main St', city: 'Austin', postal_code: '78701', state_province: 'TX' })).listing;
    expect(stateProvince.locations[0]!.address).toEqual({ lines: ['2 Main St'], city: 'Austin', postalCode: '78701', region: 'TX' });
  });

  it('reads a `postcode` inside an address object', () => {
    const { listing } = one(at({ addresses: [{ address_1: '3 Low Road', postcode: 'M1 1AA' }] }));
    expect(listing.locations[0]!.address).toEqual({ lines: ['3 Low Road'], postalCode: 'M1 1AA' });
  });

  it('reads coordinates from a GeoJSON geometry, a point or a coordinates pair', () => {
    const coordinates = (location: Record<string, unknown>) => {
      const place = one(at(location)).listing.locations[0]!;
      return [place.latitude, place.longitude];
    };
    expect(coordinates({ geometry: { type: 'Point', coordinates: [-1.5491, 53.8008] } })).toEqual([53.8008, -1.5491]);
    expect(coordinates({ point: { lat: 51.5, lng: -0.12 } })).toEqual([51.5, -0.12]);
    expect(coordinates({ coordinates: [-2.24, 53.48] })).toEqual([53.48, -2.24]);
    // Coordinates the location states itself win.
    expect(coordinates({ latitude: 50.1, longitude: -5.5, geometry: { type: 'Point', coordinates: [0, 0] } })).toEqual([50.1, -5.5]);
  });

  it('reads a flat `taxonomies` list of terms or names', () => {
    const { listing } = one({
      id: 's',
      name: 'Service',
      taxonomies: [{ id: 'bw', name: 'Bereavement', vocabulary: 'esdServiceTypes' }, 'Befriending'],
    });
    expect(listing.categories).toEqual([
      { id: 'bw', name: 'Bereavement', taxonomy: 'esdServiceTypes' },
      { id: 'Befriending', name: 'Befriending' },
    ]);
  });

  it('reads regular_schedules with weekday names and with day numbers as text', () => {
    const { listing } = one({
      id: 's',
      name: 'Group',
      regular_schedules: [
        { id: 'r1', weekday: 'Wednesday', opens_at: '17:30', closes_at: '18:30' },
        { id: 'r2', weekday: '5', opens_at: '10:00', closes_at: '12:00' },
      ],
    });
    expect(listing.schedules.map((s) => [s.byDay.map((d) => d.day).join(), s.opensAt, s.closesAt])).toEqual([
      ['WE', '17:30', '18:30'],
      ['FR', '10:00', '12:00'],
    ]);
  });

  it('reads min_age and max_age', () => {
    const { listing } = one({ id: 's', name: 'Youth club', min_age: '11', max_age: 18 });
    expect([listing.minimumAge, listing.maximumAge]).toEqual([11, 18]);
  });

  it('reads ids that are numbers, everywhere', () => {
    const { listing, issues } = one({
      id: 12,
      name: 'Service',
      organization: { id: 7, name: 'Org' },
      service_at_locations: [{ id: 5, location: { id: 3, name: 'Hall', schedules: [{ id: 9, byday: 'MO', opens_at: '09:00', closes_at: '17:00' }] } }],
      attributes: [{ id: 1, taxonomy_term: { id: 44, name: 'Food', parent_id: 40 } }],
    });
    expect(issues).toEqual([]);
    expect([listing.id, listing.organization?.id, listing.locations[0]!.id, listing.schedules[0]!.id]).toEqual(['12', '7', '3', '9']);
    expect(listing.categories).toEqual([{ id: '44', name: 'Food', parentId: '40' }]);
  });

  it('reads a JSON feed that starts with a UTF-8 byte order mark', async () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify([{ id: 's', name: 'Service' }]))]);
    server.use(http.get(FEED, () => new HttpResponse(body, { headers: { 'content-type': 'application/json' } })));
    const result = await createClient({ feed: FEED }).search({});
    expect(result.items.map((item) => item.name)).toEqual(['Service']);
  });
});
