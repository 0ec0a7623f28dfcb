import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { deepActive } from '../support/dom.js';
import { HOUSING, suggestingClient } from '../support/suggestions.js';

before(() => cardDefined);

const root = (el: ResourceDirectory) => el.shadowRoot!;
const cards = (el: ResourceDirectory) => [...root(el).querySelectorAll<ResourceDirectoryCard>('resource-card')];
const message = (el: ResourceDirectory) => root(el).querySelector<HTMLElement>('[part="message"]');
const messageText = (el: ResourceDirectory) => message(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const announced = (el: ResourceDirectory) => root(el).querySelector('.base > [role="status"]')!.textContent;
const button = (el: ResourceDirectory, part: string) => root(el).querySelector<HTMLButtonElement>(`[part="${part}"]`);

/** Types `words` into the search box and submits, as a visitor would, then waits for the suggestions. */
async function searchFor(el: ResourceDirectory, words: string): Promise<void> {
  root(el).querySelector<HTMLInputElement>('#keyword')!.value = words;
  root(el).querySelector('form')!.requestSubmit();
  await waitUntil(() => root(el).querySelector('[part="suggestions"]'), 'the suggestions');
}

describe('<resource-directory> with zero results', () => {
  // First: the chunk loads once per page, so no earlier test in this file may have fetched it.
  it('shows the plain message while its chunk cannot be fetched, and the suggestions once it can', async () => {
    await executeServerCommand('block-requests', { matching: 'no-results' });
    try {
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${suggestingClient()} query="fod pantri"></resource-directory>`);
      await waitUntil(() => messageText(el).includes('No services match your search.'), 'the plain message');
      expect(messageText(el)).to.contain('Call 211');
      await executeServerCommand('unblock-requests');
      el.query = 'fod pantry';
      await waitUntil(() => messageText(el).includes('No services match “fod pantry”.'), 'the words quoted, once the chunk arrives');
    } finally {
      await executeServerCommand('unblock-requests');
    }
  });

  it('quotes the visitor\'s words and keeps them in the search box', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${suggestingClient()}></resource-directory>`);
    await waitUntil(() => cards(el).length === 2, 'first results');
    await searchFor(el, 'fod pantri');
    expect(messageText(el)).to.contain('No services match “fod pantri”.');
    expect(root(el).querySelector<HTMLInputElement>('#keyword')!.value).to.equal('fod pantri');
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('0 services found');
  });

  it('"Did you mean" runs the respelled search as the form does: event, URL, focus, announcement', async () => {
    const before = location.href;
    const client = suggestingClient();
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client} url-state></resource-directory>`);
    try {
      await searchFor(el, 'fod pantri');
      const didYouMean = button(el, 'did-you-mean')!;
      expect(didYouMean.textContent!.trim()).to.equal('Did you mean “food pantry”?');
      setTimeout(() => didYouMean.click());
      const event = await oneEvent(el, 'rd-search');
      expect(event.detail.query.text).to.equal('food pantry');
      await waitUntil(() => cards(el).length === 1, 'the pantry');
      expect(cards(el)[0].listing!.name).to.equal('Millbrook Food Pantry');
      expect(client.calls.at(-1)!.text).to.equal('food pantry');
      expect(root(el).querySelector<HTMLInputElement>('#keyword')!.value).to.equal('food pantry');
      expect(new URL(location.href).searchParams.get('rd-q')).to.equal('food pantry');
      expect(deepActive()?.id, 'focus in the search box').to.equal('keyword');
      await waitUntil(() => announced(el) === '1 service found', 'the count announced');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a category button searches that category alone, with the text cleared', async () => {
    const client = suggestingClient();
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await searchFor(el, 'fod pantri');
    expect(root(el).querySelector('#try-category')!.textContent).to.equal('Try a category:');
    const categories = [...root(el).querySelectorAll<HTMLButtonElement>('[part="category-suggestion"]')];
    expect(categories.map((category) => category.textContent!.trim())).to.deep.equal(['Food', 'Housing and shelter']);
    categories[1].click();
    await waitUntil(() => cards(el).length === 1, 'the shelter');
    expect(cards(el)[0].listing!.name).to.equal('Riverside Family Shelter');
    expect(client.calls.at(-1)!.text).to.equal(undefined);
    expect(client.calls.at(-1)!.categories).to.deep.equal([HOUSING.id]);
    expect(root(el).querySelector<HTMLInputElement>('#keyword')!.value).to.equal('');
    expect(root(el).querySelector('[part="filters-toggle"]')!.textContent!.trim()).to.equal('Filters (1 on)');
  });

  it('offers 211 and 988 by call and text, with the right numbers', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${suggestingClient()}></resource-directory>`);
    await searchFor(el, 'fod pantri');
    const links = [...message(el)!.querySelectorAll('a')].map((link) => [link.textContent!.trim(), link.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Call 211', 'tel:211'],
      ['Text your ZIP code to 898-211', 'sms:898211'],
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
    ]);
    expect(messageText(el)).to.contain('If you are in crisis, help is available now: call or text 988.');
    await expect(el).to.be.accessible();
  });

  it('offers the host\'s own crisis line instead of 988, and none when the host hides them', async () => {
    const own = '[{"name":"Cedar Valley Crisis Line","phone":"503-555-0199"}]';
    const local = await fixture<ResourceDirectory>(html`<resource-directory .client=${suggestingClient()} crisis=${own}></resource-directory>`);
    await searchFor(local, 'fod pantri');
    expect(messageText(local)).to.contain('Cedar Valley Crisis Line');
    expect([...message(local)!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['tel:211', 'sms:898211', 'tel:5035550199']);
    const none = await fixture<ResourceDirectory>(html`<resource-directory .client=${suggestingClient()} crisis="none"></resource-directory>`);
    await searchFor(none, 'fod pantri');
    expect([...message(none)!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['tel:211', 'sms:898211']);
  });

  it('works from the keyboard: Tab reaches "Did you mean" and the categories, Enter runs them', async () => {
    const client = suggestingClient();
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client} crisis="none"></resource-directory>`);
    await waitUntil(() => cards(el).length === 2, 'first results');
    /** Tabs forward until the focused element's text is `text`, as a keyboard user would. */
    const tabTo = async (text: string) => {
      for (let i = 0; i < 30 && deepActive()?.textContent?.trim() !== text; i += 1) await sendKeys({ press: 'Tab' });
      expect(deepActive()?.textContent?.trim()).to.equal(text);
    };
    root(el).querySelector<HTMLInputElement>('#keyword')!.focus();
    await sendKeys({ type: 'fod pantri' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el, 'did-you-mean'), 'the suggestions');
    await tabTo('Did you mean “food pantry”?');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length === 1, 'the pantry');
    expect(client.calls.at(-1)!.text).to.equal('food pantry');

    // Focus is back in the search box: type other words that find nothing, then take a category.
    expect(deepActive()?.id, 'focus in the search box').to.equal('keyword');
    root(el).querySelector<HTMLInputElement>('#keyword')!.select();
    await sendKeys({ type: 'zzqx' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el, 'category-suggestion'), 'the categories');
    await tabTo('Housing and shelter');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length === 1 && cards(el)[0].listing?.name === 'Riverside Family Shelter', 'the shelter');
    expect(client.calls.at(-1)!.categories).to.deep.equal([HOUSING.id]);
    expect(deepActive()?.id, 'focus in the search box').to.equal('keyword');
  });

  it('without a search box (no-search), leaves focus on the toolbar above the results, not on the page', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${suggestingClient()} no-search query="fod pantri"></resource-directory>`);
    await waitUntil(() => button(el, 'category-suggestion'), 'the categories');
    root(el).querySelectorAll<HTMLButtonElement>('[part="category-suggestion"]')[1].click();
    await waitUntil(() => cards(el).length === 1, 'the shelter');
    expect(deepActive()?.getAttribute('part'), 'focus on the first toolbar button').to.equal('filters-toggle');
  });

  it('keeps a host\'s own empty message in its slot, with the suggestions, 211 and 988 after it', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${suggestingClient()} query="fod pantri">
      <p slot="empty">Nothing here yet: ask at the front desk.</p>
    </resource-directory>`);
    await waitUntil(() => button(el, 'did-you-mean'), 'the suggestions');
    const slot = message(el)!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal(['Nothing here yet: ask at the front desk.']);
    expect(message(el)!.querySelector('a[href="tel:988"]')).to.not.equal(null);
  });

  it('on a real file feed: words that find nothing offer categories, and one finds services', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed="/demo/data/sample-feed.json"></resource-directory>`);
    await waitUntil(() => cards(el).length > 0, 'first results', { timeout: 8000 });
    await searchFor(el, 'zzqx pest control');
    expect(messageText(el)).to.contain('No services match “zzqx pest control”.');
    const categories = [...root(el).querySelectorAll<HTMLButtonElement>('[part="category-suggestion"]')];
    expect(categories.length).to.be.within(1, 6);
    const name = categories[0].textContent!.trim();
    categories[0].click();
    await waitUntil(() => cards(el).length > 0, `services in "${name}"`, { timeout: 8000 });
    expect(root(el).querySelector<HTMLInputElement>('#keyword')!.value).to.equal('');
  });
});
