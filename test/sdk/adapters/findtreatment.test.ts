import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient, isNotFoundError } from '../../../src/sdk/index.js';
import { useMockServer } from '../support/msw.js';

// Rows written from the locator's documented shape (demo/data/findtreatment/README.md): no live call.
const ROWS = JSON.parse(readFileSync(new URL('../../../demo/data/findtreatment/rows.json', import.meta.url), 'utf8')) as Record<string, unknown>[];
const SITE = 'https://proxy.example.org/findtreatment/';
const ENDPOINT = `${SITE}locator/exportsAsJson/v2`;
const PORTLAND = { latitude: 45.52, longitude: -122.68 };

/** The locator, `perPage` rows a page (it honours the pageSize it is sent up to that), noting each request. */
function locator(server: ReturnType<typeof useMockServer>, { rows = ROWS, perPage = 2, status }: { rows?: unknown[]; perPage?: number; status?: number } = {}) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(ENDPOINT, ({ request }) => {
      const params = new URL(request.url).searchParams;
      requests.push(params);
      if (status) return new HttpResponse(null, { status });
      const page = Number(params.get('page'));
      const totalPages = Math.ceil(rows.length / perPage);
      return HttpResponse.json({ page, totalPages, rows: rows.slice((page - 1) * perPage, page * perPage) });
    }),
  );
  return requests;
}

const findTreatment = (feed = SITE) => createClient({ feed, kind: 'findtreatment', cache: false });

