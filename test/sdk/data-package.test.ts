import { zipSync } from 'fflate';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createClient, isFeedFormatError, isResponseTooLargeError, type Listing, type SearchResult } from '../../src/sdk/index.js';
import { assembleDataset } from '../../src/sdk/normalize/dataset.js';
import { upgradeLegacyTables } from '../../src/sdk/normalize/legacy-tables.js';
import { fixture } from './support/fixtures.js';
import { useMockServer } from './support/msw.js';
import { bytesOf, samplePackage, serveFiles } from './support/package-files.js';

const server = useMockServer();
const BASE = 'https://data.test/hsds/';
const HELPLINE = 'c89eb05c-62dd-4b64-b494-0cc347b6ea7f'; // Never Homeless Helpline
const TEACHERS = '25f6e86d-ba99-4819-b6f4-2f23dbe38806'; // Dear Teacher Skills Refresh

const all = (feed: string, options: Partial<Parameters<typeof createClient>[0]> = {}): Promise<SearchResult> =>
  createClient({ feed, ...options }).search({ pageSize: 100 });
const byId = (result: SearchResult, id: string): Listing => result.items.find((item) => item.id === id)!;
/** The listings without the feed URL they came from, to compare one package read several ways. */
const comparable = (result: SearchResult) => result.items.map(({ source, ...listing }) => ({ ...listing, source: { id: source.id } }));

const withoutFile = (files: Map<string, Uint8Array>, ...names: string[]) => new Map([...files].filter(([name]) => !names.includes(name)));
const zipOf = (files: Map<string, Uint8Array>, folder = '') => zipSync(Object.fromEntries([...files].map(([name, bytes]) => [`${folder}${name}`, bytes])));

/** The sample's CSV tables as one JSON object, as an export would write them: blank cells are "". */
function jsonTables(files: Map<string, Uint8Array>): Record<string, unknown[]> {
  const tables: Record<string, unknown[]> = {};
  for (const [name, bytes] of files) {
    if (name.endsWith('.csv')) tables[name] = Papa.parse(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true }).data as unknown[];
  }
  return tables;
}

