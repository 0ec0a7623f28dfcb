import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { confirmationTiming } from '../../src/components/confirmation.js';
import { resetSavedStore } from '../../src/components/saved/saved-store.js';
import { fakeClient } from '../support/fake-client.js';
import { deepActive } from '../support/dom.js';
import { makeListing, makeListings } from '../support/listings.js';

// Keyboard paths and feedback (issue #14, item 7): Escape and tab order in Filters, the skip link, visible
// confirmations, and the saved list's heading, way back and undo.

before(() => cardDefined);

const KEY = 'resource-directory:saved';
const root = (el: ResourceDirectory) => el.shadowRoot!;
const cards = (el: ResourceDirectory) => [...root(el).querySelectorAll<ResourceDirectoryCard>('resource-card')];
const shown = (element: Element | null | undefined) => Boolean(element && element.getClientRects().length && getComputedStyle(element).visibility !== 'hidden');
const byText = (scope: ParentNode, text: string) =>
  [...scope.querySelectorAll<HTMLElement>('button, a')].find((node) => node.textContent!.trim() === text);
/** True when the element itself is what is drawn at its centre (not clipped away or covered). */
function drawnAtCentre(element: Element): boolean {
  const box = element.getBoundingClientRect();
  let hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit === element;
}
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

/** No Web Share API, and a clipboard that records what it is given, for the length of `body`. */
async function withClipboard(body: (written: string[]) => Promise<void>): Promise<void> {
  const shareBefore = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
  const clipboard = navigator.clipboard;
  const written: string[] = [];
  Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
  try {
    await body(written);
  } finally {
    if (shareBefore) Object.defineProperty(Navigator.prototype, 'share', shareBefore);
    else delete (Navigator.prototype as { share?: unknown }).share;
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  }
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

  it('puts the open panel right after its toggle in tab order, before Saved and Language', async () => {
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
    // After the panel's last control comes Saved, and the panel is drawn below the toolbar's row.
    const controls = [...panel.querySelectorAll<HTMLElement>('input, select, button')];
    controls.at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('saved-toggle');
    expect(panel.getBoundingClientRect().top).to.be.at.least(root(el).querySelector('[part="saved-toggle"]')!.getBoundingClientRect().bottom);
  });
});

describe('skip link', () => {
  it('comes first, shows itself when focused, and jumps past the crisis lines and the form to the results', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button id="before" type="button">Before</button>
      <resource-directory .client=${fakeClient(makeListings(2))}></resource-directory>
    </div>`);
    const el = page.querySelector('resource-directory')!;
    await loaded(el, 2);
    const skip = root(el).querySelector<HTMLElement>('[part="skip-link"]')!;
    expect(drawnAtCentre(skip), 'hidden until focused').to.equal(false);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(skip);
    expect(skip.textContent!.trim()).to.equal('Skip to results');
    const box = skip.getBoundingClientRect();
    expect([drawnAtCentre(skip), box.width >= 44, box.height >= 44], 'visible and large enough to press').to.deep.equal([true, true, true]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive()?.getAttribute('part')).to.equal('status');
    expect(deepActive()?.textContent).to.contain('2 services found');
    // Beside the count: the List · Map toggle (these listings have places), then the first card.
    const toggle = [...root(el).querySelectorAll('.view-toggle button')];
    expect(toggle.map((button) => button.textContent!.trim())).to.deep.equal(['List', 'Map']);
    for (const button of toggle) {
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(button);
    }
    await sendKeys({ press: 'Tab' });
    expect(cards(el)[0]!.contains(deepActive()) || cards(el)[0]!.shadowRoot!.contains(deepActive()), 'the next stop is in the first card').to.equal(true);
  });

  it('follows the quick exit button, and leads to the saved list when it is open', async () => {
    localStorage.setItem(KEY, JSON.stringify([makeListing({ id: 'a', name: 'Alder Shelter' })]));
    resetSavedStore();
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))} quick-exit></resource-directory>`);
      await loaded(el, 1);
      root(el).querySelector<HTMLButtonElement>('[part="quick-exit"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.getAttribute('part')).to.equal('skip-link');
      root(el).querySelector<HTMLButtonElement>('[part="saved-toggle"]')!.click();
      await waitUntil(() => root(el).querySelector('[part="saved"] h2'), 'the saved list');
      root(el).querySelector<HTMLElement>('[part="skip-link"]')!.click();
      await el.updateComplete;
      expect(deepActive()?.textContent?.trim()).to.equal('Saved services');
    } finally {
      localStorage.removeItem(KEY);
      resetSavedStore();
    }
  });
});

