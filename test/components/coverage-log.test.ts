import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { createClient, type ResourceDirectoryClient } from '../../src/sdk/index.js';

/** Twenty services of which `unsafe` have a javascript: link, which is dropped. */
const feedWith = (unsafe: number) =>
  Array.from({ length: 20 }, (_, i) => ({
    id: `svc-${i}`,
    name: `Service ${i}`,
    description: 'Help with food.',
    url: i < unsafe ? 'javascript:alert(1)' : 'https://help.example/',
  }));

/** A client for a static file, whose coverage() calls are counted and can be awaited. */
function countingClient(feed: string, records: unknown[]): ResourceDirectoryClient & { reports: Promise<unknown>[] } {
  const body = JSON.stringify(records);
  const client = createClient({ feed, kind: 'file', fetch: async () => new Response(body, { headers: { 'Content-Type': 'application/json' } }) });
  const reports: Promise<unknown>[] = [];
  const coverage = client.coverage.bind(client);
  return Object.assign(client, {
    reports,
    coverage: (...args: Parameters<typeof coverage>) => {
      const report = coverage(...args);
      reports.push(report);
      return report;
    },
  });
}

function captureInfo(): { messages: unknown[][]; restore(): void } {
  const messages: unknown[][] = [];
  const original = console.info;
  console.info = (...args: unknown[]) => messages.push(args);
  return { messages, restore: () => (console.info = original) };
}

// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('feed coverage in the console', () => {
  it('tells the webmaster once per feed, naming it, when more than a tenth of the records lost a field', async () => {
    const { messages, restore } = captureInfo();
    try {
      const feed = 'https://lossy.example/feed.json';
      const client = countingClient(feed, feedWith(3));
      const first = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
      await first.searchComplete;
      expect(first.shadowRoot!.querySelectorAll('resource-card').length).to.equal(10);
      await waitUntil(() => messages.length > 0, 'no console.info', { timeout: 5000 });
      const second = await fixture<ResourceDirectory>(html`<resource-directory .client=${client} query="Service"></resource-directory>`);
      await second.searchComplete;
      await settle();
      expect(client.reports.length).to.equal(1);
      expect(messages.length).to.equal(1);
      expect(String(messages[0]![0])).to.contain(`reading the feed ${feed} lost information`);
      expect(String(messages[0]![0])).to.contain('unusable web addresses, left out: 3 of 20 records (15%)');
    } finally {
      restore();
    }
  });

  it('stays quiet when a tenth or less was lost', async () => {
    const { messages, restore } = captureInfo();
    try {
      const client = countingClient('https://tidy.example/feed.json', feedWith(2));
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
      await el.searchComplete;
      await waitUntil(() => client.reports.length === 1, 'coverage never checked', { timeout: 5000 });
      await client.reports[0];
      await settle();
      expect(messages).to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('never throws into the page when the report fails', async () => {
    const errors: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const client = countingClient('https://broken.example/feed.json', feedWith(5));
      let asked = false;
      client.coverage = async () => {
        asked = true;
        throw new Error('coverage failed');
      };
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
      await el.searchComplete;
      await waitUntil(() => asked, 'coverage never asked', { timeout: 5000 });
      await settle();
      expect(errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('resource-card').length).to.equal(10);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
