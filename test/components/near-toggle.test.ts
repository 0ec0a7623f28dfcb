import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListings } from '../support/listings.js';
import { deepActive } from '../support/dom.js';

// On a phone the search is one row (the keyword, Search and "Near"); the place field and "Use my location"
// unfold below it from "Near" (design guide §3), and stay unfolded while a place is in force.

before(() => cardDefined);

const root = (el: Element) => el.shadowRoot!;
const shown = (el: ResourceDirectory, selector: string) => root(el).querySelector(selector)!.getClientRects().length > 0;
const near = (el: ResourceDirectory) => root(el).querySelector<HTMLButtonElement>('[part="near-toggle"]')!;

async function directory(place = ''): Promise<ResourceDirectory> {
  const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} near=${place}></resource-directory>`);
  await waitUntil(() => root(el).querySelectorAll('resource-card').length === 2, 'cards');
  return el;
}

describe('Near on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps the keyword, Search and Near in one row, and unfolds the place from the keyboard, next in tab order', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await directory();
    const [keyword, search, toggle] = ['#keyword', '[part="search-button"]', '[part="near-toggle"]'].map((selector) => root(el).querySelector(selector)!.getBoundingClientRect());
    expect([search!.top, toggle!.top].map(Math.round)).to.deep.equal([Math.round(keyword!.top), Math.round(keyword!.top)]);
    expect(shown(el, '#place') || shown(el, '[part="locate-button"]')).to.equal(false);
    expect(near(el).getAttribute('aria-expanded')).to.equal('false');
    near(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(near(el).getAttribute('aria-expanded')).to.equal('true');
    expect(shown(el, '#place') && shown(el, '[part="locate-button"]')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('place');
    await expect(el).to.be.accessible();
    near(el).click();
    await el.updateComplete;
    expect(shown(el, '#place')).to.equal(false);
  });

  it('shows the place unfolded while one is in force', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await directory('97301');
    expect(near(el).getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).querySelector<HTMLInputElement>('#place')!.value).to.equal('97301');
    expect(shown(el, '#place')).to.equal(true);
  });

  it('has no Near in a wide directory, where the place field is always in the row', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await directory();
    expect(shown(el, '[part="near-toggle"]')).to.equal(false);
    expect(shown(el, '#place') && shown(el, '[part="locate-button"]')).to.equal(true);
  });
});
