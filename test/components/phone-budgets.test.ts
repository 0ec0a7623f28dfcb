import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';

// Issue #14 item 1, on a 390×844 phone: the README's snippet (the sample API feed) on a page with only an h1
// above it shows its first card at most 420 px below the widget's top, browse tiles included; after a search
// the status line and the first card are in the upper half of the screen; nothing scrolls sideways at 320 px.

before(() => cardDefined);

const root = (el: Element) => el.shadowRoot!;
const top = (element: Element) => element.getBoundingClientRect().top;

/**
 * The README's snippet, the sample feed served at /hsds, under a page's h1 (and a host header `header` px tall);
 * resolves once tiles and cards show.
 */
async function readmePage(header = 0): Promise<ResourceDirectory> {
  document.body.style.margin = '0';
  const el = await fixture<ResourceDirectory>(html`<div style="padding: 0 16px">
    <div style="height: ${header}px"></div>
    <h1>Community resources</h1>
    <resource-directory feed="/hsds"></resource-directory>
  </div>`).then((page) => page.querySelector('resource-directory')!);
  await waitUntil(() => root(el).querySelectorAll('resource-card').length === 10, 'the first page of the sample feed', { timeout: 8000 });
  await waitUntil(() => root(el).querySelector('[part="browse-tile"]'), 'the browse tiles', { timeout: 8000 });
  await Promise.all([...root(el).querySelectorAll<ResourceDirectoryCard>('resource-card')].map((card) => card.updateComplete));
  await document.fonts.ready;
  return el;
}

describe('phone budgets', () => {
  afterEach(async () => {
    document.body.style.margin = '';
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('starts the first card at most 420 px below the widget’s top at 390×844, browse tiles shown', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await readmePage();
    const chrome = top(root(el).querySelector('resource-card')!) - top(el);
    expect(chrome, `chrome above the first card: ${Math.round(chrome)} px`).to.be.at.most(420);
  });

  for (const header of [0, 300]) {
    it(`brings the status line and the first card into the upper half of the screen after a search, under a ${header} px header`, async () => {
      await setViewport({ width: 390, height: 844 });
      const el = await readmePage(header);
      root(el).querySelector<HTMLInputElement>('#keyword')!.focus();
      await sendKeys({ type: 'food' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.searchComplete;
      const status = root(el).querySelector('[part="status"]')!;
      const card = root(el).querySelector('resource-card')!;
      const positions = `status at ${Math.round(top(status))} px, first card at ${Math.round(top(card))} px`;
      expect(top(status), positions).to.be.within(-1, 422);
      expect(top(card), positions).to.be.within(-1, 422);
    });
  }

  it('does not scroll sideways at 320 px with the browse tiles shown', async () => {
    await setViewport({ width: 320, height: 640 });
    await readmePage();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