describe('the FindTreatment.gov adapter', () => {
  const server = useMockServer();

  it('is chosen by the site or by the locator path in a proxy URL', async () => {
    expect((await createClient({ feed: 'https://findtreatment.gov/' }).info()).kind).toBe('findtreatment');
    expect((await createClient({ feed: 'https://findtreatment.samhsa.gov/locator' }).info()).kind).toBe('findtreatment');
    expect((await createClient({ feed: `${SITE}locator/exportsAsJson/v2` }).info()).kind).toBe('findtreatment');
  });

  it('asks for the place and radius, nearest first, and pulls every page of a small area once', async () => {
    const requests = locator(server);
    const client = findTreatment();
    const first = await client.search({ near: PORTLAND, radiusKm: 16, pageSize: 2 });
    await client.search({ near: PORTLAND, radiusKm: 16, pageSize: 2, page: 2 });
    expect(requests.map((params) => params.get('page'))).toEqual(['1', '2']);
    expect(Object.fromEntries(requests[0]!)).toEqual({ sAddr: '"45.52,-122.68"', limitType: '2', limitValue: '16000', pageSize: '100', page: '1', sort: '0' });
    expect(first.total).toBe(3); // Gresham is 19 km from the point: outside the radius, whatever the locator measured
    expect(first.items.map((item) => item.name)).toEqual(['Bridgeview Behavioral Health', 'Harbor Recovery Center']);
    await client.search({ near: { postcode: '97214' } });
    expect(requests.at(-1)!.get('sAddr')).toBe('97214');
    expect(requests.at(-1)!.get('limitValue')).toBe('40234'); // 25 miles
  });

  it('maps a row: names, numbers, place, distance, and its coded groups to categories, languages, payment and ages', async () => {
    locator(server);
    const { items } = await findTreatment().search({ near: { postcode: '97210' } });
    const [clinic, harbor, sunrise] = items;
    expect(clinic).toMatchObject({
      id: 'ft-10001',
      name: 'Bridgeview Behavioral Health',
      alternateName: 'Outpatient Clinic',
      url: 'https://bridgeview.example.org/',
      eligibility: 'Young adults, Adults, Seniors',
      paymentsAccepted: ['Medicaid', 'Private health insurance', 'Cash or self-payment'],
      fees: 'Sliding fee scale (fee is based on income and other factors)',
      free: false,
      languages: [expect.objectContaining({ name: 'Spanish' })],
    });
    expect(clinic!.phones.map((phone) => [phone.number, phone.description])).toEqual([
      ['503-555-0110', undefined],
      ['503-555-0111', 'Intake'],
      ['503-555-0112', 'Hotline'],
    ]);
    expect(clinic!.locations[0]).toMatchObject({ latitude: 45.5259, longitude: -122.6979, address: { lines: ['2300 NW Everett St', 'Suite 200'], city: 'Portland', region: 'OR', postalCode: '97210' } });
    expect(clinic!.distanceKm).toBeCloseTo(1.93, 2); // 1.2 miles, as the locator measured from the ZIP
    expect(clinic!.categories.map((category) => [category.taxonomy, category.name])).toEqual([
      ['Facility type', 'Mental health treatment'],
      ['Type of Care', 'Mental health treatment'],
      ['Service Setting (e.g., Outpatient, Residential, Inpatient, etc.)', 'Outpatient'],
      ['Service Setting (e.g., Outpatient, Residential, Inpatient, etc.)', 'Telemedicine/telehealth therapy'],
      ['Special Programs/Groups Offered', 'Veterans'],
      ['Special Programs/Groups Offered', 'Persons who have experienced trauma'],
    ]);
    expect(clinic!.summary).toBe('Type of Care: Mental health treatment.');
    // "No payment accepted" is free; a javascript: website is dropped; a row without services or frid is still listed.
    expect(harbor!.url).toBeUndefined();
    expect(harbor).toMatchObject({ free: true, languages: [expect.objectContaining({ name: 'Vietnamese' }), expect.objectContaining({ name: 'Russian' })] });
    expect(sunrise).toMatchObject({ name: 'Sunrise Medication Clinic', id: expect.stringMatching(/^ft-[a-z0-9]+$/), categories: [expect.objectContaining({ name: 'Buprenorphine practitioner' })] });
  });

  it('reports a facility type it cannot name and a field no card reads, once each', async () => {
    locator(server);
    const { issues } = await findTreatment().search({ near: PORTLAND });
    expect(issues.filter((issue) => issue.recordId === 'ft-10004').map((issue) => issue.path).sort()).toEqual(['intake_hours', 'type_facility']);
  });

  it('searches words, categories, languages and "free" among the facilities around the place', async () => {
    locator(server);
    const client = findTreatment();
    const names = async (options: Parameters<typeof client.search>[0]) => (await client.search({ near: PORTLAND, ...options })).items.map((item) => item.name);
    expect(await names({ text: 'telehealth' })).toEqual(['Bridgeview Behavioral Health']);
    expect(await names({ text: 'substance use' })).toEqual(['Harbor Recovery Center', 'Valley Crisis Stabilization Unit']);
    expect(await names({ categories: ['TC:Mental health treatment'] })).toEqual(['Bridgeview Behavioral Health', 'Valley Crisis Stabilization Unit']);
    expect(await names({ languages: ['es'] })).toEqual(['Bridgeview Behavioral Health']);
    expect(await names({ free: true })).toEqual(['Harbor Recovery Center']);
    expect((await client.categories()).map((category) => category.name)).toContain('Inpatient');
  });

  it('offers the categories of the place searched, even when asked for them first, as a directory does', async () => {
    locator(server);
    const client = findTreatment();
    const categories = client.categories();
    await client.search({ near: PORTLAND });
    expect((await categories).map((category) => category.name)).toEqual(expect.arrayContaining(['Mental health treatment', 'Outpatient', 'Veterans']));
    const unplaced = findTreatment();
    const none = unplaced.categories();
    await unplaced.search({ text: 'therapy' });
    expect(await none).toEqual([]);
  });

  it('stops after five pages and says the total is a lower bound', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...ROWS[0], frid: `ft-${i}`, miles: i }));
    const requests = locator(server, { rows: many, perPage: 2 });
    const result = await findTreatment().search({ near: PORTLAND });
    expect(requests).toHaveLength(5);
    expect(result).toMatchObject({ total: 10, totalIsLowerBound: true });
  });

  it('answers 204 and 404 as nothing found, and a search without a place with an issue, not a request', async () => {
    locator(server, { status: 204 });
    expect(await findTreatment().search({ near: PORTLAND })).toMatchObject({ items: [], total: 0 });
    locator(server, { status: 404 });
    expect(await findTreatment().search({ near: PORTLAND })).toMatchObject({ items: [], total: 0 });
    const requests = locator(server);
    const unplaced = await findTreatment().search({ text: 'therapy' });
    expect(requests).toEqual([]);
    expect(unplaced.issues).toEqual([expect.objectContaining({ path: 'near' })]);
  });

  it('gets a listing among the places searched so far', async () => {
    locator(server);
    const client = findTreatment();
    await expect(client.get('ft-10002')).rejects.toSatisfy(isNotFoundError);
    await client.search({ near: PORTLAND });
    expect(await client.get('ft-10002')).toMatchObject({ name: 'Harbor Recovery Center' });
  });
});