describe('visible confirmations', () => {
  let before: number;
  beforeEach(() => {
    before = confirmationTiming.ms;
    confirmationTiming.ms = 300;
    localStorage.removeItem(KEY);
    resetSavedStore();
  });
  afterEach(() => {
    confirmationTiming.ms = before;
    localStorage.removeItem(KEY);
    resetSavedStore();
  });

  it('shows "Copied" beside a card\'s actions after Share, announces it, then lets it go', async () => {
    await withClipboard(async (written) => {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} crisis="none"></resource-directory>`);
      await loaded(el, 2);
      const card = cards(el)[1]!;
      const share = byText(card.shadowRoot!, 'Share')!;
      share.click();
      const confirmation = () => card.shadowRoot!.querySelector('.confirmation');
      await waitUntil(() => shown(confirmation()), 'a visible confirmation');
      expect(written.length).to.equal(1);
      expect(confirmation()!.textContent!.trim()).to.equal('Copied to clipboard');
      expect(root(el).querySelector('.base > [role="status"]')!.textContent).to.equal('Copied to clipboard');
      // Near the button: right below the row of actions.
      const actions = card.shadowRoot!.querySelector('[part="card-actions"]')!.getBoundingClientRect();
      const box = confirmation()!.getBoundingClientRect();
      expect(box.top - actions.bottom).to.be.within(0, 24);
      // Only the first card shows it.
      expect(shown(cards(el)[0]!.shadowRoot!.querySelector('.confirmation'))).to.equal(false);
      await waitUntil(() => !shown(confirmation()), 'the confirmation goes', { timeout: 3000 });
    });
  });

  it('shows "Saved … on this device" beside the actions after Save, then lets it go', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))} crisis="none"></resource-directory>`);
    await loaded(el, 2);
    const card = cards(el)[0]!;
    byText(card.shadowRoot!, 'Save')!.click();
    const confirmation = () => card.shadowRoot!.querySelector('.confirmation');
    await waitUntil(() => shown(confirmation()), 'a visible confirmation');
    expect(confirmation()!.textContent!.trim()).to.equal('Saved Service 1 on this device');
    await waitUntil(() => !shown(confirmation()), 'the confirmation goes', { timeout: 3000 });
    // A standalone card keeps its own live region and shows the confirmation too.
    const alone = await fixture<ResourceDirectoryCard>(html`<resource-card .listing=${makeListing({ id: 'x', name: 'Alder Shelter' })}></resource-card>`);
    byText(alone.shadowRoot!, 'Save')!.click();
    await alone.updateComplete;
    expect(alone.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Saved Alder Shelter on this device');
    expect(shown(alone.shadowRoot!.querySelector('.confirmation'))).to.equal(true);
  });

  it('shows "Copied" beside the saved list\'s actions after Copy as text, then lets it go', async () => {
    localStorage.setItem(KEY, JSON.stringify([makeListing({ id: 'a', name: 'Alder Shelter' })]));
    await withClipboard(async (written) => {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))} crisis="none"></resource-directory>`);
      root(el).querySelector<HTMLButtonElement>('[part="saved-toggle"]')!.click();
      await waitUntil(() => root(el).querySelector('[part="saved-actions"]'), 'the saved list');
      byText(root(el), 'Copy as text')!.click();
      const confirmation = () => root(el).querySelector('[part="saved"] .confirmation');
      await waitUntil(() => shown(confirmation()), 'a visible confirmation');
      expect(written[0]).to.contain('Alder Shelter');
      expect(confirmation()!.textContent!.trim()).to.equal('Copied to clipboard');
      const actions = root(el).querySelector('[part="saved-actions"]')!.getBoundingClientRect();
      expect(confirmation()!.getBoundingClientRect().top - actions.bottom).to.be.within(0, 24);
      await waitUntil(() => !shown(confirmation()), 'the confirmation goes', { timeout: 3000 });
    });
  });
});

describe('the saved list', () => {
  beforeEach(() => {
    localStorage.setItem(KEY, JSON.stringify([makeListing({ id: 'a', name: 'Alder Shelter' }), makeListing({ id: 'b', name: 'Birch Pantry' })]));
    resetSavedStore();
  });
  afterEach(() => {
    localStorage.removeItem(KEY);
    resetSavedStore();
  });

  it('has a heading and "Back to results", which returns to the results with focus on the Saved button', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))} crisis="none"></resource-directory>`);
    await loaded(el, 1);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="saved-toggle"]')!;
    toggle.click();
    await waitUntil(() => root(el).querySelectorAll('[part="saved"] resource-card').length === 2, 'saved cards');
    const heading = root(el).querySelector('[part="saved"] h2')!;
    expect(heading.textContent!.trim()).to.equal('Saved services');
    expect(root(el).querySelector('[part="saved"]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    byText(root(el), 'Back to results')!.click();
    await loaded(el, 1);
    expect(root(el).querySelector('[part="saved"]') === null).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(deepActive()).to.equal(toggle);
  });

  it('can undo "Clear all": Undo brings back the same list, in order, on the device', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))} crisis="none"></resource-directory>`);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="saved-toggle"]')!;
    toggle.click();
    await waitUntil(() => root(el).querySelectorAll('[part="saved"] resource-card').length === 2, 'saved cards');
    byText(root(el), 'Clear all')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(toggle.textContent!.trim()).to.equal('Saved (0)');
    const saved = root(el).querySelector('[part="saved"]')!;
    expect(saved.textContent).to.contain('Your saved list is cleared.');
    // Focus moves to Undo, not lost with the vanished Clear all button.
    await waitUntil(() => focusedName() === 'Undo', 'focus on Undo');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelectorAll('[part="saved"] resource-card').length === 2, 'the list again');
    expect(JSON.parse(localStorage.getItem(KEY)!).map((listing: { id: string }) => listing.id)).to.deep.equal(['a', 'b']);
    expect(toggle.textContent!.trim()).to.equal('Saved (2)');
    expect(deepActive()?.textContent?.trim()).to.equal('Saved services');
    expect(root(el).querySelector('[part="saved"]')!.textContent).to.not.contain('Your saved list is cleared.');
  });

  it('offers no undo once something new is saved', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))} crisis="none"></resource-directory>`);
    await loaded(el, 1);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="saved-toggle"]')!;
    toggle.click();
    await waitUntil(() => byText(root(el), 'Clear all'), 'the saved list');
    byText(root(el), 'Clear all')!.click();
    await waitUntil(() => byText(root(el), 'Undo'), 'undo offered');
    byText(root(el), 'Back to results')!.click();
    await loaded(el, 1);
    byText(cards(el)[0]!.shadowRoot!, 'Save')!.click();
    toggle.click();
    await waitUntil(() => root(el).querySelectorAll('[part="saved"] resource-card').length === 1, 'the new list');
    expect(byText(root(el), 'Undo') === undefined, 'no undo').to.equal(true);
  });
});
