import { describe, expect, it } from 'vitest';
import { normalizeFeed, type Listing } from '../../src/sdk/index.js';

const FEED = 'https://feed.test/services.json';
const one = (record: Record<string, unknown>) => {
  const { listings, issues } = normalizeFeed([record], FEED);
  return { listing: listings[0] as Listing, issues };
};

const phone = (number: unknown, extra: Record<string, unknown> = {}) => ({ id: `p-${String(number)}`, number, ...extra });

describe('lenient validation', () => {
  it('lets unknown fields pass and maps the basics', () => {
    const { listing, issues } = one({ id: 's1', name: 'Food Bank', status: 'active', publisher_extension: { x: 1 }, url: 'https://food.example/' });
    expect(issues).toEqual([]);
    expect(listing).toMatchObject({ id: 's1', name: 'Food Bank', status: 'active', url: 'https://food.example/', source: { feed: FEED, id: 's1' } });
  });

  it('skips a record without id or name, reports it, and keeps the others', () => {
    const { listings, issues } = normalizeFeed([{ name: 'No id' }, { id: 'x', name: '   ' }, { id: 7, name: 'Numeric id' }, 'junk'], FEED);
    expect(listings.map((l) => l.id)).toEqual(['7']);
    expect(issues).toEqual([
      { path: 'id', message: 'missing; skipped' },
      { recordId: 'x', path: 'name', message: 'invalid value "   "; skipped' },
      { path: '', message: 'expected an object, got "junk"; skipped' },
    ]);
  });

  it('coerces harmless slips: numeric strings, numeric extensions and ids', () => {
    const { listing, issues } = one({
      id: 12,
      name: 'Clinic',
      minimum_age: '16',
      maximum_age: ' 65 ',
      phones: [phone(5551234567, { extension: 42 })],
      service_at_locations: [{ id: 3, location: { id: 4, latitude: '51.5', longitude: '-0.12' } }],
    });
    expect(issues).toEqual([]);
    expect(listing.id).toBe('12');
    expect([listing.minimumAge, listing.maximumAge]).toEqual([16, 65]);
    expect(listing.phones[0]).toMatchObject({ number: '5551234567', tel: '5551234567', extension: '42' });
    expect(listing.locations[0]).toMatchObject({ id: '4', latitude: 51.5, longitude: -0.12 });
  });

  it('drops impossible coordinates with an issue', () => {
    const at = (latitude: unknown, longitude: unknown) => ({ id: 'sal', location: { id: 'loc', latitude, longitude } });
    for (const [lat, lon] of [[100, 101], [45, 181], [0, 0], ['north', 3]]) {
      const { listing, issues } = one({ id: 's', name: 'n', service_at_locations: [at(lat, lon)] });
      expect(listing.locations[0]!.latitude, `${lat},${lon}`).toBeUndefined();
      expect(issues.length, `${lat},${lon}`).toBeGreaterThan(0);
      expect(issues[0]!.path).toMatch(/^service_at_locations\.0\.location\.(latitude|longitude)$/);
    }
  });

  it('drops a malformed nested item with an issue and keeps the rest of the record', () => {
    const { listing, issues } = one({
      id: 's',
      name: 'Legal advice',
      email: false,
      phones: [{ id: 'p1', type: 'voice' }, phone('020 7946 0000'), phone('no digits here')],
      languages: 'Spanish',
      schedules: [{ id: 'sc', opens_at: 9 }],
    });
    expect(listing.name).toBe('Legal advice');
    expect(listing.phones.map((p) => p.tel)).toEqual(['02079460000']);
    expect(listing.email).toBeUndefined();
    expect(issues).toEqual([
      { recordId: 's', path: 'email', message: 'invalid value false; field dropped' },
      { recordId: 's', path: 'phones.0.number', message: 'missing; skipped' },
      { recordId: 's', path: 'phones.2.number', message: 'no dialable number in "no digits here"; skipped' },
      { recordId: 's', path: 'schedules.0.opens_at', message: 'not a time: "9"; ignored' },
      { recordId: 's', path: 'languages', message: 'expected a list, got "Spanish"; ignored' },
    ]);
  });

  it('treats null as absent', () => {
    const { listing, issues } = one({ id: 's', name: 'n', description: null, url: null, phones: null, organization: null });
    expect(issues).toEqual([]);
    expect(listing).toMatchObject({ description: '', summary: '', phones: [] });
    expect(listing.organization).toBeUndefined();
  });

  it('reports refused URLs and e-mail addresses', () => {
    const { listing, issues } = one({
      id: 's',
      name: 'n',
      url: 'javascript:alert(1)',
      email: 'email-example_com',
      organization: { id: 'o', name: 'Org', website: 'data:text/html,x', logo: 'http://insecure.example/logo.png', email: 'ok@example.org' },
    });
    expect(listing.url).toBeUndefined();
    expect(listing.organization).toEqual({ id: 'o', name: 'Org', email: 'ok@example.org' });
    expect(issues.map((i) => i.path)).toEqual(['organization.website', 'organization.logo', 'url', 'email']);
  });
});

