import { expect } from '@open-wc/testing';
import { FeedClient, type FeedHost } from '../../../../src/components/directory/controllers/feed-client.js';
import { fakeClient } from '../../../support/fake-client.js';
import { viewHost, type ViewHost } from '../../../support/view-host.js';

describe('FeedClient', () => {
  it('reads the feed as an absolute URL, or none when it is missing or not a URL', async () => {
    const host = (await viewHost(() => '')) as ViewHost & FeedHost;
    const feed = new FeedClient(host);
    expect(feed.feedUrl()).to.equal(undefined);
    host.feed = '/hsds';
    expect(feed.feedUrl()).to.equal(new URL('/hsds', document.baseURI).href);
    host.feed = 'http://[';
    expect(feed.feedUrl()).to.equal(undefined);
  });

  it("uses the host's own client, and reads the feed's categories and the publisher's address", async () => {
    const client = { ...fakeClient([]), info: async () => ({ kind: 'api' as const, version: '3.1', publisher: { name: 'P', email: 'help@publisher.example' } }) };
    const host = (await viewHost(() => '')) as ViewHost & FeedHost;
    Object.assign(host, { client, noFilters: false });
    const feed = new FeedClient(host);
    expect(await feed.client(undefined)).to.equal(client);
    host.requestUpdate();
    await feed.publisherTask.taskComplete;
    await feed.categoriesTask.taskComplete;
    expect(feed.publisherTask.value).to.equal('mailto:help@publisher.example');
    expect(feed.categoriesTask.value).to.be.an('array');
  });
});
