import { expect } from '@open-wc/testing';
import { feedReport } from '../../src/configure/feed-report.js';
import { createClient } from '../../src/sdk/index.js';

// A small static feed with the faults feeds have: a record with no name, a phone that cannot be dialled,
// a web address that is not one.
const services = [
  { id: 'ok-1', name: 'Food pantry', description: 'Groceries', phones: [{ id: 'p1', number: '503-555-0100' }] },
  { id: 'no-name', description: 'A record without a name' },
  { id: 'bad-phone', name: 'Clothing closet', phones: [{ id: 'p2', number: 'call the front desk' }] },
  { id: 'bad-url', name: 'Legal aid', url: 'javascript:alert(1)', phones: [{ id: 'p3', number: '503-555-0101' }] },
];

describe("the configurator's feed report", () => {
  it('says what visitors get and what was lost, in words, with the problems and a record to look at', async () => {
    const fetch = async () => new Response(JSON.stringify(services), { headers: { 'Content-Type': 'application/json' } });
    const client = createClient({ feed: 'https://feed.example/services.json', fetch });
    const coverage = await client.coverage();
    const report = feedReport(await client.info(), coverage);

    expect(report.summary).to.equal('Checked 3 services: 67 % have a phone number; 1 record was skipped.');
    expect(report.kind).to.match(/^An HSDS file \(version [\d.]+\)\.$/);
    expect(report.present).to.include('67 % have a phone number (the Call button).');
    expect(report.losses).to.include.members([
      '1 record was skipped whole (no usable id or name).',
      '1 record lost a phone number that cannot be dialled.',
      '1 record lost a web address that was not a usable http(s) link.',
    ]);
    expect(report.issues.length).to.equal(coverage.topIssues.length);
    expect(report.issues.some((line) => line.includes('record bad-phone'))).to.equal(true, report.issues.join('\n'));
  });
});
