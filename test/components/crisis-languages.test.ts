import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { isCrisisSearch } from '../../src/components/crisis/crisis-terms.js';
import type { Translation } from '../../src/i18n/translations/en.js';
import { translation as ar } from '../../src/i18n/translations/ar.js';
import { translation as es } from '../../src/i18n/translations/es.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListings } from '../support/listings.js';

// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

const root = (el: ResourceDirectory) => el.shadowRoot!;
const strip = (el: ResourceDirectory) => root(el).querySelector<HTMLElement>('[part="crisis"]')!;
const texts = (el: ResourceDirectory, selector: string) =>
  [...strip(el).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
/** The directory's own polite live region (cards have their own, inside their shadow roots). */
const liveRegion = (el: ResourceDirectory) => root(el).querySelector('[role="status"]')!.textContent ?? '';

/** The strip, in the order it renders the built-in US lines, as the translation says it. */
const expected = (t: Translation) => ({
  title: t.crisisTitle,
  names: [t.crisis988Name, t.crisisTextLineName, t.crisisVeteransName, t.crisis911Name],
  details: [t.crisis988Detail, t.crisisTextLineDetail, t.crisisVeteransDetail, t.crisis911Detail],
  actions: [t.crisisCall988, t.crisisText988, t.crisisChat, t.crisisTextHome, t.crisisVeteransCall, t.crisisVeteransText, t.crisisCall911],
});

/** Each action's href, and the number in it (unchanged, in ASCII digits) that its label must show. */
const HREFS = ['tel:988', 'sms:988', 'https://988lifeline.org/chat/', 'sms:741741?body=HOME', 'tel:988', 'sms:838255', 'tel:911'];
const number = (href: string) => /^(?:tel|sms):(\d+)/.exec(href)?.[1];

async function render(lang: string, t: Translation): Promise<ResourceDirectory> {
  const el = await fixture<ResourceDirectory>(html`<resource-directory lang=${lang} .client=${fakeClient(makeListings(1))}></resource-directory>`);
  // The strip starts folded to one line, in the interface language.
  await waitUntil(() => strip(el).querySelector('.crisis-title')?.textContent?.trim() === t.crisisShort, `${lang} crisis strip`);
  await el.searchComplete;
  return el;
}

async function search(el: ResourceDirectory, text: string): Promise<void> {
  root(el).querySelector<HTMLInputElement>('#keyword')!.value = text;
  root(el).querySelector('form')!.requestSubmit();
  await el.updateComplete;
}

/** Every line, name, detail and action label is the translation's, and the hrefs and numbers are untouched. */
function expectStripIn(el: ResourceDirectory, lang: string, t: Translation): void {
  const want = expected(t);
  expect(texts(el, '.crisis-title'), 'title').to.deep.equal([want.title]);
  expect(texts(el, '.crisis-name'), 'names').to.deep.equal(want.names);
  expect(texts(el, '.crisis-detail'), 'details').to.deep.equal(want.details);
  expect(texts(el, '[part="crisis-action"]'), 'action labels').to.deep.equal(want.actions);
  const links = [...strip(el).querySelectorAll('[part="crisis-action"]')];
  expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(HREFS);
  links.forEach((link, index) => {
    const digits = number(HREFS[index]);
    if (digits) expect(link.textContent, `label of ${HREFS[index]}`).to.contain(digits);
  });
  // Screen readers pronounce the strip in the interface language: the closest lang is the widget's.
  expect(strip(el).closest('[lang]')!.getAttribute('lang')).to.equal(lang);
}

describe('crisis strip in the interface language', () => {
  for (const [lang, t, term, dir] of [
    ['es', es, 'suicidio', 'ltr'],
    // From the Arabic list in crisis-terms.ts; with the hamza, as typed, it folds to 'العنف الاسري'.
    ['ar', ar, 'العنف الأسري', 'rtl'],
  ] as const) {
    describe(lang, () => {
      it('translates the title, every line, detail and action, and keeps the numbers', async () => {
        const el = await render(lang, t);
        expect(texts(el, '[part="crisis-toggle"]')).to.deep.equal([t.crisisMore]);
        root(el).querySelector<HTMLButtonElement>('[part="crisis-toggle"]')!.click();
        await el.updateComplete;
        expect(texts(el, '[part="crisis-toggle"]')).to.deep.equal([t.crisisFewer]);
        expectStripIn(el, lang, t);
        expect(getComputedStyle(strip(el)).direction).to.equal(dir);
        await expect(el).to.be.accessible();
      });

      it(`brings every line forward and announces help for a crisis search ("${term}")`, async () => {
        expect(isCrisisSearch(term)).to.equal(true);
        const el = await render(lang, t);
        expect(strip(el).classList.contains('urgent')).to.equal(false);
        await search(el, term);
        // The crisis terms are a lazy chunk: the strip may come forward a moment after the search.
        await waitUntil(() => strip(el).classList.contains('urgent'), `${lang} crisis search brings the lines forward`);
        expect(root(el).querySelector('#crisis-more')!.hasAttribute('hidden')).to.equal(false);
        await waitUntil(() => liveRegion(el).includes(t.crisisAnnouncement), `${lang} crisis announcement`);
        expect(liveRegion(el).startsWith(t.crisisAnnouncement)).to.equal(true);
        expectStripIn(el, lang, t);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('lays the Arabic strip out right to left, its thick edge on the start (right) side, also when urgent', async () => {
    const el = await render('ar', ar);
    expect(root(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    const style = () => getComputedStyle(strip(el));
    expect(style().direction).to.equal('rtl');
    expect(parseFloat(style().borderRightWidth)).to.be.greaterThan(parseFloat(style().borderLeftWidth));
    // The title starts at the right edge of the strip, as Arabic text does.
    const box = strip(el).getBoundingClientRect();
    const title = strip(el).querySelector('.crisis-title strong')!.getBoundingClientRect();
    expect(box.right - title.right).to.be.lessThan(title.left - box.left);
    await search(el, 'انتحار');
    await waitUntil(() => strip(el).classList.contains('urgent'), 'Arabic crisis search brings the lines forward');
    expect(parseFloat(style().borderRightWidth)).to.be.greaterThan(parseFloat(style().borderLeftWidth));
  });
});
