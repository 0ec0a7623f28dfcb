import { describe, expect, it } from 'vitest';
import { normalizeFeed } from '../../src/sdk/index.js';
import { fixture } from './support/fixtures.js';

const FEED = 'https://feed.test/';
const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';

const valid = [
  '3.0/service_full.json',
  '3.0/service_list.json',
  '3.0/service_at_location_full.json',
  '3.0/service_at_location_list.json',
  '3.1/service_full.json',
  '3.1/service_list.json',
  '3.1/service_at_location_full.json',
  '3.1/service_at_location_list.json',
  'uk-profile-3.0/service_full.json',
  'uk-profile-3.0/service_list.json',
  'uk-profile-3.0/service_at_location_full.json',
  'uk-profile-3.0/service_at_location_list.json',
  'oruk-validator-mocks/V3.0-UK-Default/service_full.json',
  'oruk-validator-mocks/V3.0-UK-Default/service_list.json',
  'oruk-validator-mocks/V3.0-UK-Default/service_at_location_full.json',
  'oruk-validator-mocks/V3.0-UK-Default/service_at_location_list.json',
];

describe('official HSDS examples', () => {
  it.each(valid)('%s parses into the example listing', (path) => {
    const { listings, issues } = normalizeFeed(fixture(path), FEED);
    expect(listings).toHaveLength(1);
    const [listing] = listings;
    expect(listing).toMatchObject({ id: SERVICE_ID, name: 'Community Counselling', status: 'active', source: { feed: FEED, id: SERVICE_ID } });
    expect(listing!.organization?.name).toBe('Example Organization Inc.');
    // The examples use latitude 100 / longitude 101, which must be reported, not kept.
    for (const issue of issues) expect(issue).toMatchObject({ recordId: SERVICE_ID, path: expect.stringMatching(/latitude$/) });
    if (path.includes('full') || path.includes('service_at_location')) {
      expect(listing!.locations[0]).toMatchObject({ name: 'MyCity Civic Center', virtual: false });
      expect(listing!.locations[0]!.latitude).toBeUndefined();
      expect(issues).toHaveLength(1);
    }
  });

  it('reads the whole 3.1 service in detail', () => {
    const [listing] = normalizeFeed(fixture('3.1/service_full.json'), FEED).listings;
    expect(listing).toMatchObject({
      alternateName: 'MyCity Counselling Services',
      summary: 'Counselling Services provided by trained professionals.',
      url: 'http://example.com/counselling',
      email: 'email@example.com',
      minimumAge: 12,
      maximumAge: 100,
      free: false,
      assuredDate: '2005-01-01',
      lastModified: '2023-03-15T10:30:45.123Z',
      organization: { url: 'http://example.com/', logo: 'https://openreferral.org/wp-content/uploads/2018/02/OpenReferral_Logo_Green-4-1.png' },
      languages: [{ code: 'ur', name: 'Urdu' }],
      categories: [{ id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', code: 'code', name: 'name', taxonomy: 'name' }],
    });
    // The example keeps literal quotes in the number; the extension is a number.
    expect(listing!.phones).toEqual([
      expect.objectContaining({ number: '+44 1234 234567', tel: '+441234234567', extension: '100', kind: 'voice', languages: [expect.objectContaining({ code: 'ur' })] }),
    ]);
    expect(listing!.schedules[0]).toMatchObject({ level: 'service_at_location', byDay: [{ day: 'TH' }, { day: 'FR' }], opensAt: '10:00', closesAt: '18:00', utcOffsetMinutes: 180 });
    expect(listing!.serviceAreas[0]!.name).toMatch(/^The service is available to all residents/);
  });

  it.each(['3.0/tabular.json', '3.1/tabular.json'])('%s (flat tables) assembles into the same service', (path) => {
    const [listing] = normalizeFeed(fixture(path), FEED).listings;
    expect(listing).toMatchObject({ id: SERVICE_ID, organization: { name: 'Example Organization Inc.' }, locations: [{ name: 'MyCity Civic Center' }] });
    expect(listing!.phones.map((p) => p.tel)).toEqual(['+441234234567']);
    expect(listing!.schedules.length).toBeGreaterThan(0);
  });

  it.each(['3.0/organization_full.json', '3.1/organization_full.json'])('%s (an organization with its services) gives its services', (path) => {
    const { listings } = normalizeFeed(fixture(path), FEED);
    expect(listings.map((l) => [l.id, l.organization?.name])).toEqual([[SERVICE_ID, 'Example Organization Inc.']]);
  });

  it('reads the field-guidance attributes example, including its taxonomy_details typo', () => {
    const { listings } = normalizeFeed(fixture('3.1/field-guidance/attributes/service.json'), FEED);
    expect(listings[0]!.categories[0]).toMatchObject({ name: 'stress', taxonomy: 'Fictional Health Service Taxonomy' });
  });
});

describe('deliberately failing UK mocks (V3.0-UK-Fail)', () => {
  const fail = (name: string) => normalizeFeed(fixture(`oruk-validator-mocks/V3.0-UK-Fail/${name}`), FEED);

  it('service_full: bad url and email are dropped with issues', () => {
    const { listings, issues } = fail('service_full.json');
    expect(listings).toHaveLength(1);
    expect(listings[0]!.url).toBeUndefined();
    expect(listings[0]!.email).toBeUndefined();
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['url', 'email']));
  });

  it('service_list: every record lacks a name, so an empty result with issues', () => {
    const { listings, issues } = fail('service_list.json');
    expect(listings).toEqual([]);
    expect(issues).toHaveLength(4);
    expect(issues.every((i) => i.path === 'name')).toBe(true);
  });

  it.each(['service_at_location_full.json', 'service_at_location_list.json'])('%s yields issues, not an exception', (name) => {
    const { issues } = fail(name);
    expect(issues.length).toBeGreaterThan(0);
  });
});
