import { describe, expect, it } from 'vitest';
import { normalizeFeed, type Listing } from '../../src/sdk/index.js';
import { safeEmail, safeUrl } from '../../src/sdk/normalize/url.js';
import { dialable } from '../../src/sdk/normalize/phone.js';
import { phoneNumber } from '../../src/sdk/normalize/phone-number.js';

const FEED = 'https://feed.test/services.json';
const one = (record: Record<string, unknown>) => {
  const { listings, issues } = normalizeFeed([record], FEED);
  return { listing: listings[0] as Listing | undefined, issues };
};
const RLO = '\u202e';

/** Every string in a tree, e.g. a whole listing. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsIn) : [];

/** The digits a visitor reads in a shown number, in order. */
const shownDigits = (text: string) => text.replace(/\D/g, '');

describe('feed text is well-formed', () => {
  it('replaces lone surrogates anywhere in a listing, so every string can be URL-encoded', () => {
    const { listing } = one({
      id: 's1',
      name: 'Shelter \ud800',
      description: 'Beds \udc00 tonight',
      locations: [{ id: 'l1', name: 'Main', addresses: [{ address_1: '1 Main St \ud800', city: 'Springfield', address_type: 'physical' }] }],
      phones: [{ id: 'p1', number: '555-0100', description: 'Front desk \ud83d' }],
    });
    expect(listing!.locations[0]!.address!.lines).to.deep.equal(['1 Main St \ufffd']);
    expect(listing!.name).to.equal('Shelter \ufffd');
    for (const text of stringsIn(listing)) expect(() => encodeURIComponent(text), JSON.stringify(text)).not.toThrow();
  });

  it('keeps surrogate pairs (emoji) as they are', () => {
    expect(one({ id: 's1', name: 'Café 🌈 group' }).listing!.name).to.equal('Café 🌈 group');
  });
});

describe('phone numbers: the digits shown are the digits dialled', () => {
  it('removes a right-to-left override that would show 1-900-555-0100 and dial 00105550091', () => {
    const { listing } = one({ id: 's1', name: 'Help line', phones: [{ id: 'p1', number: `${RLO}0010-555-009-1` }] });
    expect(listing!.phones[0]).toMatchObject({ number: '0010-555-009-1', tel: '00105550091' });
  });

  it('removes zero-width characters and folds other scripts’ and fullwidth digits to the digits dialled', () => {
    expect(phoneNumber('555\u200b-01\u206600')).toMatchObject({ number: '555-0100', tel: '5550100' });
    expect(phoneNumber('٩١١')).toMatchObject({ number: '911', tel: '911' });
    expect(phoneNumber('０８００ １２３ ４５６７')).toMatchObject({ number: '0800 123 4567', tel: '08001234567' });
    expect(dialable(`tel:${RLO}911`)).to.equal('911');
  });

  it('shows no digits it does not dial: a second number is cut off, an extension is kept apart', () => {
    const { listing, issues } = one({ id: 's1', name: 'Help line', phones: [{ id: 'p1', number: '555-1234 or 555-9999' }, { id: 'p2', number: '555-4321 ext. 12' }] });
    expect(listing!.phones.map(({ number, tel, extension }) => ({ number, tel, extension }))).to.deep.equal([
      { number: '555-1234', tel: '5551234', extension: undefined },
      { number: '555-4321', tel: '5554321', extension: '12' },
    ]);
    expect(issues).toContainEqual({ recordId: 's1', path: 'phones.0.number', message: 'more than one number in "555-1234 or 555-9999"; the first kept' });
  });

  it('does not read capitals that pass for digits as vanity letters', () => {
    expect(phoneNumber('1-800-555-O1OO')).toMatchObject({ number: '1-800-555', tel: '1800555' });
    expect(phoneNumber('1-800-FLOWERS')).toMatchObject({ number: '1-800-FLOWERS', tel: '18003569377' });
  });

  it('removes invisible characters from category names, and skips a category left without one', () => {
    const { listing, issues } = one({
      id: 's1',
      name: 'Food Bank',
      attributes: [{ taxonomy_term: { id: 't1', name: `${RLO}doof` } }, { taxonomy_term: { id: 't2', name: '\u200b\u2066' } }],
    });
    expect(listing!.categories.map((category) => category.name)).to.deep.equal(['doof']);
    expect(issues).toContainEqual({ recordId: 's1', path: 'attributes.1.taxonomy_term', message: 'taxonomy term without a name; skipped' });
  });

  it('keeps labels and words without digits around the number', () => {
    expect(phoneNumber('Tel: 0800 123 4567 (Freephone)')).toMatchObject({ number: 'Tel: 0800 123 4567 (Freephone)', tel: '08001234567' });
  });

  it('never shows other digits than it dials, over many hostile numbers', () => {
    const parts = ['5', '0', '-', ' ', RLO, '\u2066', '\u200f', '\u200b', '٣', '(', ')', '+', 'x', ' or ', ', ', 'ext. 9', '1-800-', 'Tel: '];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 2000; run++) {
      const input = Array.from({ length: 4 + Math.floor(random() * 14) }, () => parts[Math.floor(random() * parts.length)]).join('');
      const { number, tel, extension } = phoneNumber(input);
      if (!tel) continue;
      // "+44 (0)20…" shows a trunk 0 that is not dialled; no generated input has one.
      expect(shownDigits(number) + (extension ?? ''), JSON.stringify(input)).to.equal(tel.replace('+', '') + (extension ?? ''));
    }
  });
});

