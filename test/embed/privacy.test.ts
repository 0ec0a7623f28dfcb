import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openFrame } from '../support/frame.js';

interface NetworkLog {
  /** Every request, with the URL of the frame that made it (the test page itself makes some too). */
  requests: { url: string; frame?: string }[];
  cookies: string[];
}

const ownStorage = (win: Window) =>
  [...Object.keys(win.localStorage), ...Object.keys(win.sessionStorage)].filter((key) => key !== 'wtr-session-id');

describe('privacy by default', () => {
  it('asks no host but the feed, sets no cookies and stores nothing until the visitor saves', async () => {
    localStorage.clear();
    sessionStorage.clear();
    await executeServerCommand('network-log-start');
    const frame = await openFrame('/test/embed/pages/privacy.html');
    const win = frame.contentWindow!;
    const directory = () => win.document.querySelector('resource-directory')!.shadowRoot!;
    const cards = () => [...directory().querySelectorAll('resource-card')];
    await waitUntil(() => cards().length === 3 && cards()[0].shadowRoot?.querySelector('h3'), 'cards', { timeout: 5000 });

    // Use it as a visitor would: search, open filters and details.
    directory().querySelector('input')!.value = 'food';
    directory().querySelector('form')!.requestSubmit();
    await waitUntil(() => directory().querySelector('[part="status"]')?.textContent?.includes('found'), 'search results');
    directory().querySelector<HTMLButtonElement>('[part="filters-toggle"]')!.click();
    await waitUntil(() => cards()[0]?.shadowRoot?.querySelector('[part="card-details-toggle"]'), 'card');
    cards()[0].shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(ownStorage(win)).to.deep.equal([]);
    expect(win.document.cookie).to.equal('');
    const log = await executeServerCommand<NetworkLog, undefined>('network-log-stop');
    const fromPage = log!.requests.filter((request) => request.frame?.includes('/test/embed/pages/privacy.html')).map((request) => request.url);
    const hosts = new Set(fromPage.map((url) => new URL(url).host));
    expect([...hosts]).to.deep.equal([location.host]);
    const widgetRequests = fromPage.map((url) => new URL(url).pathname).filter((path) => !/^\/(test|dist|__web-dev-server)/.test(path)); // the page, the bundle, the test server's socket
    expect(widgetRequests.length).to.be.greaterThan(0);
    for (const path of widgetRequests) expect(path.startsWith('/hsds')).to.equal(true, path);
    expect(log!.cookies).to.deep.equal([]);

    // Saving is the first and only write: one key, ours.
    cards()[0].shadowRoot!.querySelector<HTMLButtonElement>('[aria-pressed]')!.click();
    expect(ownStorage(win)).to.deep.equal(['resource-directory:saved']);
    win.localStorage.clear();
    frame.remove();
  });
});
