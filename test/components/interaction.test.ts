import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { fakeClient } from '../support/fake-client.js';
import { deepActive } from '../support/dom.js';
import { makeListings } from '../support/listings.js';

// Keyboard paths and feedback (issue #14, item 7): Escape and tab order in Filters, the skip link, visible
// confirmations, and the saved list's heading, way back and undo.

before(() => cardDefined);

const root = (el: ResourceDirectory) => el.shadowRoot!;
const cards = (el: ResourceDirectory) => [...root(el).querySelectorAll<ResourceDirectoryCard>('resource-card')];
/** The focused element's text, or its label's for a field. */
const focusedName = () => deepActive()?.textContent?.trim() || (deepActive() as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim();

async function loaded(el: ResourceDirectory, count: number): Promise<void> {
  await waitUntil(() => cards(el).length === count, 'cards');
  await Promise.all(cards(el).map((card) => card.updateComplete));
}

/** Tabs forward until the focused element is named `text`, as a keyboard user would. */
async function tabTo(text: string): Promise<void> {
  for (let i = 0; i < 40 && focusedName() !== text; i += 1) await sendKeys({ press: 'Tab' });
  expect(focusedName()).to.equal(text);
}

describe('filters from the keyboard', () => {
  it('Escape closes the panel from inside it and returns focus to the Filters button', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} crisis="none"></resource-directory>`);
    await loaded(el, 2);
    root(el).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('#filter-panel'), 'filters open');
    await tabTo('Free services only');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('#filter-panel') === null, 'panel closed').to.equal(true);
    expect(deepActive()?.getAttribute('part')).to.equal('filters-toggle');
    expect(deepActive()?.getAttribute('aria-expanded')).to.equal('false');
  });

  it('Escape on the Filters button closes an open panel too, and does nothing when it is closed', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} crisis="none"></resource-directory>`);
    await loaded(el, 2);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('#filter-panel'), 'filters open');
    expect(deepActive()).to.equal(toggle);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActive()).to.equal(toggle);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('puts the open panel right after its toggle in tab order, before Sort, Saved and Language', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} crisis="none"></resource-directory>`);
    await loaded(el, 2);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('#filter-panel'), 'filters open');
    const panel = root(el).querySelector('#filter-panel')!;
    await sendKeys({ press: 'Tab' });
    expect(panel.contains(deepActive()), `Tab from the toggle reached ${focusedName()}`).to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActive()).to.equal(toggle);
    // After the panel's last control comes Sort, and the panel is drawn below the toolbar's row.
    const controls = [...panel.querySelectorAll<HTMLElement>('input, select, button')];
    controls.at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('name')).to.equal('sort');
    expect(panel.getBoundingClientRect().top).to.be.at.least(root(el).querySelector('[part="saved-toggle"]')!.getBoundingClientRect().bottom);
  });
});
