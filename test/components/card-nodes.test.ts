import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';

// Issue #17 item 4: a page of cards on a slow phone pays for every node of every card, text and marker
// comments included. A collapsed card keeps to a structural budget of 80 nodes (the median card; a card
// with everything, a provider, group tags, an alert and an old date, goes over): what closed details and a
// closed "More" hold is rendered when they open.

before(() => cardDefined);

const NODE_BUDGET = 80;

/** Every node of a card: its shadow root's and its light DOM's, elements, text and comments alike. */
function nodesOf(card: ResourceDirectoryCard): number {
  let count = 0;
  for (const root of [card.shadowRoot!, card]) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) count += 1;
  }
  return count;
}

describe('DOM nodes per collapsed card', () => {
  it(`keeps the sample feed's first 25 cards to ${NODE_BUDGET} nodes each, the median card, and the first page's every card`, async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed="/hsds" page-size="25"></resource-directory>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('resource-card').length === 25, 'the first 25 services of the sample feed', { timeout: 8000 });
    const cards = [...el.shadowRoot!.querySelectorAll<ResourceDirectoryCard>('resource-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    const counts = cards.map(nodesOf);
    const sorted = [...counts].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)], `median; nodes per card: ${counts.join(', ')}`).to.be.at.most(NODE_BUDGET);
    // What one screen of a phone shows, the first page, has no card over the budget.
    expect(Math.max(...counts.slice(0, 10)), `the first page; nodes per card: ${counts.join(', ')}`).to.be.at.most(NODE_BUDGET);
  });
});