describe('categories', () => {
  it('name the taxonomy from taxonomy_detail (or the typo taxonomy_details), else from the taxonomy text', () => {
    const term = (id: string, extra: Record<string, unknown>) => ({ taxonomy_term: { id, name: id, taxonomy: 'plain text', ...extra } });
    const { listing } = one({
      id: 's',
      name: 'n',
      attributes: [term('a', { taxonomy_detail: { name: 'Detail' } }), term('b', { taxonomy_details: { name: 'Typo detail' } }), term('c', {}), { label: 'no term', value: 'x' }],
    });
    expect(listing.categories.map((c) => c.taxonomy)).toEqual(['Detail', 'Typo detail', 'plain text']);
  });
});

describe('merging the HSDS levels', () => {
  const record = {
    id: 's',
    name: 'Counselling',
    status: 'Temporarily_Closed',
    description: '<p>Talk to someone. We listen.</p>',
    phones: [phone('555-0003'), phone('555-0001')],
    languages: [{ code: 'ES', name: 'Spanish' }],
    schedules: [{ id: 'shared', byday: 'MO' }, { id: 'service-only', byday: 'FR' }],
    attributes: [{ taxonomy_term: { id: 't1', name: 'Counselling', code: 'RP-1400' } }],
    organization: { id: 'o', name: 'Org', phones: [phone('555-0004'), phone('555 0001')] },
    service_at_locations: [
      {
        id: 'sal1',
        description: 'Drop in on Mondays.',
        phones: [phone('555-0001', { extension: '7' }), phone('555-0001')],
        schedules: [{ id: 'shared', byday: 'MO', opens_at: '09:00' }],
        attributes: [{ taxonomy_term: { id: 't1', name: 'Counselling' } }, { taxonomy_term: { id: 't2', name: 'Mental health' } }],
        location: {
          id: 'loc1',
          name: 'Civic Centre',
          location_type: 'physical',
          description: 'Main hall.',
          phones: [phone('(555) 0002'), phone('555-0001')],
          languages: [{ code: 'spa', name: 'Spanish' }, { name: 'Polish' }],
          addresses: [
            { address_1: 'PO Box 1', city: 'Town', address_type: 'postal' },
            { address_1: '1 Main St', address_2: '', city: 'Town', state_province: 'CA', postal_code: '90210', country: 'us', address_type: 'physical' },
          ],
          accessibility: [{ description: 'Ramp', details: 'at the back' }],
        },
      },
      { id: 'sal2', location: { id: 'loc2', location_type: 'virtual', url: 'https://video.example/' } },
    ],
  };

  it('orders phones SAL → location → service → organization and dedupes by tel and extension', () => {
    const { listing } = one(record);
    expect(listing.phones.map((p) => [p.tel, p.extension ?? ''])).toEqual([
      ['5550001', '7'],
      ['5550001', ''],
      ['5550002', ''],
      ['5550003', ''],
      ['5550004', ''],
    ]);
  });

  it('keeps a number twice when it takes both calls and texts', () => {
    const { listing } = one({
      id: 's988', name: '988 Lifeline', status: 'active',
      phones: [{ id: 'a', number: '988', type: 'voice' }, { id: 'b', number: '988', type: 'text' }, { id: 'c', number: '988' }],
    });
    expect(listing.phones.map((p) => [p.tel, p.kind])).toEqual([['988', 'voice'], ['988', 'text']]);
  });

  it('keeps each way to reach one number: a TTY or video line is not a repeat of its voice line, and a mobile takes calls', () => {
    const kinds = (...types: string[]) =>
      one({ id: 's', name: 'Support Line', status: 'active', phones: types.map((type, i) => ({ id: `p${i}`, number: '503-555-0142', type })) }).listing.phones.map((p) => p.kind);
    expect(kinds('voice', 'textphone')).toEqual(['voice', 'textphone']);
    expect(kinds('textphone', 'voice')).toEqual(['textphone', 'voice']);
    expect(kinds('voice', 'video', 'video')).toEqual(['voice', 'video']);
    // A mobile number is a voice line that also takes texts: one entry, as a mobile, wherever the voice line was.
    expect(kinds('voice', 'cell')).toEqual(['cell']);
    expect(kinds('cell', 'voice')).toEqual(['cell']);
  });

  it('keeps schedules with their level, most specific first, a repeated schedule once', () => {
    const { listing } = one(record);
    expect(listing.schedules.map((s) => [s.id, s.level, s.locationId ?? null])).toEqual([
      ['shared', 'service_at_location', 'loc1'],
      ['service-only', 'service', null],
    ]);
  });

  it('builds locations: SAL note appended, physical address preferred, virtual flagged', () => {
    const { listing } = one(record);
    expect(listing.locations).toEqual([
      {
        id: 'loc1',
        name: 'Civic Centre',
        description: 'Main hall.\n\nDrop in on Mondays.',
        address: { lines: ['1 Main St'], city: 'Town', region: 'CA', postalCode: '90210', country: 'US' },
        virtual: false,
        accessibility: ['Ramp at the back'],
      },
      { id: 'loc2', virtual: true, url: 'https://video.example/', accessibility: [] },
    ]);
  });

  it('dedupes categories by id and languages by code or name', () => {
    const { listing } = one(record);
    expect(listing.categories).toEqual([
      { id: 't1', name: 'Counselling', code: 'RP-1400' },
      { id: 't2', name: 'Mental health' },
    ]);
    expect(listing.languages).toEqual([{ code: 'es', name: 'Spanish' }, { name: 'Polish' }]);
  });

  it('maps status, description and summary', () => {
    const { listing } = one(record);
    expect(listing.status).toBe('temporarily closed');
    expect(listing.description).toBe('Talk to someone. We listen.');
    expect(listing.summary).toBe('Talk to someone.');
    expect(one({ id: 'x', name: 'y', status: 'open-ish' }).listing.status).toBe('active');
  });
});