describe('the Open Referral HSDS 1.1 sample data package', () => {
  it('loads from its datapackage.json URL with addresses, schedules, phones, languages and eligibility', async () => {
    serveFiles(server, BASE, samplePackage());
    const client = createClient({ feed: `${BASE}datapackage.json` });
    const result = await client.search({ pageSize: 100 });

    expect(result.total).toBe(13);
    expect(await client.info()).toEqual({ kind: 'file', version: '1.x' });
    const helpline = byId(result, HELPLINE);
    expect(helpline.name).toBe('Never Homeless Helpline');
    expect(helpline.organization).toMatchObject({ name: 'Sanctuary Example City', email: 'sanctuary@example.com' });
    expect(helpline.locations).toEqual([
      expect.objectContaining({
        name: 'Sanctuary on 5th Street',
        address: { lines: ['Address 1', 'Address 2'], city: 'New York City', region: 'NY', postalCode: '10001', country: 'US' },
        accessibility: ['disabled_parking Some details regarding the parking lot'],
        transportation: 'On the Number 41 bus route.',
      }),
    ]);
    expect(helpline.schedules.map((s) => [s.level, s.byDay.map((d) => d.day).join(), s.opensAt, s.closesAt, s.exception])).toEqual([
      ['service_at_location', 'MO', '09:00', '17:00', undefined],
      ['service_at_location', 'TU', '09:00', '17:00', undefined],
      ['service_at_location', 'WE', '09:00', '17:00', undefined],
      // holiday_schedules.csv: closed 24–26 December 2019, an exception to the week, not a fourth day.
      ['service_at_location', '', undefined, undefined, true],
    ]);
    expect(helpline.schedules[3]).toMatchObject({ closed: true, validFrom: '2019-12-24', validTo: '2019-12-26' });
    expect(helpline.languages).toEqual([{ name: 'English' }, { name: 'Spanish' }]);
    expect(helpline.eligibility).toBe('adult');
    expect(helpline.serviceAreas).toEqual([{ name: 'Sample service area', description: 'A description about the service area' }]);
    expect(helpline.applicationProcess).toBe('Call for further information');

    const teachers = byId(result, TEACHERS);
    expect(teachers.phones).toEqual([
      { number: '(0123) 4567 8900', tel: '012345678900', extension: '42', kind: 'voice', description: 'Roz Bernstein Main Office', languages: [{ code: 'en' }, { code: 'es' }] },
    ]);
    // A description spread over several CSV lines stays whole.
    expect(teachers.description).toContain('• Childhood Development');
    // Example Cross Trust's support line is published twice, as voice and as textphone: a deaf visitor needs the second.
    const meals = byId(result, '62e95523-07b9-4d1b-9bcf-6cea6e2be5d8');
    expect(meals.phones.map((phone) => [phone.number, phone.kind])).toEqual([['(223) 346 12361', 'voice'], ['(223) 346 12361', 'textphone']]);
    const youngMinds = byId(result, '25870bcf-7528-4e05-8f0c-7e639075ce71');
    expect(youngMinds.locations[0]).toMatchObject({ latitude: 39.428192, longitude: -119.897426 });
  });

  it('gives the same listings from the descriptor, a zip, services.csv and JSON tables', async () => {
    const files = samplePackage();
    serveFiles(server, BASE, files);
    serveFiles(server, 'https://zip.test/', new Map([['export.zip', zipOf(files, 'hsds-export/')]]));
    serveFiles(server, 'https://csv.test/', withoutFile(files, 'datapackage.json'));
    serveFiles(server, 'https://json.test/', new Map([['tables.json', bytesOf(JSON.stringify(jsonTables(files)))]]));

    const fromDescriptor = await all(`${BASE}datapackage.json`);
    const fromZip = await all('https://zip.test/export.zip');
    const fromCsv = await all('https://csv.test/services.csv');
    const fromJson = await all('https://json.test/tables.json');

    expect(fromDescriptor.items.length).toBe(13);
    expect(comparable(fromZip)).toEqual(comparable(fromDescriptor));
    expect(comparable(fromCsv)).toEqual(comparable(fromDescriptor));
    expect(comparable(fromJson)).toEqual(comparable(fromDescriptor));
  });

  it('fetches only the tables a listing uses', async () => {
    const requested = serveFiles(server, BASE, samplePackage());
    await all(`${BASE}datapackage.json`);
    expect(requested).not.toContain('funding.csv');
    expect(requested).not.toContain('metadata.csv');
    expect(new Set(requested).size).toBe(requested.length);
  });

  it('falls back to data/<file> when an unedited template descriptor points beside itself', async () => {
    const files = samplePackage();
    const published = new Map([...files].map(([name, bytes]) => [name === 'datapackage.json' ? name : `data/${name}`, bytes]));
    serveFiles(server, BASE, published);
    const result = await all(`${BASE}datapackage.json`);
    expect(result.total).toBe(13);
    expect(byId(result, HELPLINE).locations[0]!.address?.city).toBe('New York City');
  });

  it('loads from a host that answers missing files with its home page (200, HTML)', async () => {
    const files = withoutFile(samplePackage(), 'datapackage.json', 'languages.csv');
    server.use(
      http.get('https://spa.test/*', ({ request }) => {
        const body = files.get(new URL(request.url).pathname.slice(1));
        return body ? new HttpResponse(body, { headers: { 'content-type': 'text/csv' } }) : HttpResponse.html('<!doctype html><title>Home</title><p>Welcome, friend</p>');
      }),
    );
    const result = await all('https://spa.test/services.csv');
    expect(result.total).toBe(13);
    expect(byId(result, HELPLINE).languages).toEqual([]);
    expect(byId(result, HELPLINE).eligibility).toBe('adult');
    // The feed itself answered with a page is an error that says so, not an empty directory.
    const failure = await all('https://spa.test/hsds/services.csv').catch((error: unknown) => error);
    expect(isFeedFormatError(failure)).toBe(true);
  });

  it('loads without optional tables, saying which were missing', async () => {
    serveFiles(server, BASE, withoutFile(samplePackage(), 'languages.csv', 'regular_schedules.csv'));
    const result = await all(`${BASE}datapackage.json`);
    const helpline = byId(result, HELPLINE);
    expect(helpline.languages).toEqual([]);
    expect(helpline.schedules.filter((s) => !s.exception)).toEqual([]);
    expect(helpline.eligibility).toBe('adult');
    expect(result.issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('"language"'), expect.stringContaining('"regular_schedule"')]),
    );
  });

  it('keeps holiday schedules on the service at location they name, for the hours engine', () => {
    const services = assembleDataset(upgradeLegacyTables(jsonTables(samplePackage()))) as Record<string, unknown>[];
    const helpline = services.find((service) => service.id === HELPLINE)!;
    const [sal] = helpline.service_at_locations as Record<string, unknown>[];
    expect(sal!.holiday_schedules).toEqual([expect.objectContaining({ closed: true, start_date: '2019-12-24', end_date: '2019-12-26' })]);
  });
});

