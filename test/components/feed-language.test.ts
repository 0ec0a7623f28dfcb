import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListing } from '../support/listings.js';
import { openFilters } from '../support/filters.js';

before(() => cardDefined);

const listing = makeListing({
  name: 'Cedar Valley Food Bank',
  summary: 'Free groceries every week.',
  alert: 'Closed Thursday for the holiday.',
  organization: { id: 'org', name: 'Cedar Valley Community Action' },
});

const cardOf = (el: ResourceDirectory) => el.shadowRoot!.querySelector<ResourceDirectoryCard>('resource-card')!;
/** The language a screen reader would use for an element's text: its closest `lang`, crossing shadow roots. */
function languageOf(node: Element): string {
  let current: Element | null = node;
  while (current) {
    if (current.hasAttribute('lang')) return current.getAttribute('lang')!;
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host ?? null);
  }
  return '';
}
/** The element holding exactly `text` (the innermost one) inside the card. */
function holder(card: ResourceDirectoryCard, text: string): Element {
  const all = [...card.shadowRoot!.querySelectorAll('*')].filter((element) => element.textContent!.trim() === text);
  return all[all.length - 1];
}

async function render(uiLang: string, feedLang?: string): Promise<ResourceDirectory> {
  const client = fakeClient([listing]);
  client.categories = async () => [{ id: 'term-food', name: 'Food pantry' }];
  const el = await fixture<ResourceDirectory>(html`<resource-directory lang=${uiLang} feed-lang=${feedLang ?? 'en'} .client=${client}></resource-directory>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') === uiLang, 'interface language');
  await waitUntil(() => cardOf(el)?.shadowRoot?.querySelector('[part="card-title"]') && cardOf(el).getAttribute('lang') === uiLang, 'card');
  await cardOf(el).updateComplete;
  return el;
}

describe('language of feed text (WCAG 3.1.2)', () => {
  it('marks English feed text inside a Spanish interface, and leaves the interface text Spanish', async () => {
    const el = await render('es');
    const card = cardOf(el);
    for (const text of ['Cedar Valley Food Bank', 'Free groceries every week.', 'Closed Thursday for the holiday.', 'Cedar Valley Community Action']) {
      expect(languageOf(holder(card, text))).to.equal('en', text);
    }
    expect(languageOf(card.shadowRoot!.querySelector('[part="card-details-toggle"]')!)).to.equal('es');
    expect(languageOf(card.shadowRoot!.querySelector('[part="card-organization"]')!)).to.equal('es');
    await openFilters(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="filter-chip"]'), 'chips');
    expect(languageOf(holder(cardOf(el), 'Cedar Valley Food Bank'))).to.equal('en');
    const chip = el.shadowRoot!.querySelector('[part="filter-chip"] span')!;
    expect(languageOf(chip)).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('marks nothing when the feed and the interface share a language', async () => {
    const el = await render('en');
    const marked = [...cardOf(el).shadowRoot!.querySelectorAll('[lang]')].map((element) => element.getAttribute('lang'));
    expect(marked).to.deep.equal([]);
  });

  it('marks a Spanish feed inside an English interface with feed-lang', async () => {
    const el = await render('en', 'es');
    expect(languageOf(holder(cardOf(el), 'Free groceries every week.'))).to.equal('es');
    const spanishInSpanish = await render('es', 'es-MX');
    expect([...cardOf(spanishInSpanish).shadowRoot!.querySelectorAll('[lang]')].length).to.equal(0);
  });
});
