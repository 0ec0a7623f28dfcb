import { describe, expect, it } from 'vitest';
import { createClient, normalizeFeed, type FeedIssue } from '../../src/sdk/index.js';
import { normalizeService } from '../../src/sdk/normalize/listing.js';
import { fixture } from './support/fixtures.js';
import { useMockServer } from './support/msw.js';
import { samplePackage, serveFiles } from './support/package-files.js';

const FEED = 'https://feed.test/';
const server = useMockServer();

const ANN = { name: 'Ann Persona', title: 'Reception Manager' };
const UNDER_18S = { option: 'Under 18s and Over 60s', amount: 35, amountDescription: 'per 1 hour session' };

describe('contacts, prices, documents, payments and further links from real feed shapes', () => {
  it('reads the HSDS 3.x examples: a contact with department, e-mail and phone; a price in pounds; a document with its link', () => {
    for (const path of ['3.0/service_full.json', '3.1/service_full.json']) {
      const [listing] = normalizeFeed(fixture(path), FEED).listings;
      expect(listing!.contacts).toEqual([
        {
          ...ANN,
          department: 'Reception',
          email: 'email@example.com',
          phones: [expect.objectContaining({ tel: '+441234234567', extension: '100', kind: 'voice' })],
        },
      ]);
      expect(listing!.costOptions).toEqual([{ ...UNDER_18S, currency: 'GBP' }]);
      expect(listing!.requiredDocuments).toEqual([{ name: expect.stringMatching(/^Any official identification document/), url: 'http://example.com/' }]);
      // 3.0 has no additional_urls; 3.1's is a page of its own, labelled "Website".
      expect(listing!.links).toEqual(path.startsWith('3.1') ? [{ label: 'Website', url: 'https://example.org/' }] : undefined);
    }
  });

  it('reads the UK profile and the ORUK validator mock, which give a price without a currency', () => {
    for (const path of ['uk-profile-3.0/service_full.json', 'oruk-validator-mocks/V3.0-UK-Default/service_full.json']) {
      const [listing] = normalizeFeed(fixture(path), FEED).listings;
      expect(listing!.contacts).toEqual([{ ...ANN, phones: [] }]);
      expect(listing!.costOptions).toEqual([UNDER_18S]);
      expect(listing!.requiredDocuments).toBeUndefined();
    }
  });

  it('reads the HSDS 1.1 data package: contacts.csv, required_documents.csv and payments_accepted.csv', async () => {
    serveFiles(server, 'https://data.test/hsds/', samplePackage());
    const result = await createClient({ feed: 'https://data.test/hsds/datapackage.json' }).search({ pageSize: 100 });
    const helpline = result.items.find((item) => item.name === 'Never Homeless Helpline')!;
    expect(helpline.contacts).toEqual([{ name: 'Contact 1', title: 'Mr', department: 'Department 1', email: 'contact1@example.com', phones: [] }]);
    expect(helpline.requiredDocuments).toEqual([{ name: 'Sample required document' }]);
    expect(helpline.paymentsAccepted).toEqual(['cash', 'credit card']);
  });

  it('skips and reports bad values, keeping the rest of the record', () => {
    const issues: FeedIssue[] = [];
    const listing = normalizeService(
      {
        id: 's1',
        name: 'Clinic',
        contacts: [
          { name: 'Dana <b>Lee</b>', email: 'not an address' },
          {},
          'nonsense',
          { name: 'Dana <b>Lee</b>', email: 'not an address' },
          { name: 'Front desk', title: 'front desk' },
        ],
        cost_options: [{ amount: -5, currency: 'dollars', option: 'Adults' }, { amount: 0, currency: 'usd' }],
        required_documents: [{ document: 'Photo ID', uri: 'javascript:alert(1)' }, { document: 'N/A' }, { document: 'Photo ID' }],
        payments_accepted: [{ payment: 'Cash' }, { payment: '' }, { payment: 'Cash' }],
        url: 'https://clinic.example/',
        additional_urls: [
          { label: 'Website', url: 'https://clinic.example/' },
          { label: 'Chat <i>now</i>', url: 'https://clinic.example/chat' },
          { label: 'Evil', url: 'javascript:alert(1)' },
          { url: 'https://forms.example/apply' },
        ],
      },
      FEED,
      issues,
    )!;
    expect(listing.contacts).toEqual([{ name: 'Dana Lee', phones: [] }, { name: 'Front desk', phones: [] }]);
    expect(listing.costOptions).toEqual([{ option: 'Adults' }, { amount: 0, currency: 'USD' }]);
    expect(listing.requiredDocuments).toEqual([{ name: 'Photo ID' }]);
    expect(listing.paymentsAccepted).toEqual(['Cash']);
    expect(listing.links).toEqual([{ label: 'Chat now', url: 'https://clinic.example/chat' }, { url: 'https://forms.example/apply' }]);
    const paths = issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['contacts.0.email', 'contacts.1', 'cost_options.0.amount', 'cost_options.0.currency', 'required_documents.0.uri', 'required_documents.1.document', 'additional_urls.2.url']),
    );
  });
});