describe('an HSDS 3.1 data package', () => {
  it('gives the same listings as the same example as tabular.json, service areas on a missing SAL included', async () => {
    serveFiles(server, BASE, samplePackage('3.1/csv/'));
    serveFiles(server, 'https://json.test/', new Map([['tabular.json', bytesOf(JSON.stringify(fixture('3.1/tabular.json')))]]));
    const fromCsv = await all(`${BASE}datapackage.json`);
    const fromJson = await all('https://json.test/tabular.json');
    expect(fromCsv.total).toBe(1);
    expect(comparable(fromCsv)).toEqual(comparable(fromJson));
    expect(fromCsv.items[0]!.serviceAreas).toHaveLength(1);
  });
});

describe('tabular quirks', () => {
  const CRLF = '\r\n';
  /** A small 1.x package: a BOM, CRLF, a quoted cell over several lines, blank cells, a `;`-delimited table, spreadsheet headers. */
  const quirky = new Map([
    [
      'services.csv',
      bytesOf(
        // A service may name its one place itself (`location_id`), with or without a services_at_location row.
        '\uFEFFid,organization_id,name,description,email,taxonomy_ids,location_id' + CRLF +
          's1,o1,"Crisis Line","Call us.' + CRLF + CRLF + 'Open to ""everyone"", always.",, ,l1' + CRLF +
          's2,o1,Food Bank,Groceries.,,t2,l1' + CRLF + CRLF,
      ),
    ],
    ['organizations.csv', bytesOf('id,name\no1,Helpers Inc.\n')],
    ['locations.csv', bytesOf('id;name;latitude;longitude\nl1;Main Office;40.7;-74.0\nl2;Annex; ; \n')],
    ['services_at_location.csv', bytesOf('ID,Service ID, Location ID\nsal1,s1,l1\nsal2,s1,l2\n')],
    ['regular_schedules.csv', bytesOf('id,service_id,location_id,weekday,opens_at,closes_at\nr1,s1,l1,Wednesday,17:30,18:30\n')],
    ['services_taxonomy.csv', bytesOf('id,service_id,taxonomy_id\nst1,s1,t1\n')],
    ['taxonomy.csv', bytesOf('id,name,parent_id,vocabulary\nt1,Crisis Intervention,t0,AIRS\nt2,Food Pantries,,AIRS\n')],
    ['eligibility.csv', bytesOf('id,service_id,eligibility,minimum_age,maximum_age\ne1,s1,Adults,18,\ne2,s1,Residents of the county,,64\n')],
    ['contacts.csv', bytesOf('id,service_id,name\nc1,s2,Front desk\n')],
    ['phones.csv', bytesOf('id,contact_id,number,language\np1,c1,555-0100,"English; Spanish"\n')],
    ['required_documents.csv', bytesOf('id,service_id,document\nd1,s2,Proof of address\n')],
  ]);

  it('reads BOM, CRLF, multi-line quoted cells, blank cells, ;-delimited files and headers with capitals and spaces', async () => {
    serveFiles(server, 'https://quirks.test/', quirky);
    const result = await all('https://quirks.test/services.csv');
    const crisis = byId(result, 's1');
    expect(crisis.description).toBe('Call us.\n\nOpen to "everyone", always.');
    expect(crisis.email).toBeUndefined();
    expect(crisis.organization?.name).toBe('Helpers Inc.');
    expect(crisis.locations.map((l) => [l.name, l.latitude, l.longitude])).toEqual([
      ['Main Office', 40.7, -74],
      ['Annex', undefined, undefined],
    ]);
    // Named by service and location, the meeting time is that service's there, not the building's hours.
    expect(crisis.schedules).toEqual([expect.objectContaining({ level: 'service_at_location', byDay: [{ day: 'WE' }], opensAt: '17:30', closesAt: '18:30' })]);
    expect(result.issues.filter((issue) => issue.recordId === 's1')).toEqual([]);
  });

  it('joins taxonomy terms, eligibility rows, contacts with their phones and a place named on the service', async () => {
    serveFiles(server, 'https://quirks.test/', quirky);
    const result = await all('https://quirks.test/services.csv');
    const crisis = byId(result, 's1');
    expect(crisis.categories).toEqual([{ id: 't1', name: 'Crisis Intervention', taxonomy: 'AIRS', parentId: 't0' }]);
    expect(crisis.eligibility).toBe('Adults; Residents of the county');
    expect([crisis.minimumAge, crisis.maximumAge]).toEqual([18, 64]);
    const food = byId(result, 's2');
    expect(food.categories).toEqual([{ id: 't2', name: 'Food Pantries', taxonomy: 'AIRS' }]);
    expect(food.locations.map((location) => location.name)).toEqual(['Main Office']);
    expect(food.phones).toEqual([expect.objectContaining({ number: '555-0100', languages: [{ name: 'English' }, { name: 'Spanish' }] })]);
  });

  it('reads a Windows-1252 spreadsheet export', async () => {
    const latin1 = new Uint8Array([...bytesOf('id,name\n1,Caf'), 0xe9, ...bytesOf(' Ni'), 0xf1, ...bytesOf('o\n')]);
    serveFiles(server, 'https://latin1.test/', new Map([['services.csv', latin1]]));
    expect((await all('https://latin1.test/services.csv')).items.map((item) => item.name)).toEqual(['Café Niño']);
  });

  it('caps what a zip may inflate to (a zip bomb)', async () => {
    const bomb = zipSync({ 'services.csv': bytesOf(`id,name,description\n1,A,${'a'.repeat(8_000_000)}\n`) });
    expect(bomb.byteLength).toBeLessThan(100_000);
    serveFiles(server, 'https://bomb.test/', new Map([['package.zip', bomb]]));
    const failure = await all('https://bomb.test/package.zip', { maxBytes: 1_000_000 }).catch((error: unknown) => error);
    expect(isResponseTooLargeError(failure)).toBe(true);
  });

  it('reads inline data arrays, a path given as a list or as an absolute URL, and a resource named but not located', async () => {
    const descriptor = {
      resources: [
        { name: 'services', path: ['services-1.csv', 'https://cdn.test/tables/services-2.csv'] },
        { name: 'organizations', data: [['id', 'name'], ['o1', 'Helpers']] },
        { name: 'service_at_location', path: 'sal.csv' },
        { name: 'locations' },
      ],
    };
    serveFiles(
      server,
      'https://parts.test/',
      new Map([
        ['datapackage.json', bytesOf(JSON.stringify(descriptor))],
        ['services-1.csv', bytesOf('id,name,organization_id\na,First,o1\n')],
        ['sal.csv', bytesOf('id,service_id,location_id\nsal,a,l1\n')],
        ['data/locations.csv', bytesOf('id,name\nl1,Town Hall\n')],
      ]),
    );
    serveFiles(server, 'https://cdn.test/tables/', new Map([['services-2.csv', bytesOf('id,name,organization_id\nb,Second,o1\n')]]));
    const result = await all('https://parts.test/datapackage.json');
    expect(result.items.map((item) => [item.id, item.organization?.name, item.locations[0]?.name])).toEqual([
      ['a', 'Helpers', 'Town Hall'],
      ['b', 'Helpers', undefined],
    ]);
  });
});