describe('free', () => {
  const free = (fees?: string, amounts: number[] = []) =>
    one({ id: 's', name: 'n', fees_description: fees, cost_options: amounts.map((amount, i) => ({ id: `c${i}`, amount })) }).listing.free;

  it('is true for free / no cost / no charge / $0 / amount 0', () => {
    expect(free('Free of charge')).toBe(true);
    expect(free('There is no cost to attend.')).toBe(true);
    expect(free('No charge for residents')).toBe(true);
    expect(free('$0')).toBe(true);
    expect(free(undefined, [0])).toBe(true);
  });

  it('is false for a price, an amount above 0 or a sliding scale', () => {
    expect(free('£50 per hour')).toBe(false);
    expect(free('Sliding scale based on income')).toBe(false);
    expect(free('Free for children; adults 10 dollars')).toBe(false);
    expect(free('Free', [35])).toBe(false);
  });

  it('is unknown otherwise', () => {
    expect(free(undefined)).toBeUndefined();
    expect(free('Please feel free to call us')).toBeUndefined();
    expect(free('A smoke-free building')).toBeUndefined();
  });
});

describe('datasets of flat tables', () => {
  it('assembles services from services, organizations, locations, service_at_locations and child tables', () => {
    const { listings, issues } = normalizeFeed(
      {
        services: [{ id: 's1', name: 'Meals', organization_id: 'o1' }],
        organizations: [{ id: 'o1', name: 'Kitchen' }],
        locations: [{ id: 'l1', name: 'Hall', latitude: 40, longitude: -75 }],
        service_at_locations: [{ id: 'sal1', service_id: 's1', location_id: 'l1' }],
        addresses: [{ id: 'a1', location_id: 'l1', address_1: '1 Main St', city: 'Town', address_type: 'physical' }],
        phones: [{ id: 'p1', service_id: 's1', number: '555-0100' }, { id: 'p2', location_id: 'l1', service_id: 's1', number: '555-0200' }],
        languages: [{ id: 'lang1', phone_id: 'p2', service_id: 's1', code: 'es' }],
        taxonomy_terms: [{ id: 't1', name: 'Food', taxonomy_id: 'tx' }],
        taxonomies: [{ id: 'tx', name: 'Open Eligibility' }],
        attributes: [{ id: 'at1', link_id: 's1', link_entity: 'service', taxonomy_term_id: 't1' }],
      },
      FEED,
    );
    expect(issues).toEqual([]);
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatchObject({
      organization: { id: 'o1', name: 'Kitchen' },
      locations: [{ id: 'l1', latitude: 40, longitude: -75, address: { lines: ['1 Main St'] } }],
      phones: [{ tel: '5550200', languages: [{ code: 'es' }] }, { tel: '5550100' }],
      categories: [{ id: 't1', name: 'Food', taxonomy: 'Open Eligibility' }],
    });
  });
});

describe('legacy ORUK 1.0 records', () => {
  it('reads regular_schedules, physical_addresses, service_taxonomys, eligibilitys and language strings', () => {
    const { listing } = one({
      id: 'L1',
      name: 'Legacy service',
      service_taxonomys: [{ id: 'st', taxonomy: { id: 'tx1', name: 'Debt', vocabulary: 'esdServiceTypes' } }],
      eligibilitys: [{ id: 'e', eligibility: 'adults', minimum_age: 18 }],
      languages: [{ id: 'l', language: 'Urdu' }],
      regular_schedules: [{ id: 'r', weekday: 'Monday', opens_at: '09:00', closes_at: '17:00' }],
      service_at_locations: [{ id: 'sal', location: { id: 'loc', physical_addresses: [{ id: 'pa', address_1: '1 High St', postal_code: 'AB1 2CD' }] } }],
    });
    expect(listing.categories).toEqual([{ id: 'tx1', name: 'Debt', taxonomy: 'esdServiceTypes' }]);
    expect(listing.minimumAge).toBe(18);
    expect(listing.eligibility).toBe('adults');
    expect(listing.languages).toEqual([{ name: 'Urdu' }]);
    expect(listing.schedules[0]).toMatchObject({ freq: 'WEEKLY', byDay: [{ day: 'MO' }], opensAt: '09:00', closesAt: '17:00' });
    expect(listing.locations[0]!.address).toEqual({ lines: ['1 High St'], postalCode: 'AB1 2CD' });
  });
});
