import { describe, expect, it } from 'vitest';
import { service } from '../support/services.js';
import { fileClient } from './searched.js';

// "Did you mean": only a word found nowhere may be a typo, and better no suggestion than a wrong one.
const services = [
  service({ id: 'pantry', name: 'Millbrook Food Pantry', categories: [{ id: 'food', name: 'Food Pantries' }] }),
  service({ id: 'clinic', name: 'Hunter Street Clinic' }),
  service({ id: 'jobs', name: 'Living Wage Jobs' }),
];
const suggested = async (text: string) => {
  const result = await fileClient(services).search({ text });
  expect(result.total, text).toBe(0);
  return result.suggestions?.text;
};

describe('did you mean', () => {
  it('respells a word found nowhere that is one typo from a word the vocabulary knows', async () => {
    expect(await suggested('strollr')).toBe('stroller');
    expect(await suggested('diapr qwzx')).toBe('diaper qwzx');
  });

  it('never respells a word the vocabulary knows, a negation, or a word shorter than a typo can be', async () => {
    for (const text of ['i was raped', 'mon père me frappe', 'cant pay rent', 'i dont want to wake up']) {
      expect(await suggested(text), text).toBeUndefined();
    }
  });

  it('never respells a word into a rhyme or a word more than one typo away', async () => {
    for (const text of ['lonely', 'anger management', 'i want to disappear']) {
      expect(await suggested(text), text).toBeUndefined(); // not "money", "hunger", "diaper"
    }
  });

  it('never respells a word the feed holds', async () => {
    expect(await suggested('hunter qwzx')).toBeUndefined(); // not "hunger"
  });
});