describe('HSDS 2.x tables', () => {
  it('recognises 1.x tables in JSON by their names, with or without ".csv"', async () => {
    const tables = {
      'services.csv': [{ id: 's', name: 'Pantry', taxonomy_ids: 't' }],
      'taxonomy.csv': [{ id: 't', name: 'Food', vocabulary: 'AIRS' }],
    };
    serveFiles(server, 'https://v1.test/', new Map([['tables.json', bytesOf(JSON.stringify(tables))]]));
    expect((await all('https://v1.test/tables.json')).items[0]!.categories).toEqual([{ id: 't', name: 'Food', taxonomy: 'AIRS' }]);
  });

  it('reads service_attributes, other_attributes and taxonomy_terms with `term`, as JSON tables, keeping numeric ids of different tables apart', async () => {
    const tables = {
      services: [
        { id: 1, name: 'Shelter' },
        { id: 2, name: 'Food bank' },
      ],
      locations: [
        { id: 1, name: 'Church hall' },
        { id: 2, name: 'Night shelter' },
      ],
      services_at_location: [
        { id: 1, service_id: 1, location_id: 2 },
        { id: 2, service_id: 2, location_id: 1 },
      ],
      physical_addresses: [{ id: 1, location_id: 2, address_1: '5 Quay St', city: 'Hull', postal_code: 'HU1 1AA' }],
      service_attributes: [{ id: 1, service_id: 1, taxonomy_term_id: 't-shelter' }],
      // Location 1, the church hall: not service 1.
      other_attributes: [{ id: 2, link_id: 1, link_type: 'location', taxonomy_term_id: 't-access' }],
      taxonomy_terms: [
        { id: 't-shelter', term: 'Emergency shelter', taxonomy: 'Open Eligibility' },
        { id: 't-access', term: 'Step-free access' },
      ],
    };
    serveFiles(server, 'https://v2.test/', new Map([['tables.json', bytesOf(JSON.stringify(tables))]]));
    const result = await all('https://v2.test/tables.json');
    expect(byId(result, '1').categories).toEqual([{ id: 't-shelter', name: 'Emergency shelter', taxonomy: 'Open Eligibility' }]);
    expect(byId(result, '1').locations[0]!.address).toEqual({ lines: ['5 Quay St'], city: 'Hull', postalCode: 'HU1 1AA' });
    expect(byId(result, '2').categories).toEqual([{ id: 't-access', name: 'Step-free access' }]);
  });
});

