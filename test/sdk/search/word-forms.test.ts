import { describe, expect, it } from 'vitest';
import { service } from '../support/services.js';
import { fileClient, found } from './searched.js';

// The engine alone (no vocabulary): word forms, typos, prefixes while typing, and ranking by field.
const services = [
  service({ id: 'pantry', name: 'Westside Food Pantry', description: 'Groceries for families.' }),
  service({ id: 'counselor', name: 'School Counselor Office', description: 'Talk to a counselor.' }),
  service({ id: 'counselling', name: 'Counselling Centre', description: 'Individual counselling.' }),
  service({ id: 'eviction', name: 'Tenant Rights Desk', description: 'Help when facing eviction.' }),
  service({ id: 'shelters', name: 'Family Shelters Network', description: 'Beds for the night.' }),
  service({ id: 'meetings', name: 'Recovery Meetings', description: 'Weekly group meetings.' }),
  service({ id: 'dentist', name: 'Smile Dental Clinic', description: 'A dentist for adults.' }),
];
const literal = () => fileClient(services, { vocabulary: false });

describe('word forms', () => {
  it('finds a word in any of its forms', async () => {
    const rd = literal();
    expect(await found(rd, 'pantries')).toEqual(['pantry']);
    expect(await found(rd, 'shelter')).toEqual(['shelters']);
    expect(await found(rd, 'meeting')).toEqual(['meetings']);
    expect(await found(rd, 'evict')).toEqual(['eviction']);
    expect(await found(rd, 'evicted')).toEqual(['eviction']);
  });

  it('counts counselor, counseling and counselling as one word', async () => {
    const rd = literal();
    for (const word of ['counselor', 'counseling', 'counselling', 'counsellor']) {
      expect(new Set(await found(rd, word)), word).toEqual(new Set(['counselor', 'counselling']));
    }
  });
});

describe('typos', () => {
  it('forgives one typo in a word of 5 to 8 letters and two from 9', async () => {
    const rd = literal();
    expect(await found(rd, 'pnatry')).toEqual(['pantry']); // two letters swapped
    expect(await found(rd, 'sheltr')).toEqual(['shelters']);
    expect(await found(rd, 'dentst')).toEqual(['dentist']);
    expect(await found(rd, 'conselling')).toContain('counselling');
    expect(await found(rd, 'councelling')).toContain('counselling');
  });

  it('never reads a word the feed holds whole as a typo of another', async () => {
    const rd = fileClient(
      [
        service({ id: 'mental', name: 'Adult Mental Health' }),
        service({ id: 'dental', name: 'Eastside Clinic', description: 'Dental care for children.' }),
        service({ id: 'brief', name: 'Brief Legal Advice' }),
        service({ id: 'grief', name: 'Westside Clinic', description: 'A grief group.' }),
      ],
      { vocabulary: false },
    );
    expect(await found(rd, 'dental')).toEqual(['dental']);
    expect(await found(rd, 'mental')).toEqual(['mental']);
    expect(await found(rd, 'grief')).toEqual(['grief']);
    expect(await found(rd, 'dentl')).toEqual(['dental']); // not a word of the feed: a typo
  });

  it('keeps the first letter of a word, or its first two swapped: a rhyme is not a typo', async () => {
    const rd = literal();
    expect(await found(rd, 'bantry')).toEqual([]);
    expect(await found(rd, 'apntry')).toEqual(['pantry']);
    expect(await found(rd, 'mental')).toEqual([]); // not "dental"
  });

  it('forgives none in short words, and not three in long ones', async () => {
    const rd = literal();
    expect(await found(rd, 'fod')).toEqual([]);
    expect(await found(rd, 'pxntxy')).toEqual([]);
    expect(await found(rd, 'cxunxellxng')).toEqual([]);
  });
});

describe('prefixes while typing', () => {
  it('takes the last word typed as the start of a word, from 3 letters', async () => {
    const rd = literal();
    expect(await found(rd, 'pant')).toEqual(['pantry']);
    expect(await found(rd, 'food pan')).toEqual(['pantry']);
    expect(await found(rd, 'de')).toEqual([]);
  });

  it('wants the other words whole', async () => {
    expect(await found(literal(), 'pan food')).toEqual([]);
  });
});

describe('ranking', () => {
  const placed = [
    service({ id: 'in-description', name: 'Alpha', description: 'We help with housing.' }),
    service({ id: 'in-organization', name: 'Bravo', organization: 'Housing Trust' }),
    service({ id: 'in-category', name: 'Charlie', categories: [{ id: 'h', name: 'Housing' }] }),
    service({ id: 'in-name', name: 'Delta Housing' }),
    service({ id: 'by-typo', name: 'Echo Husing' }),
  ];

  it('puts a name before a category, an organization, then a description', async () => {
    const rd = fileClient(placed, { vocabulary: false });
    // "Echo Husing" is not found: "housing" is a word of the feed, so not a typo of "husing".
    expect(await found(rd, 'housing')).toEqual(['in-name', 'in-category', 'in-organization', 'in-description']);
    expect(await found(rd, 'housng')).toEqual(['in-name', 'in-category', 'in-organization', 'in-description']);
  });

  it('ranks listings holding more of the words first, equals by name', async () => {
    const rd = fileClient(
      [
        service({ id: 'one-word', name: 'Zulu housing' }),
        service({ id: 'both', name: 'Yankee housing help', description: 'rent' }),
        service({ id: 'both-too', name: 'Xray housing rent' }),
      ],
      { vocabulary: false },
    );
    expect(await found(rd, 'housing rent')).toEqual(['both-too', 'both']);
  });
});
