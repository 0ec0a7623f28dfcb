import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import type { Vocabulary } from '../../src/sdk/index.js';
import type { ResourceDirectoryResultsEvent } from '../../src/events/events.js';
import { captureWarnings } from '../support/dom.js';

before(() => cardDefined);

// The sample county's file: our vocabulary knows "despensa" (food), but every word must match, and no
// listing says "solidaria", so "despensa solidaria" finds nothing until the directory names it food.
const FEED = '/demo/data/sample-feed.json';
const WORDS = 'despensa solidaria';
const OWN_WORDS: Vocabulary = { needs: [{ id: 'food', words: { es: ['despensa solidaria'] } }] };
const FOOD = /food|meal|pantry|grocer/i;

const root = (el: ResourceDirectory) => el.shadowRoot!;
const cards = (el: ResourceDirectory) => [...root(el).querySelectorAll<ResourceDirectoryCard>('resource-card')];
const status = (el: ResourceDirectory) => root(el).querySelector('[part="status"]')?.textContent ?? '';
const jsonUrl = (value: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;

/** Searches for `words` as a visitor would; resolves with the number of services found for them. */
async function search(el: ResourceDirectory, words: string): Promise<number> {
  await waitUntil(() => cards(el).length > 0, 'first results', { timeout: 8000 });
  let found: number | undefined;
  const listen = (event: ResourceDirectoryResultsEvent) => {
    if (event.detail.query.text === words) found = event.detail.total;
  };
  el.addEventListener('rd-results', listen);
  try {
    root(el).querySelector<HTMLInputElement>('#keyword')!.value = words;
    root(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => found !== undefined, `results for "${words}"`, { timeout: 8000 });
    return found!;
  } finally {
    el.removeEventListener('rd-results', listen);
  }
}

describe('<resource-directory> with a directory\'s own words', () => {
  it('the vocabulary property makes a word of the directory\'s own find its services', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed=${FEED}></resource-directory>`);
    expect(await search(el, WORDS), 'found with our words alone').to.equal(0);
    expect(status(el)).to.contain('0 services found');
    el.vocabulary = OWN_WORDS;
    await waitUntil(() => cards(el).length > 0, 'services once the directory\'s words are in', { timeout: 8000 });
    await Promise.all(cards(el).map((card) => card.updateComplete));
    const names = cards(el).map((card) => card.listing?.name ?? '');
    expect(names.some((name) => FOOD.test(name)), names.join(', ')).to.equal(true);
    expect(root(el).querySelector<HTMLInputElement>('#keyword')!.value).to.equal(WORDS);
  });

  it('vocabulary-src: a valid file is fetched and its words find services', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed=${FEED} vocabulary-src=${jsonUrl(OWN_WORDS)}></resource-directory>`);
    expect(await search(el, WORDS)).to.be.greaterThan(0);
    expect(cards(el).some((card) => FOOD.test(card.listing?.name ?? ''))).to.equal(true);
  });

  for (const [kind, src, problem] of [
    ['an invalid file', jsonUrl({ needs: 'every word' }), 'Not a vocabulary: needs'],
    ['a missing file', '/no-such-vocabulary.json', 'HTTP 404'],
  ] as const) {
    it(`vocabulary-src: ${kind} warns once, naming the problem, and the directory still searches`, async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await fixture<ResourceDirectory>(html`<resource-directory feed=${FEED} vocabulary-src=${src}></resource-directory>`);
        expect(await search(el, 'food pantry'), 'found with our own words').to.be.greaterThan(0);
        expect(await search(el, 'comida'), 'our own Spanish words still understood').to.be.greaterThan(0);
        const about = warnings.filter(([message]) => String(message).includes('vocabulary-src'));
        expect(about.length, about.map(String).join('\n')).to.equal(1);
        expect(String(about[0][0])).to.contain(problem);
      } finally {
        restore();
      }
    });
  }
});
