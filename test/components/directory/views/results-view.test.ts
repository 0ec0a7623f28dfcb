import { expect } from '@open-wc/testing';
import { cardDefined } from '../../../../src/define.js';
import type { SearchResult } from '../../../../src/sdk/index.js';
import { resultsView, type CardSettings } from '../../../../src/components/directory/views/results-view.js';
import { makeListings } from '../../../support/listings.js';
import { text, viewHost } from '../../../support/view-host.js';

before(() => cardDefined);

const card: CardSettings = { mapProvider: 'osm', layout: 'list', feedLang: 'en', staleAfterMonths: 12, units: 'km', announce: () => undefined };
const result = (total: number, stale = false): SearchResult => ({ items: [], total, page: 1, pageSize: 10, totalPages: 1, issues: [], stale });

describe('resultsView', () => {
  it('counts the results, lists a card per listing with the settings passed down, and passes axe', async () => {
    const listings = makeListings(3);
    const host = await viewHost(({ localizer }) =>
      resultsView({ localizer, result: result(3), listings, loading: false, crisisPrefix: '', map: undefined, card, onShowMore: () => undefined }),
    );
    const root = host.shadowRoot!;
    expect(text(root.querySelector('[part="status"]'))).to.equal('3 services found');
    const cards = [...root.querySelectorAll('[part="result"] > resource-card')];
    expect(cards).to.have.length(3);
    expect(cards[0]!.getAttribute('map-provider')).to.equal('osm');
    expect(cards[0]!.getAttribute('units')).to.equal('km');
    expect(cards[0]!.getAttribute('exportparts')).to.contain('card-title');
    expect(root.querySelectorAll('[part="more-button"]')).to.have.length(0);
    expect(root.querySelectorAll('[part="notice"]')).to.have.length(0);
    await expect(host).to.be.accessible();
  });

  it('offers "Show more" while there are more, disabled while loading, and notes cached results', async () => {
    let more = 0;
    const host = await viewHost(({ localizer }) =>
      resultsView({ localizer, result: result(25, true), listings: makeListings(10), loading: true, crisisPrefix: 'Crisis. ', map: undefined, card, onShowMore: () => more++ }),
    );
    const root = host.shadowRoot!;
    expect(text(root.querySelector('[part="status"]'))).to.equal('Crisis. 25 services found');
    expect(root.querySelector('[part="results"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelector('[part="notice"]')!.getAttribute('role')).to.equal('note');
    const button = root.querySelector<HTMLButtonElement>('[part="more-button"]')!;
    expect(text(root.querySelector('.more .status'))).to.equal('Showing 10 of 25');
    expect(button.disabled).to.equal(true);
    button.disabled = false;
    button.click();
    expect(more).to.equal(1);
  });
});
