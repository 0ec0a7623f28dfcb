import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cardCount, openFrame, type NetworkLog } from '../support/frame.js';

/**
 * Opens a page with the SDK's script held back until the feed's first request is made, waits for its three
 * cards, and answers whether that request came first and every path requested (Chromium's own log, which
 * sees the file worker's requests too).
 */
async function loadHoldingSdk(path: string, sdk: string, firstRequest: string): Promise<{ untilSeenFirst: boolean; requested: string[]; requestedUrls: URL[] }> {
  await executeServerCommand('network-log-start');
  await executeServerCommand('hold-requests', { matching: sdk, until: firstRequest });
  const cards = openFrame(path).then((frame) => waitUntil(() => cardCount(frame.contentWindow!) === 3, 'three cards', { timeout: 10000 }));
  // Released once the cards came or could not come, so a failure never leaves requests held for the next test.
  await cards.catch(() => undefined);
  const { untilSeenFirst } = (await executeServerCommand<{ untilSeenFirst: boolean }, undefined>('release-requests'))!;
  await cards;
  const log = (await executeServerCommand<NetworkLog, undefined>('network-log-stop'))!;
  const requestedUrls = log.requests.map((request) => new URL(request.url));
  return { untilSeenFirst, requested: requestedUrls.map((url) => url.pathname), requestedUrls };
}

/** The plain first page of the sample API, as a directory showing three cards asks for it. */
const FIRST_PAGE = '/hsds/services?page=1&per_page=3&full=true';

describe("the feed's first request, started before the SDK arrives", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('module script, static file: the page fetches the file while the SDK chunk is on its way, once, and the file worker reads that response', async () => {
    const { untilSeenFirst, requested } = await loadHoldingSdk('/test/embed/pages/module.html', '/dist/chunks/sdk-', '/demo/data/sample-feed.json');
    expect(untilSeenFirst, 'the file was asked for before the SDK chunk came').to.equal(true);
    expect(requested.filter((path) => path === '/demo/data/sample-feed.json')).to.have.length(1);
    expect(requested.some((path) => /\/file-worker[\w-]*\.js$/.test(path)), 'the file worker read it').to.equal(true);
  });

  it("module script, sample API: the first page of results is asked while the normalizer's chunk is on its way", async () => {
    const { untilSeenFirst, requested } = await loadHoldingSdk('/test/embed/pages/module-api.html', '/dist/chunks/normalize-', '/hsds/services');
    expect(untilSeenFirst, 'the page was asked for before the normalizer came').to.equal(true);
    expect(requested.filter((path) => path === '/hsds/')).to.have.length(1);
  });

  it("module script, sample API: the first page of results is asked while the SDK is on its way, once, and gives the first cards", async () => {
    const { untilSeenFirst, requestedUrls } = await loadHoldingSdk('/test/embed/pages/module-api.html', '/dist/chunks/sdk-', FIRST_PAGE);
    expect(untilSeenFirst, 'the first page was asked for before the SDK chunk came').to.equal(true);
    // Once: the SDK took that response, and the feed's coverage check, when the page is idle, finds it cached.
    expect(requestedUrls.filter((url) => url.pathname + url.search === FIRST_PAGE)).to.have.length(1);
  });

  for (const [page, how] of [
    ['module-api-query.html', 'in its attribute'],
    ['module-api-config.html', "in the page's ResourceDirectoryConfig"],
  ]) {
    it(`module script, sample API, a directory with a search of its own (${how}): no plain first page is guessed`, async () => {
      const { requestedUrls } = await loadHoldingSdk(`/test/embed/pages/${page}`, '/dist/chunks/sdk-', '/hsds/');
      const search = requestedUrls.findIndex((url) => url.searchParams.get('search') === 'food');
      expect(search, 'the search was asked for').to.be.greaterThan(-1);
      // Later, when the page is idle, the feed's coverage check may ask for that page itself.
      expect(requestedUrls.slice(0, search).filter((url) => url.pathname + url.search === FIRST_PAGE)).to.deep.equal([]);
    });
  }

  it("classic script, sample API: the API's root is asked while the SDK file is on its way, once", async () => {
    const { untilSeenFirst, requested } = await loadHoldingSdk('/test/embed/pages/iife.html', '/dist/resource-directory-sdk.js', '/hsds/');
    expect(untilSeenFirst, "the API's root was asked for before the SDK file came").to.equal(true);
    expect(requested.filter((path) => path === '/hsds/')).to.have.length(1);
  });
});
