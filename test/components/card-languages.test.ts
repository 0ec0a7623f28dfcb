import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectoryCard } from '../../src/components/card/card.js';
import { translation as spanish } from '../../src/i18n/translations/es.js';
import { translation as creole } from '../../src/i18n/translations/ht.js';
import { makeListing } from '../support/listings.js';

before(() => cardDefined);

// Freshness, support-group tags and languages spoken, in the visitor's language (issue: safe for people in
// distress, "localized"). Dates and language names are written out here, not computed with the code under test.
const listing = makeListing({
  assuredDate: '2024-03-14',
  categories: [{ id: 'term-sg-peer', code: 'SG-PEER', name: 'Peer support groups' }],
  languages: [{ code: 'es' }, { code: 'en' }],
});

const CASES = [
  { lang: 'es', strings: spanish, verified: 'marzo de 2024', languages: 'español e inglés' },
  { lang: 'ht', strings: creole, verified: 'mas 2024', languages: 'panyòl ak angle' },
] as const;

describe('a card in other languages', () => {
  for (const { lang, strings, verified, languages } of CASES) {
    it(`says when it was verified, flags old information and names languages spoken in ${lang}`, async () => {
      const el = await fixture<ResourceDirectoryCard>(html`<resource-card lang=${lang} .listing=${listing} report-url="mailto:data@example.org"></resource-card>`);
      const text = (part: string) => el.shadowRoot!.querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      await waitUntil(() => text('card-tags').includes(strings.groupPeer), `${lang} interface`);
      expect(text('card-freshness')).to.contain(strings.lastVerified(verified));
      expect(text('card-freshness')).to.contain(strings.mayBeOutOfDate);
      expect(text('card-freshness')).to.contain(strings.reportProblem);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
      await el.updateComplete;
      expect(text('card-details')).to.contain(languages);
      await expect(el).to.be.accessible();
    });
  }
});
