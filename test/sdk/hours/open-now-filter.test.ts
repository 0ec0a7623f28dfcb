import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/sdk/index.js';
import { useMockServer } from '../support/msw.js';

const server = useMockServer();

// Schedules say `timezone: -5` (UTC-5), so the filter reads them the same on any machine.
const weekly = (id: string, byday: string, opens_at: string, closes_at: string) => ({ id, freq: 'WEEKLY', byday, opens_at, closes_at, timezone: -5 });
const CLINIC_WEEK = weekly('clinic', 'MO,TU,WE,TH,FR', '08:00', '18:00');
const inClinic = (id: string, own: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  name: `Service ${id}`,
  status: 'active',
  schedules: own,
  service_at_locations: [{ id: `${id}-sal`, location: { id: `${id}-loc`, name: 'Riverbend Clinic', schedules: [{ ...CLINIC_WEEK, id: `${id}-clinic` }] } }],
  ...extra,
});

const services = [
  // Meets Wednesdays 5:30–6:30 PM in a clinic open weekdays 8–6.
  inClinic('group', [weekly('group-wed', 'WE', '17:30', '18:30')]),
  // Only the clinic's hours: open whenever the building is.
  inClinic('walk-in', []),
  // Weekdays 9–5, closed on Christmas Day (HSDS 3: a schedule pinned to that date).
  inClinic('office-hsds3', [weekly('office', 'MO,TU,WE,TH,FR', '09:00', '17:00'), { id: 'xmas', valid_from: '2025-12-25', valid_to: '2025-12-25', timezone: -5 }]),
  // The same in HSDS 1.x: regular_schedules and holiday_schedules.
  inClinic('office-hsds1', [], {
    regular_schedules: [1, 2, 3, 4, 5].map((weekday) => ({ id: `r${weekday}`, weekday, opens_at: '09:00', closes_at: '17:00', timezone: -5 })),
    holiday_schedules: [{ id: 'h1', closed: 'TRUE', start_date: '2025-12-25', end_date: '2025-12-25' }],
  }),
];

async function openAt(when: string): Promise<string[]> {
  server.use(http.get('https://static.test/hours.json', () => HttpResponse.json(services)));
  const client = createClient({ feed: 'https://static.test/hours.json', cache: false });
  const result = await client.search({ openAt: new Date(when) });
  return result.items.map((item) => item.id).sort();
}

describe('search({ openAt }) by whose hours they are', () => {
  it("keeps a group out while only its building is open, and in during its meeting", async () => {
    expect(await openAt('2025-12-23T14:30:00-05:00')).toEqual(['office-hsds1', 'office-hsds3', 'walk-in']);
    expect(await openAt('2025-12-24T17:45:00-05:00')).toEqual(['group', 'walk-in']);
  });

  it('keeps services closed for a holiday out, in both HSDS 3 and HSDS 1.x', async () => {
    expect(await openAt('2025-12-25T10:00:00-05:00')).toEqual(['walk-in']);
    expect(await openAt('2025-12-26T10:00:00-05:00')).toEqual(['office-hsds1', 'office-hsds3', 'walk-in']);
  });
});
