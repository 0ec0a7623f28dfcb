import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { isCrisisSearch } from '../../src/components/crisis/crisis-terms.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListings } from '../support/listings.js';
import { captureWarnings } from '../support/dom.js';

const root = (el: ResourceDirectory) => el.shadowRoot!;
const hrefs = (el: ResourceDirectory) => [...root(el).querySelectorAll('[part="crisis-action"]')].map((a) => a.getAttribute('href'));
/** The crisis links a visitor can see and press. */
const visibleHrefs = (el: ResourceDirectory) =>
  [...root(el).querySelectorAll('[part="crisis-action"]')].filter((a) => a.getClientRects().length > 0).map((a) => a.getAttribute('href'));

async function search(el: ResourceDirectory, text: string): Promise<void> {
  root(el).querySelector('input')!.value = text;
  root(el).querySelector('form')!.requestSubmit();
  await el.updateComplete;
}


// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

describe('crisis strip', () => {
  it('shows the current US lines by default, compact, before the search form', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))}></resource-directory>`);
    const strip = root(el).querySelector('[part="crisis"]')!;
    expect(strip.compareDocumentPosition(root(el).querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(hrefs(el)).to.include.members(['tel:988', 'sms:988', 'https://988lifeline.org/chat/', 'sms:741741?body=HOME', 'sms:838255', 'tel:911']);
    expect(strip.textContent).to.contain('Dial 988, then press 1');
    expect(strip.textContent).to.not.match(/press 3/i);
    expect(root(el).querySelector('#crisis-more')!.hasAttribute('hidden')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens every line with emphasis and announces help when a search matches crisis terms', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))}></resource-directory>`);
    await search(el, 'quiero morir');
    // The crisis terms are a lazy chunk: the emphasis follows the search as soon as they arrive.
    await waitUntil(() => root(el).querySelector('[part="crisis"]')!.classList.contains('urgent'), 'emphasis');
    expect(root(el).querySelector('#crisis-more')!.hasAttribute('hidden')).to.equal(false);
    expect(visibleHrefs(el), 'every line and action in view').to.have.length(7);
    expect(root(el).querySelector('.crisis-title')!.textContent!.trim()).to.equal('In crisis? Help is available now, free and confidential.');
    await waitUntil(() => root(el).querySelector('[role="status"]')?.textContent?.includes('help is available now'), 'announcement');
    await expect(el).to.be.accessible();
  });

  it('recognises crisis words in every interface language, and not ordinary searches', () => {
    for (const text of ['Suicide', 'self-harm help', 'overdose', 'violencia doméstica', 'tự tử', 'bạo lực gia đình', 'magpakamatay',
      '자살', 'انتحار', 'самоубийство', 'swisid', 'violence conjugale', 'automutilação', '我想自杀', '家暴',
      'quiero suicidarme', 'pensamientos suicidas', 'me quiero matar', 'أفكار انتحارية', 'أريد أن أنتحر', 'بالانتحار',
      'عنف أسري', 'وللعنف الأسري']) {
      expect(isCrisisSearch(text), text).to.equal(true);
    }
    for (const text of ['food pantry', 'housing', 'odd jobs', 'abusive landlord lawyer?'.replace('abusive', 'strict'), 'مساعدة في الطعام', 'سكن للعائلات', 'quiero comida']) {
      expect(isCrisisSearch(text), text).to.equal(false);
    }
  });

  it('takes custom lines as JSON, keeps only dialable numbers and https chat links, or none at all', async () => {
    const lines = JSON.stringify([
      { name: 'Cedar Valley Crisis Line', detail: '24/7', phone: '(503) 555-0199', chat: 'javascript:alert(1)' },
      { name: 'Warmline', text: '503-555-0142', chat: 'https://warm.example.org/chat' },
    ]);
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient([])} crisis=${lines}></resource-directory>`);
    expect(hrefs(el)).to.deep.equal(['tel:5035550199', 'sms:5035550142', 'https://warm.example.org/chat']);
    expect(root(el).querySelector('[part="crisis"]')!.textContent).to.contain('Cedar Valley Crisis Line');
    const none = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient([])} crisis="none"></resource-directory>`);
    expect(root(none).querySelector('[part="crisis"]') === null).to.equal(true);
  });

  it('falls back to the US lines, with a warning, for a broken crisis attribute', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient([])} crisis="[{broken"></resource-directory>`);
      expect(hrefs(el)).to.include('tel:988');
      expect(warnings.length).to.be.greaterThan(0);
    } finally {
      restore();
    }
  });

  it('folds to one line by default: "In crisis? Call or text 988" with its Call action, the rest a press away', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))}></resource-directory>`);
      const strip = root(el).querySelector<HTMLElement>('[part="crisis"]')!;
      expect(strip.querySelector('.crisis-title')!.textContent!.trim()).to.equal('In crisis? Call or text 988');
      expect(visibleHrefs(el)).to.deep.equal(['tel:988']);
      const toggle = root(el).querySelector<HTMLButtonElement>('[part="crisis-toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      // Two rows at most on a phone (it took five before): the line and its action, and the toggle.
      expect(strip.getBoundingClientRect().height).to.be.at.most(120);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(strip.querySelector('.crisis-title')!.textContent!.trim()).to.equal('In crisis? Help is available now, free and confidential.');
      expect(visibleHrefs(el)).to.deep.equal(['tel:988', 'sms:988', 'https://988lifeline.org/chat/', 'sms:741741?body=HOME', 'tel:988', 'sms:838255', 'tel:911']);
      expect(strip.textContent).to.contain('988 Suicide & Crisis Lifeline');
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('opens every line, with no toggle and no alarm, when the page asks (crisis-expanded)', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(1))} crisis-expanded></resource-directory>`);
    const strip = root(el).querySelector<HTMLElement>('[part="crisis"]')!;
    expect(visibleHrefs(el)).to.have.length(7);
    expect(root(el).querySelector('#crisis-more')!.hasAttribute('hidden')).to.equal(false);
    expect(root(el).querySelector('[part="crisis-toggle"]') === null, 'no toggle').to.equal(true);
    expect(strip.classList.contains('urgent')).to.equal(false);
    expect(strip.compareDocumentPosition(root(el).querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
    el.crisisExpanded = false;
    await el.updateComplete;
    expect(visibleHrefs(el)).to.deep.equal(['tel:988']);
  });

  it('folds custom lines to the first one and its first action, and shows a single line whole', async () => {
    const two = JSON.stringify([
      { name: 'Cedar Valley Crisis Line', detail: '24/7', phone: '(503) 555-0199', text: '503-555-0198' },
      { name: 'Warmline', phone: '503-555-0142' },
    ]);
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient([])} crisis=${two}></resource-directory>`);
    expect(root(el).querySelector('.crisis-title')!.textContent!.trim()).to.equal('In crisis? Cedar Valley Crisis Line');
    expect(visibleHrefs(el)).to.deep.equal(['tel:5035550199']);
    const one = JSON.stringify([{ name: 'Warmline', detail: 'Evenings', phone: '503-555-0142', text: '503-555-0143' }]);
    const single = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient([])} crisis=${one}></resource-directory>`);
    expect(visibleHrefs(single)).to.deep.equal(['tel:5035550142', 'sms:5035550143']);
    expect(root(single).querySelector('[part="crisis"]')!.textContent).to.contain('Evenings');
    expect(root(single).querySelector('[part="crisis-toggle"]') === null, 'nothing to unfold').to.equal(true);
  });

  it('opens the other lines from the keyboard', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient([])}></resource-directory>`);
    root(el).querySelector<HTMLButtonElement>('[part="crisis-toggle"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('#crisis-more')!.hasAttribute('hidden')).to.equal(false);
    expect(root(el).querySelector('[part="crisis-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
  });
});
