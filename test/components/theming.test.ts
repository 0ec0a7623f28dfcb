import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListings } from '../support/listings.js';

const root = (el: ResourceDirectory) => el.shadowRoot!;
const firstCard = (el: ResourceDirectory) => root(el).querySelector('resource-card')!.shadowRoot!;

async function directoryIn(container: HTMLElement, client = fakeClient(makeListings(2))): Promise<ResourceDirectory> {
  const el = document.createElement('resource-directory');
  el.client = client;
  container.append(el);
  await waitUntil(() => root(el).querySelectorAll('resource-card').length > 0, 'cards');
  await root(el).querySelector('resource-card')!.updateComplete;
  return el;
}


// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

describe('theming', () => {
  let host: HTMLElement;
  let style: HTMLStyleElement | undefined;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(async () => {
    host.remove();
    style?.remove();
    style = undefined;
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it("sets its own sans-serif type, at 16 px or more, in the host page's text color", async () => {
    host.style.cssText = 'font-family: Georgia, serif; font-size: 13px; color: rgb(40, 30, 20);';
    const el = await directoryIn(host);
    const title = firstCard(el).querySelector('[part="card-title"]')!;
    expect(getComputedStyle(title).fontFamily).to.match(/^system-ui, /);
    expect(getComputedStyle(title).color).to.equal('rgb(40, 30, 20)');
    expect(getComputedStyle(root(el).querySelector('input')!).fontFamily).to.match(/^system-ui, /);
    const summary = firstCard(el).querySelector('[part="card-summary"]')!;
    expect(parseFloat(getComputedStyle(summary).fontSize)).to.equal(16);
    expect(parseFloat(getComputedStyle(title).fontSize)).to.be.above(16);
    // A page with larger type keeps it; --rd-font-family and --rd-font-size set both.
    host.style.cssText = 'font-size: 20px; --rd-font-family: Georgia, serif;';
    expect(parseFloat(getComputedStyle(summary).fontSize)).to.equal(20);
    expect(getComputedStyle(title).fontFamily).to.equal('Georgia, serif');
    host.style.setProperty('--rd-font-size', '18px');
    expect(parseFloat(getComputedStyle(summary).fontSize)).to.equal(18);
  });

  it('has one accent, not the link blue, on the primary action, links and focus rings, light and dark', async () => {
    const el = await directoryIn(host);
    const card = firstCard(el);
    const call = card.querySelector<HTMLElement>('[part~="card-primary"]')!;
    const accent = getComputedStyle(call).backgroundColor;
    expect(accent).to.equal('rgb(0, 95, 115)');
    expect(getComputedStyle(root(el).querySelector('[part="search-button"]')!).backgroundColor).to.equal(accent);
    expect(getComputedStyle(call).color).to.equal('rgb(255, 255, 255)');
    const toggle = card.querySelector<HTMLElement>('[part="card-details-toggle"]')!;
    expect(getComputedStyle(toggle).color).to.equal(accent);
    // Secondary actions are neutral: text-colored labels on the card's surface, only their icons in the accent.
    const secondary = card.querySelector<HTMLElement>('[part="card-actions"] [part="card-action"]')!;
    expect(getComputedStyle(secondary).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(secondary.querySelector('svg')!).color).to.equal(accent);
    toggle.focus();
    await sendKeys({ press: 'Tab' }); // from the keyboard, so the ring shows (:focus-visible)
    expect(card.activeElement).to.equal(call);
    const ring = getComputedStyle(call);
    expect([ring.outlineStyle, ring.outlineWidth, ring.outlineColor]).to.deep.equal(['solid', '3px', accent]);
    host.style.colorScheme = 'dark';
    expect(getComputedStyle(call).backgroundColor).to.equal('rgb(125, 211, 224)');
    expect(getComputedStyle(call).color).to.equal('rgb(13, 27, 30)');
    host.style.cssText = '--rd-accent-color: rgb(120, 40, 140); --rd-focus-color: rgb(200, 120, 0);';
    expect(getComputedStyle(call).backgroundColor).to.equal('rgb(120, 40, 140)');
    expect(getComputedStyle(call).outlineColor).to.equal('rgb(200, 120, 0)');
  });

  it('sets cards on a surface tinted from the text color, which --rd-surface-color replaces', async () => {
    host.style.cssText = 'color: rgb(0, 0, 0);';
    const el = await directoryIn(host);
    const card = firstCard(el).querySelector<HTMLElement>('[part="card"]')!;
    // color-mix() computes to color(srgb r g b / a), channels from 0 to 1.
    expect(getComputedStyle(card).backgroundColor).to.equal('color(srgb 0 0 0 / 0.04)');
    host.style.color = 'rgb(255, 255, 255)';
    expect(getComputedStyle(card).backgroundColor).to.equal('color(srgb 1 1 1 / 0.04)');
    host.style.setProperty('--rd-surface-color', 'rgb(250, 248, 240)');
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(250, 248, 240)');
  });

  it('reads public --rd-* custom properties from any ancestor', async () => {
    host.style.cssText = '--rd-accent-color: rgb(11, 110, 79); --rd-radius: 0px; --rd-font-family: monospace;';
    const el = await directoryIn(host);
    const button = root(el).querySelector('[part="search-button"]')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(11, 110, 79)');
    expect(getComputedStyle(firstCard(el).querySelector('[part="card"]')!).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(firstCard(el).querySelector('[part="card-title"]')!).fontFamily).to.equal('monospace');
  });

  it("takes the page's own font with one line of host CSS, down into the cards and fields", async () => {
    host.style.cssText = 'font-family: Georgia, serif;';
    style = document.createElement('style');
    style.textContent = 'resource-directory { font-family: inherit; }';
    document.head.append(style);
    const el = await directoryIn(host);
    expect(getComputedStyle(firstCard(el).querySelector('[part="card-title"]')!).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(root(el).querySelector('input')!).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(root(el).querySelector('[part="search-button"]')!).fontFamily).to.equal('Georgia, serif');
    // A card on its own takes the same line.
    style.textContent = 'resource-directory, resource-card { font-family: inherit; }';
    const card = document.createElement('resource-card');
    card.listing = makeListings(1)[0];
    host.append(card);
    await card.updateComplete;
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part="card-title"]')!).fontFamily).to.equal('Georgia, serif');
  });

  it('lets the page style stable nodes through ::part, including the cards inside', async () => {
    style = document.createElement('style');
    style.textContent = `resource-directory::part(card) { border-color: rgb(200, 0, 0); }
      resource-directory::part(card-title) { letter-spacing: 3px; }
      resource-directory::part(search-button) { text-transform: uppercase; }`;
    document.head.append(style);
    const el = await directoryIn(host);
    expect(getComputedStyle(firstCard(el).querySelector('[part="card"]')!).borderTopColor).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(firstCard(el).querySelector('[part="card-title"]')!).letterSpacing).to.equal('3px');
    expect(getComputedStyle(root(el).querySelector('[part="search-button"]')!).textTransform).to.equal('uppercase');
  });

  it('replaces the empty and error messages with slotted content', async () => {
    const empty = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient([])}>
      <p slot="empty">Nothing here. Call our front desk.</p></resource-directory>`);
    await waitUntil(() => root(empty).querySelector('slot[name="empty"]'), 'empty state');
    const assigned = root(empty).querySelector<HTMLSlotElement>('slot[name="empty"]')!.assignedElements();
    expect(assigned[0].textContent).to.equal('Nothing here. Call our front desk.');

    const failing = fakeClient([], () => Promise.reject(new Error('down')));
    const error = await fixture<ResourceDirectory>(html`<resource-directory .client=${failing}>
      <p slot="error">Our directory is resting.</p></resource-directory>`);
    await waitUntil(() => root(error).querySelector('slot[name="error"]'), 'error state');
    expect(root(error).querySelector<HTMLSlotElement>('slot[name="error"]')!.assignedElements()[0].textContent).to.equal(
      'Our directory is resting.',
    );
  });

  it('follows a dark color scheme on the host page', async () => {
    host.style.cssText = 'color-scheme: dark; background: rgb(18, 18, 18); color: rgb(230, 230, 230);';
    const el = await directoryIn(host);
    const field = getComputedStyle(root(el).querySelector('input')!).backgroundColor;
    const [r, g, b] = field.match(/\d+/g)!.map(Number);
    expect(r + g + b).to.be.lessThan(3 * 128);
    await expect(el).to.be.accessible();
  });

  it('prints the current list without the search form, filters and buttons', async () => {
    const el = await directoryIn(host);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(root(el).querySelector('[part="search-form"]')!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('[part="filters"]')!).display).to.equal('none');
    expect(getComputedStyle(firstCard(el).querySelector('[part="card-actions"]')!).display).to.equal('none');
    expect(getComputedStyle(firstCard(el).querySelector('[part="card-title"]')!).display).to.equal('block');
    // Every card printed whole: on screen, a card far from the viewport is not rendered (content-visibility).
    const cards = [...root(el).querySelectorAll('resource-card')];
    expect(cards.length).to.be.above(1);
    expect(cards.map((card) => getComputedStyle(card).contentVisibility)).to.deep.equal(cards.map(() => 'visible'));
  });

  it('survives a hostile host stylesheet with !important resets', async () => {
    style = document.createElement('style');
    style.textContent = `* { display: inline !important; visibility: visible; font-size: 4px !important; }
      button, input, li, ul, article, h3 { display: none !important; }
      resource-directory, resource-card { display: none !important; all: unset !important; }
      div { position: absolute !important; left: -9999px !important; }`;
    document.head.append(style);
    const el = await directoryIn(host);
    expect(getComputedStyle(el).display).to.equal('block');
    const card = root(el).querySelector('resource-card')!;
    expect(getComputedStyle(card).display).to.equal('block');
    const title = firstCard(el).querySelector<HTMLElement>('[part="card-title"]')!;
    expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
    const button = root(el).querySelector<HTMLElement>('[part="search-button"]')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
  });
});
