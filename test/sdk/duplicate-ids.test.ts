import { describe, expect, it } from 'vitest';
import { createClient, normalizeFeed } from '../../src/sdk/index.js';

const FEED = 'https://feed.test/services.json';

const pantry = {
  id: 'svc-17',
  name: 'Eastside Food Pantry',
  description: 'Free groceries every Thursday.',
  phones: [{ id: 'ph-1', number: '(555) 201-3344' }],
  service_at_locations: [{ id: 'sal-1', location: { id: 'loc-1', name: 'Eastside Church', latitude: 37.8, longitude: -122.27 } }],
};
/** The same service as an API list item gives it: no nested lists. */
const pantrySummary = { id: 'svc-17', name: 'Eastside Food Pantry', description: 'Free groceries every Thursday.' };
const shelter = { id: 'svc-17', name: 'Harbor Family Shelter', description: 'Emergency beds for families.', email: 'Intake@harbor.org.' };

describe('repeated ids', () => {
  it('merges identical records into one listing, with an issue', () => {
    const { listings, issues } = normalizeFeed([pantry, structuredClone(pantry)], FEED);
    expect(listings.map((l) => l.id)).toEqual(['svc-17']);
    expect(issues).toEqual([{ recordId: 'svc-17', path: 'id', message: 'repeated id on an identical record; merged into one listing' }]);
  });

  it('keeps the fuller record of a list/detail pair, in the first place, whichever comes first', () => {
    for (const records of [[pantrySummary, pantry], [pantry, pantrySummary]]) {
      const { listings, issues } = normalizeFeed([{ id: 'other', name: 'Other' }, ...records], FEED);
      expect(listings.map((l) => [l.id, l.phones.length, l.locations.length])).toEqual([['other', 0, 0], ['svc-17', 1, 1]]);
      expect(issues).toEqual([{ recordId: 'svc-17', path: 'id', message: 'repeated id on a shorter copy of this service; the fuller record kept' }]);
    }
  });

  it('keeps different services that share an id, the later under a distinct listing id with its own issues', () => {
    const { listings, issues } = normalizeFeed([pantry, shelter, { ...shelter, name: 'Harbor Youth Shelter' }], FEED);
    expect(listings.map((l) => [l.id, l.source.id, l.name])).toEqual([
      ['svc-17', 'svc-17', 'Eastside Food Pantry'],
      ['svc-17~2', 'svc-17', 'Harbor Family Shelter'],
      ['svc-17~3', 'svc-17', 'Harbor Youth Shelter'],
    ]);
    expect(issues.filter((issue) => issue.recordId === 'svc-17~2')).toEqual([
      { recordId: 'svc-17~2', path: 'email', message: 'surrounding quotes or punctuation removed: "Intake@harbor.org."; repaired' },
      { recordId: 'svc-17~2', path: 'id', message: 'repeated id "svc-17" on a different service; kept as listing "svc-17~2"' },
    ]);
  });

  it('never gives a kept duplicate the id of another listing', () => {
    const { listings } = normalizeFeed([pantry, { id: 'svc-17~2', name: 'Real record' }, shelter], FEED);
    expect(new Set(listings.map((l) => l.id)).size).toBe(3);
  });

  it('get(id) finds the first record; the kept duplicate by its own id', async () => {
    const body = JSON.stringify([pantry, shelter]);
    const client = createClient({ feed: FEED, kind: 'file', fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }) });
    expect((await client.get('svc-17')).name).toBe('Eastside Food Pantry');
    expect((await client.get('svc-17~2')).name).toBe('Harbor Family Shelter');
    expect((await client.search({ pageSize: 10 })).total).toBe(2);
  });
});
