import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListing, makeListings } from '../support/listings.js';
import { filledColumns, inkExtent, inkShare, rgb, screenshot, widestGap, type Box } from '../support/screenshot.js';

before(() => cardDefined);

// Right-to-left layout (WCAG 1.3.2 Meaningful Sequence for Arabic): the same directory in English and
// Arabic, checked from real screenshots (where the ink is) and from the boxes the browser laid out.
// Which side is "start" comes from the language here, never from the DOM, so a widget left in ltr fails.

type Lang = 'en' | 'ar';
const TEXT = {
  en: { search: 'Search', more: 'Details' },
  ar: { search: 'بحث', more: 'التفاصيل' },
};
const CRISIS_WORD = { en: 'suicide', ar: 'انتحار' };

const root = (el: ResourceDirectory) => el.shadowRoot!;
const part = (node: ParentNode, name: string) => node.querySelector<HTMLElement>(`[part="${name}"]`)!;
const px = (value: string) => parseFloat(value) || 0;

/** The content box (inside border and padding) of an element, in viewport CSS px. */
function contentBox(element: Element): Box {
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return {
    left: rect.left + px(style.borderLeftWidth) + px(style.paddingLeft),
    right: rect.right - px(style.borderRightWidth) - px(style.paddingRight),
    top: rect.top + px(style.borderTopWidth) + px(style.paddingTop),
    bottom: rect.bottom - px(style.borderBottomWidth) - px(style.paddingBottom),
  };
}

/** A horizontal band: the element's height, across the whole width of `box`. */
const band = (element: Element, box: Box): Box => {
  const rect = element.getBoundingClientRect();
  return { left: box.left, right: box.right, top: rect.top, bottom: rect.bottom };
};

/** Distances from the inline-start and inline-end edges of `box` to the first and last ink, in CSS px. */
function gaps(extent: { left: number; right: number }, box: Box, lang: Lang) {
  const fromLeft = Math.round(extent.left - box.left);
  const fromRight = Math.round(box.right - extent.right);
  return lang === 'ar' ? { start: fromRight, end: fromLeft } : { start: fromLeft, end: fromRight };
}

/** A strip `width` px wide, `inset` px in from the inline-start or inline-end edge of `box`. */
function edge(box: Box, side: 'start' | 'end', lang: Lang, inset: number, width: number): Box {
  const atLeft = (side === 'start') === (lang === 'en');
  return atLeft
    ? { ...box, left: box.left + inset, right: box.left + inset + width }
    : { ...box, left: box.right - inset - width, right: box.right - inset };
}

/** True when `a` lies nearer the inline start than `b` (further right in Arabic). */
const precedes = (a: DOMRect, b: DOMRect, lang: Lang) => (lang === 'ar' ? a.right > b.right : a.left < b.left);

async function render(lang: Lang, options: { crisis?: boolean } = {}): Promise<ResourceDirectory> {
  const first = makeListing({
    id: 'svc-1',
    name: 'Service 1',
    summary: 'Summary of service 1.',
    status: 'temporarily closed',
    alert: 'Closed Monday.',
  });
  const listings = options.crisis ? [] : [first, makeListings(2)[1]!];
  const el = await fixture<ResourceDirectory>(
    options.crisis
      ? html`<resource-directory lang=${lang} query=${CRISIS_WORD[lang]} .client=${fakeClient(listings)}></resource-directory>`
      : html`<resource-directory lang=${lang} .client=${fakeClient(listings)}></resource-directory>`,
  );
  await waitUntil(() => part(root(el), 'search-button')?.textContent?.trim() === TEXT[lang].search, `${lang} interface`, { timeout: 5000 });
  if (!options.crisis) {
    await waitUntil(() => root(el).querySelectorAll('resource-card').length === 2, 'cards', { timeout: 5000 });
    const card = root(el).querySelector('resource-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="card-details-toggle"]')?.textContent?.trim() === TEXT[lang].more, `${lang} card`, { timeout: 5000 });
    // The List · Map toggle is drawn with the cards; a screenshot taken without it and boxes measured with it
    // would not match (it came later once, and failed this test under a loaded CPU).
    await waitUntil(() => root(el).querySelector('.view-toggle'), 'the List · Map toggle', { timeout: 5000 });
  }
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

