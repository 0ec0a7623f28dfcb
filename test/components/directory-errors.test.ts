import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { createClient } from '../../src/sdk/index.js';

before(() => cardDefined);

const FEED = 'https://feed.example/services.json';

/** A directory on a real SDK client whose feed always gives `answer`; counts requests and console warnings. */
async function failingDirectory(answer: () => Response) {
  let requests = 0;
  const fetch = async () => (requests++, answer());
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args);
  try {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${createClient({ feed: FEED, fetch, cache: false })}></resource-directory>`);
    // Well under the 30 s a long Retry-After used to keep the skeleton up.
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the error message', { timeout: 3000 });
    await waitUntil(() => warnings.length > 0, 'the console warning');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    return { el, text: alert.textContent!.replace(/\s+/g, ' '), retry: alert.querySelector('[part="retry-button"]'), requests, warnings };
  } finally {
    console.warn = warn;
  }
}

describe('<resource-directory> says what went wrong', () => {
  it('a 404: the list is missing, the site must fix it, no retry; the console names the URL', async () => {
    const shown = await failingDirectory(() => new Response('Not Found', { status: 404 }));
    expect(shown.text).to.contain('list of services is missing');
    expect(shown.text).to.contain('your connection is fine');
    expect(shown.text).to.not.contain('Check your connection');
    expect(shown.retry).to.equal(null);
    expect(shown.warnings).to.have.length(1);
    expect(String(shown.warnings[0]![0])).to.contain(FEED);
    expect(String(shown.warnings[0]![0])).to.contain('404');
    await expect(shown.el).to.be.accessible();
  });

  it('an HTML page: not a list of services', async () => {
    const shown = await failingDirectory(() => new Response('<!doctype html><title>Welcome</title>', { headers: { 'content-type': 'text/html' } }));
    expect(shown.text).to.contain('lists no services');
    expect(String(shown.warnings[0]![0])).to.contain('HTML');
    await expect(shown.el).to.be.accessible();
  });

  it('[1,2,3]: not a list of services, rather than "No services match"', async () => {
    const shown = await failingDirectory(() => Response.json([1, 2, 3]));
    expect(shown.text).to.contain('lists no services');
    expect(shown.el.shadowRoot!.textContent).to.not.contain('No services match');
    await expect(shown.el).to.be.accessible();
  });

  it('429 with Retry-After: 3600: busy, try again later, at once and after one request', async () => {
    const shown = await failingDirectory(() => new Response(null, { status: 429, headers: { 'retry-after': '3600' } }));
    expect(shown.text).to.contain('is busy');
    expect(shown.text).to.contain('Try again later.');
    expect(shown.retry).to.not.equal(null);
    expect(shown.requests).to.equal(1);
    await expect(shown.el).to.be.accessible();
  });

  it('503 with Retry-After: 120: busy, with the wait in minutes', async () => {
    const shown = await failingDirectory(() => new Response(null, { status: 503, headers: { 'retry-after': '120' } }));
    expect(shown.text).to.contain('Try again in 2 minutes.');
    await expect(shown.el).to.be.accessible();
  });
});
