import type { Listing } from '../../src/sdk/model.js';

/** A complete listing with sensible defaults; override what a test cares about. */
export function makeListing(overrides: Partial<Listing> = {}): Listing {
  const id = overrides.id ?? 'svc-1';
  return {
    id,
    name: 'Riverside Peer Support Group',
    description: 'A weekly peer-led group for adults living with depression or bipolar disorder. Free and confidential.',
    summary: 'A weekly peer-led group for adults living with depression or bipolar disorder.',
    status: 'active',
    organization: { id: 'org-1', name: 'Cedar Valley Peer Alliance' },
    locations: [
      {
        id: 'loc-1',
        name: 'Millbrook Community Center',
        address: { lines: ['412 Oak Street'], city: 'Millbrook', region: 'OR', postalCode: '97301', country: 'US' },
        latitude: 45.01,
        longitude: -123.01,
        virtual: false,
        accessibility: [],
      },
    ],
    phones: [{ number: '(503) 555-0142', tel: '5035550142', kind: 'voice', languages: [] }],
    languages: [{ code: 'en', name: 'English' }],
    categories: [],
    schedules: [],
    serviceAreas: [],
    source: { feed: 'https://feed.example/hsds', id },
    ...overrides,
  };
}

export function makeListings(count: number): Listing[] {
  return Array.from({ length: count }, (_, index) =>
    makeListing({ id: `svc-${index + 1}`, name: `Service ${index + 1}`, summary: `Summary of service ${index + 1}.` }),
  );
}