describe('hostile descriptors', () => {
  it('fetches no path that is not http(s), and says the table was left out', async () => {
    const descriptor = {
      resources: [
        { name: 'services', path: 'services.csv' },
        { name: 'organizations', path: 'file:///etc/passwd' },
        { name: 'locations', path: 'javascript:alert(1)' },
      ],
    };
    const requested = serveFiles(
      server,
      'https://evil.test/',
      new Map([
        ['datapackage.json', bytesOf(JSON.stringify(descriptor))],
        ['services.csv', bytesOf('id,name,organization_id\na,First,o1\n')],
      ]),
    );
    const result = await all('https://evil.test/datapackage.json');
    expect(result.items.map((item) => [item.id, item.organization])).toEqual([['a', undefined]]);
    expect(result.issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('"organizations"'), expect.stringContaining('"locations"')]),
    );
    expect(requested.every((path) => !path.includes('passwd') && !path.includes('alert'))).toBe(true);
  });
});

describe('detecting tabular feeds without `kind`', () => {
  it('takes datapackage.json, .zip and .csv URLs as files', async () => {
    const files = samplePackage();
    serveFiles(server, BASE, new Map([...files, ['package.zip', zipOf(files)]]));
    for (const feed of [`${BASE}datapackage.json`, `${BASE}package.zip`, `${BASE}services.csv`]) {
      const client = createClient({ feed });
      expect((await client.info()).kind).toBe('file');
      expect((await client.search({ pageSize: 1 })).total).toBe(13);
    }
  });

  it('recognises a zip or a descriptor at a URL without an extension', async () => {
    const files = samplePackage();
    server.use(
      http.get('https://dl.test/download', () => new HttpResponse(zipOf(files), { headers: { 'content-type': 'application/octet-stream' } })),
      http.get('https://dl.test/download/', () => new HttpResponse(null, { status: 404 })),
    );
    expect((await all('https://dl.test/download')).total).toBe(13);
    // The template descriptor states `version: "1.0"`; that is the package's, not an API's.
    serveFiles(server, 'https://pkg.test/', new Map([...files, ['', files.get('datapackage.json')!]]), { contentType: false });
    const client = createClient({ feed: 'https://pkg.test/' });
    expect(await client.info()).toEqual({ kind: 'file', version: '1.x' });
  });
});

describe('large tables', () => {
  it('joins a table of 300,000 rows', () => {
    const schedules = Array.from({ length: 300_000 }, (_, i) => ({ id: `r${i}`, service_id: `s${i % 3}`, weekday: (i % 7) + 1, opens_at: '09:00' }));
    const tables = upgradeLegacyTables({ services: [{ id: 's0', name: 'A' }], 'regular_schedules.csv': schedules });
    expect(tables.schedules).toHaveLength(300_000);
  });
});