describe('names', () => {
  it('skips a record whose name is only invisible or direction-control characters, with an issue', () => {
    const { listings, issues } = normalizeFeed([{ id: 'ghost', name: '\u200b\u202e \u2066\u200d\ufeff' }, { id: 'real', name: 'Food Bank' }], FEED);
    expect(listings.map((listing) => listing.id)).to.deep.equal(['real']);
    expect(issues).toContainEqual({ recordId: 'ghost', path: 'name', message: 'no visible characters after removing invisible and direction-control ones; skipped' });
  });

  it('removes direction overrides from names and headings, and keeps joiners between letters', () => {
    const { listing } = one({ id: 's1', name: `Crisis ${RLO}enilpleH`, alternate_name: '\u200bAlt', organization: { id: 'o1', name: 'می‌خواهم' } });
    expect(listing!.name).to.equal('Crisis enilpleH');
    expect(listing!.alternateName).to.equal('Alt');
    expect(listing!.organization!.name).to.equal('می‌خواهم');
  });

  it('drops an organization whose name is empty after cleaning, instead of showing its id', () => {
    const { listing, issues } = one({ id: 's1', name: 'Food Bank', organization: { id: 'org-7f3a', name: '\u2067\u2069' } });
    expect(listing!.organization).to.equal(undefined);
    expect(issues).toContainEqual({ recordId: 's1', path: 'organization.name', message: 'no visible characters after removing invisible and direction-control ones; skipped' });
  });
});

describe('e-mail addresses and URLs from a feed', () => {
  it('refuses anything that would add headers or a body to a mailto link', () => {
    for (const bad of ['help?bcc=spy%40evil.example&body=hi@example.org', 'help&bcc=spy@example.org', 'mailto:a%26bcc=x@example.org', 'help@example.org\u0000', 'a\r\nbcc:x@example.org']) {
      expect(safeEmail(bad), JSON.stringify(bad)).to.equal(undefined);
      expect(safeUrl(bad, ['mailto']), JSON.stringify(bad)).to.equal(undefined);
    }
    expect(safeUrl('mailto:help@example.org?bcc=spy@evil.example&body=x', ['mailto'])).to.equal('mailto:help@example.org');
    expect(safeEmail('help@example.org\nBcc: spy@evil.example')).to.equal('help@example.org');
  });

  it('removes invisible and direction-control characters from addresses and URLs', () => {
    expect(safeEmail(`help@exa\u200bmple.org`)).to.equal('help@example.org');
    expect(safeUrl(`https://example.org/${RLO}fdp.exe`)).to.equal('https://example.org/fdp.exe');
    expect(safeUrl(`tel:${RLO}0010-555-009-1`, ['tel'])).to.equal('tel:00105550091');
  });
});
