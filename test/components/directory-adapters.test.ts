import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';

// The national sources as a page meets them: through the demo's key-hiding proxy (/proxy/), in front of
// stand-ins answering with responses written from their documentation (demo/data/ndp, demo/data/findtreatment).
const root = (el: ResourceDirectory) => el.shadowRoot!;
const cards = (el: ResourceDirectory) => [...root(el).querySelectorAll<ResourceDirectoryCard>('resource-card')];
const titles = (el: ResourceDirectory) => cards(el).map((card) => card.shadowRoot?.querySelector('[part="card-title"]')?.textContent?.trim());

before(() => cardDefined);

describe('<resource-directory> on the 211 NDP and FindTreatment.gov', () => {
  it('shows NDP services with the phones and hours the Query API gave, the key never in the page', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => requests.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource', buffered: true });
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed="/proxy/resources/v2/" near="97214"></resource-directory>`);
    await waitUntil(() => cards(el).length === 3 && titles(el).every(Boolean), 'three NDP cards', { timeout: 8000 });
    expect(titles(el)).to.include.members(['Emergency Food Boxes', 'Peer Recovery Support Group', 'Food Stamps (SNAP) Application Help']);
    const pantry = cards(el).find((card) => card.listing?.id === 'sal-1001')!;
    await pantry.updateComplete;
    expect(pantry.shadowRoot!.querySelector('[part~="card-primary"]')!.textContent).to.contain('(503) 555-0142');
    await expect(el).to.be.accessible();
    observer.disconnect();
    const proxied = requests.filter((url) => url.includes('/proxy/'));
    expect(proxied.length).to.be.greaterThan(0);
    expect(proxied.join(' ')).to.not.match(/api-key|demo-key/i);
  });

  it('shows the treatment facilities around the place FindTreatment.gov is asked about', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed="/proxy/locator/" near="97214"></resource-directory>`);
    await waitUntil(() => cards(el).length === 4 && titles(el).every(Boolean), 'four facilities', { timeout: 8000 });
    expect(titles(el)[0]).to.equal('Bridgeview Behavioral Health');
    expect(root(el).textContent).to.not.contain('javascript:');
    await expect(el).to.be.accessible();
  });
});
