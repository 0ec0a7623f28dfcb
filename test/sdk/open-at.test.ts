import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/sdk/index.js';
import { useMockServer } from './support/msw.js';
import { page, service } from './support/services.js';

const server = useMockServer();

// Tuesday 2026-11-24 at 10:00 at UTC-8 (the schedules say `timezone: -8`).
const TUESDAY_10AM = new Date('2026-11-24T18:00:00Z');
const hours = (byday: string, opens_at: string, closes_at: string) => [
  { id: `${byday}-${opens_at}`, freq: 'WEEKLY', byday, opens_at, closes_at, timezone: -8, description: `${byday} ${opens_at}–${closes_at}` },
];
const withHours = (id: string, schedules: unknown[]) => ({ ...service({ id, name: `Service ${id}` }), schedules });

const services = [
  withHours('weekends', hours('SA,SU', '09:00', '17:00')),
  withHours('evenings', hours('TU', '18:00', '21:00')),
  withHours('no-hours', []),
  withHours('tuesday-morning', hours('TU', '08:00', '12:00')),
];

describe('search({ openAt })', () => {
  it('keeps only listings open then, across a whole static file before paging', async () => {
    server.use(http.get('https://static.test/hours.json', () => HttpResponse.json(services)));
    const client = createClient({ feed: 'https://static.test/hours.json', cache: false });
    const result = await client.search({ openAt: TUESDAY_10AM, pageSize: 2 });
    expect(result.items.map((item) => item.id)).toEqual(['tuesday-morning']);
    expect(result.total).toBe(1);
    const evening = await client.search({ openAt: new Date('2026-11-25T03:00:00Z'), pageSize: 2 });
    expect(evening.items.map((item) => item.id)).toEqual(['evenings']);
  });

  it('filters the page in hand on an API, which has no open-now query', async () => {
    server.use(
      http.get('https://api.test/hsds/', () => HttpResponse.json({ version: '3.1' })),
      http.get('https://api.test/hsds/services', () => HttpResponse.json(page(services))),
    );
    const client = createClient({ feed: 'https://api.test/hsds', cache: false });
    const result = await client.search({ openAt: TUESDAY_10AM });
    expect(result.items.map((item) => item.id)).toEqual(['tuesday-morning']);
  });
});
