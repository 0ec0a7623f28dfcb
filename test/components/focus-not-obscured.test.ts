import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { fakeClient } from '../support/fake-client.js';
import { openFilters } from '../support/filters.js';
import { deepActive } from '../support/dom.js';
import { makeListing, makeListings } from '../support/listings.js';

// WCAG 2.4.11 Focus Not Obscured (Minimum): with the sticky "Exit this page" button on, in a short viewport
// inside a page that scrolls, every element the keyboard reaches must be at least partly visible once the
// browser has scrolled it into view: not hidden behind the sticky button or any other part of the widget.

before(() => cardDefined);

const root = (el: ResourceDirectory) => el.shadowRoot!;

/** The topmost element at a point, inside however many shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** True when `node` is `ancestor` or inside it, crossing shadow roots. */
function within(node: Node | null, ancestor: Element): boolean {
  while (node) {
    if (node === ancestor) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

const SAMPLES = 7;

/** How many of a grid of points over the element's box, inside the viewport, show the element itself. */
function visiblePoints(element: Element): { visible: number; sampled: number } {
  const box = element.getBoundingClientRect();
  const left = Math.max(box.left, 0);
  const right = Math.min(box.right, innerWidth);
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, innerHeight);
  let visible = 0;
  let sampled = 0;
  if (right - left < 1 || bottom - top < 1) return { visible, sampled };
  for (let i = 0; i < SAMPLES; i += 1) {
    for (let j = 0; j < SAMPLES; j += 1) {
      // Points inset half a step from the edges, so a neighbour's border is never sampled.
      const x = left + ((i + 0.5) / SAMPLES) * (right - left);
      const y = top + ((j + 0.5) / SAMPLES) * (bottom - top);
      sampled += 1;
      if (within(deepElementFromPoint(x, y), element)) visible += 1;
    }
  }
  return { visible, sampled };
}

const describeElement = (element: Element) =>
  `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('part') ? `[${element.getAttribute('part')}]` : ''}` +
  ` "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;

async function renderInScrollingPage(): Promise<{ page: HTMLElement; el: ResourceDirectory }> {
  const listings = [makeListing({ url: 'https://riverside.example.org', email: 'help@riverside.example.org' }), ...makeListings(3)];
  const page = await fixture<HTMLElement>(html`<main>
    <h1>A host page</h1>
    <p style="block-size: 60vh">Some of the host page's own content, above the directory.</p>
    <button id="before" type="button">Before the directory</button>
    <resource-directory quick-exit .client=${fakeClient(listings)} near="97311" page-size="3"
      report-url="https://report.example/problem"></resource-directory>
    <button id="after" type="button">After the directory</button>
    <p style="block-size: 150vh">More of the host page.</p>
  </main>`);
  const el = page.querySelector('resource-directory')!;
  await waitUntil(() => root(el).querySelectorAll('resource-card').length === 3, 'cards');
  await openFilters(el);
  const card = root(el).querySelector('resource-card')!;
  await card.updateComplete;
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
  await card.updateComplete;
  await el.updateComplete;
  return { page, el };
}

interface Stop {
  name: string;
  visible: number;
  sampled: number;
}

/**
 * Tabs (Shift held down for backward) from one page button to the other, checking each focus stop inside
 * the widget. Shift is pressed once per walk, and Tab resets the quick exit's triple-Shift count anyway.
 */
async function walk(el: ResourceDirectory, from: string, to: string, backward = false): Promise<Stop[]> {
  document.querySelector<HTMLButtonElement>(from)!.focus();
  if (backward) await sendKeys({ down: 'Shift' });
  try {
    return await tabUntil(el, to);
  } finally {
    if (backward) await sendKeys({ up: 'Shift' });
  }
}

async function tabUntil(el: ResourceDirectory, to: string): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 200; i += 1) {
    await sendKeys({ press: 'Tab' });
    // Focus scrolling is instant (no smooth scrolling here); wait a frame so sticky layout is current.
    await new Promise(requestAnimationFrame);
    const active = deepActive();
    if (!active || active === document.querySelector(to)) break;
    if (!within(active, el)) throw new Error(`focus left the widget for ${describeElement(active)}`);
    stops.push({ name: describeElement(active), ...visiblePoints(active) });
  }
  return stops;
}

describe('focus not obscured (WCAG 2.4.11), with the sticky quick-exit button', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    window.scrollTo(0, 0);
  });

  for (const [width, height] of [[360, 400], [800, 300]]) {
    it(`keeps every focus stop at least partly visible at ${width}×${height}, tabbing forward and back`, async () => {
      await setViewport({ width, height });
      const { el } = await renderInScrollingPage();
      const exit = root(el).querySelector('[part="quick-exit"]')!;
      expect(getComputedStyle(exit).position).to.equal('sticky');

      const forward = await walk(el, '#before', '#after');
      // The page scrolled, and the sticky button stayed on screen over the widget's content.
      expect(window.scrollY).to.be.greaterThan(0);
      expect(exit.getBoundingClientRect().top).to.be.closeTo(0, 1);
      const backward = await walk(el, '#after', '#before', true);

      expect(forward.length).to.be.greaterThan(25);
      expect(backward.map((stop) => stop.name)).to.deep.equal(forward.map((stop) => stop.name).reverse());
      const hidden = [...forward.map((stop) => ({ ...stop, key: 'Tab' })), ...backward.map((stop) => ({ ...stop, key: 'Shift+Tab' }))]
        .filter((stop) => stop.visible === 0)
        .map((stop) => `${stop.key} to ${stop.name}: 0 of ${stop.sampled} points visible`);
      expect(hidden, 'focus stops hidden').to.deep.equal([]);
    });
  }
});