describe('right-to-left layout', () => {
  before(() => setViewport({ width: 900, height: 1600 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'ar'] as const) {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';

    it(`lays a card out from the inline start in ${lang} (${dir}), seen in a screenshot`, async () => {
      const el = await render(lang);
      const card = root(el).querySelector('resource-card')!.shadowRoot!;
      const article = part(card, 'card');
      expect(getComputedStyle(article).direction).to.equal(dir);
      window.scrollTo(0, 0);
      const shot = await screenshot(article, `card-${lang}`);
      const content = contentBox(article);
      const rows = ['card-title', 'card-status', 'card-alert', 'card-contact', 'card-actions'];
      const measured: Record<string, { start: number; end: number }> = {};
      for (const name of rows) {
        const extent = inkExtent(shot, band(part(card, name), content));
        expect(extent, `ink in ${name}`).to.not.equal(undefined);
        measured[name] = gaps(extent!, content, lang);
      }
      // Every row starts at the inline-start edge and leaves room at the other end, but the place's line, which
      // ends with "Details" at the inline end.
      const ragged = Object.entries(measured).filter(([name, gap]) => gap.start > 3 || (name !== 'card-contact' && gap.end < 60));
      expect(ragged.map(([name, gap]) => `${name} start ${gap.start} end ${gap.end}`), JSON.stringify(measured)).to.deep.equal([]);
      expect(measured['card-contact']!.end, 'Details at the inline end').to.be.at.most(6); // the chevron's own margin
      // The summary is the feed's English text: laid out from its own start, the left, in either interface.
      const summary = inkExtent(shot, band(part(card, 'card-summary'), content))!;
      expect(getComputedStyle(part(card, 'card-summary')).direction).to.equal('ltr');
      expect(Math.round(summary.left - content.left)).to.be.at.most(3);

      // The alert's bar (border-inline-start) is on the start side only.
      const alert = part(card, 'card-alert').getBoundingClientRect();
      const alertBox = { left: alert.left, right: alert.right, top: alert.top + 1, bottom: alert.bottom - 1 };
      expect(inkShare(shot, edge(alertBox, 'start', lang, 0, 3))).to.be.above(0.9);
      expect(inkShare(shot, edge(alertBox, 'end', lang, 0, 3))).to.be.below(0.1);

      // The same from the boxes: heading text flush with the start, first action at the start, and so on.
      const title = part(card, 'card-title');
      const range = document.createRange();
      range.selectNodeContents(title);
      const text = range.getBoundingClientRect();
      const titleBox = title.getBoundingClientRect();
      expect(Math.round(lang === 'ar' ? titleBox.right - text.right : text.left - titleBox.left)).to.equal(0);
      expect(Math.round(lang === 'ar' ? text.left - titleBox.left : titleBox.right - text.right)).to.be.above(100);
      // The actions (the primary one first) in one row from the inline start.
      const actions = [...card.querySelectorAll('[part~="card-action"]')].map((action) => action.getBoundingClientRect());
      expect(actions.length).to.be.above(2);
      expect(actions.every((rect, i) => i === 0 || (rect.top === actions[0]!.top && precedes(actions[i - 1]!, rect, lang)))).to.equal(true);
      expect(Math.round(lang === 'ar' ? content.right - actions[0]!.right : actions[0]!.left - content.left)).to.equal(0);
      const toggle = part(card, 'card-details-toggle').getBoundingClientRect();
      const [icon, place] = [...part(card, 'card-contact').children].map((child) => child.getBoundingClientRect());
      expect(precedes(icon!, place!, lang)).to.equal(true);
      expect(precedes(place!, toggle, lang)).to.equal(true);
    });

    it(`puts the details' list markers on the inline-start side in ${lang}`, async () => {
      const el = await render(lang);
      const host = root(el).querySelector('resource-card')!;
      const card = host.shadowRoot!;
      part(card, 'card-details-toggle').click();
      await host.updateComplete;
      await waitUntil(() => Boolean(card.querySelector('.detail-list li')), 'details');
      const item = card.querySelector('.detail-list li')!;
      const li = item.getBoundingClientRect();
      const ul = item.parentElement!.getBoundingClientRect();
      window.scrollTo(0, 0);
      const shot = await screenshot(part(card, 'card'), `card-details-${lang}`);
      // padding-inline-start leaves a gutter on the start side for the bullet, and none on the end side.
      const gutter = lang === 'ar' ? { start: ul.right - li.right, end: li.left - ul.left } : { start: li.left - ul.left, end: ul.right - li.right };
      expect(Math.round(gutter.start)).to.be.above(14);
      expect(Math.round(gutter.end)).to.equal(0);
      const startGutter = lang === 'ar' ? { left: li.right, right: ul.right } : { left: ul.left, right: li.left };
      const bullet = inkExtent(shot, { ...startGutter, top: li.top, bottom: li.bottom });
      expect(bullet, 'a bullet in the start gutter').to.not.equal(undefined);
    });

    it(`orders the search form and the toolbar from the inline start in ${lang}`, async () => {
      const el = await render(lang);
      const shadow = root(el);
      const form = part(shadow, 'search-form');
      const [keyword, place, search, locate] = ['search-input', 'place-input', 'search-button', 'locate-button'].map((name) => part(shadow, name).getBoundingClientRect());
      expect([keyword, place, search, locate].every((rect) => Math.round(rect!.bottom) === Math.round(keyword!.bottom))).to.equal(true);
      // What, Search, then where: the place and "Use my location" refine the search the button starts.
      expect([precedes(keyword!, search!, lang), precedes(search!, place!, lang), precedes(place!, locate!, lang)]).to.deep.equal([true, true, true]);
      window.scrollTo(0, 0);
      const formShot = await screenshot(form, `search-form-${lang}`);
      const formBox = contentBox(form);
      const label = shadow.querySelector('label[for="keyword"]')!;
      const labels = gaps(inkExtent(formShot, band(label, formBox))!, formBox, lang);
      expect(labels.start, `keyword label ${JSON.stringify(labels)}`).to.be.at.most(2);
      // The filled Search button, found by its colour in the pixels, comes after the keyword and before the place.
      const accent = rgb(getComputedStyle(part(shadow, 'search-button')).backgroundColor);
      const filled = filledColumns(formShot, band(part(shadow, 'search-button'), formBox), accent)!;
      expect(filled, 'a filled button').to.not.equal(undefined);
      expect(Math.abs(filled.left - search!.left) <= 1 && Math.abs(filled.right - search!.right) <= 1, `filled ${JSON.stringify(filled)}`).to.equal(true);
      expect(lang === 'ar' ? filled.left > place!.right : filled.right < place!.left).to.equal(true);

      // The toolbar: Filters (the sort order is in its panel), Saved, and at the far end the language menu.
      const filters = part(shadow, 'filters-toggle').getBoundingClientRect();
      const saved = part(shadow, 'saved-toggle').getBoundingClientRect();
      const bar = part(shadow, 'filters-toggle').parentElement!;
      const barBox = bar.getBoundingClientRect();
      expect(precedes(filters, saved, lang)).to.equal(true);
      expect(Math.round(lang === 'ar' ? barBox.right - filters.right : filters.left - barBox.left)).to.equal(0);
      const barShot = await screenshot(bar, `toolbar-${lang}`);
      // Filters and Saved come first; the free space the bar leaves lies towards its end.
      const free = widestGap(barShot, barBox);
      const middle = (barBox.left + barBox.right) / 2;
      const freeMiddle = (free.left + free.right) / 2;
      expect(free.right - free.left).to.be.above(100);
      expect(lang === 'ar' ? freeMiddle < middle : freeMiddle > middle, `free space ${Math.round(free.left)}–${Math.round(free.right)}`).to.equal(true);
    });

    it(`draws the crisis strip's bar on the inline-start side in ${lang}, urgent too`, async () => {
      for (const urgent of [false, true]) {
        const el = await render(lang, { crisis: urgent });
        // The crisis terms load lazily, so a crisis search turns the strip urgent a moment later.
        await waitUntil(() => part(root(el), 'crisis')?.classList.contains('urgent') === urgent, `urgent ${urgent}`, { timeout: 5000 });
        const strip = part(root(el), 'crisis');
        const style = getComputedStyle(strip);
        const [start, end] = lang === 'ar' ? [style.borderRightWidth, style.borderLeftWidth] : [style.borderLeftWidth, style.borderRightWidth];
        expect([start, end]).to.deep.equal(urgent ? ['8px', '2px'] : ['4px', '1px']);
        window.scrollTo(0, 0);
        const shot = await screenshot(strip, `crisis${urgent ? '-urgent' : ''}-${lang}`);
        const rect = strip.getBoundingClientRect();
        const inner = { left: rect.left, right: rect.right, top: rect.top + 10, bottom: rect.bottom - 10 };
        const [inset, width] = urgent ? [2, 6] : [1, 3];
        expect(inkShare(shot, edge(inner, 'start', lang, inset, width)), 'start bar').to.be.above(0.9);
        expect(inkShare(shot, edge(inner, 'end', lang, inset, width)), 'end side').to.be.below(0.1);
      }
    });

    it(`keeps phone numbers, addresses and English feed text in their own order in ${lang}`, async () => {
      const el = await render(lang);
      const card = root(el).querySelector('resource-card')!.shadowRoot!;
      /** Where `piece` of an element's text is drawn: its box, found through a Range over the text node. */
      const drawn = (element: Element, piece: string) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(piece);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + piece.length);
          return range.getBoundingClientRect();
        }
        throw new Error(`"${piece}" not found`);
      };
      part(card, 'card-details-toggle').click();
      await root(el).querySelector('resource-card')!.updateComplete;
      const address = [...card.querySelectorAll('.detail-list li')].find((li) => li.textContent!.includes('412 Oak Street'))!;
      // Read left to right whatever the interface: "(503) 555-0142", "412 Oak Street", "… service 1."
      const phone = card.querySelector<HTMLElement>('[part~="card-primary"]')!;
      expect(drawn(phone, '(503)').left < drawn(phone, '555-0142').left, 'area code first').to.equal(true);
      expect(drawn(address, '412').left < drawn(address, 'Oak Street').left, 'house number first').to.equal(true);
      const summary = part(card, 'card-summary');
      expect(drawn(summary, 'Summary').left < drawn(summary, '.').left, 'full stop last').to.equal(true);
    });
  }
});
