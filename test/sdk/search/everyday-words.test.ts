import { describe, expect, it } from 'vitest';
import { service } from '../support/services.js';
import { fileClient, found } from './searched.js';

// Everyday words, abbreviations and other languages find what the feed files under its own names or codes.
const services = [
  service({ id: 'pantry', name: 'St. Anne Outreach', description: 'Tuesdays.', categories: [{ id: 'c1', name: 'Food Pantries' }] }),
  service({ id: 'coded', name: 'Despensa del Valle', description: 'Martes.', categories: [{ id: 'c2', code: 'BD-1800.2000', name: 'Despensas de alimentos' }] }),
  service({ id: 'snap', name: 'County Benefits Office', description: 'Apply in person.', categories: [{ id: 'c3', name: 'SNAP' }] }),
  service({ id: 'aa', name: 'Tuesday Night Group', description: 'Open to all.', categories: [{ id: 'c4', name: 'Alcoholics Anonymous' }] }),
  service({ id: 'detox', name: 'Harbor House', description: 'Medically supervised.', categories: [{ id: 'c5', name: 'Detox' }] }),
  service({ id: 'urgent', name: 'Eastside Walk-In', description: 'No appointment.', categories: [{ id: 'c6', name: 'Urgent Care' }] }),
  service({ id: 'esl', name: 'Library Learners', description: 'Evenings.', categories: [{ id: 'c7', name: 'English as a Second Language' }] }),
  service({ id: 'shelter', name: 'Mercy Beds', description: 'Overnight.', categories: [{ id: 'c8', name: 'Emergency Shelter' }] }),
  service({ id: 'rent', name: 'Keep Your Home Fund', description: 'One-time grants.', categories: [{ id: 'c9', name: 'Rental Assistance' }] }),
  service({ id: 'dv', name: 'Safe Harbor', description: 'Confidential.', categories: [{ id: 'c10', code: 'BH-1800.1500', name: 'Refugios' }] }),
  service({ id: 'legal', name: 'Justice Center', description: 'Free advice.', categories: [{ id: 'c11', name: 'Legal Aid' }] }),
  service({ id: 'housing', name: 'Homes for All', description: 'Waiting lists.', categories: [{ id: 'c12', name: 'Affordable Housing' }] }),
  service({ id: 'counseling', name: 'Bright Path', description: 'Weekly sessions.', categories: [{ id: 'c13', name: 'Mental Health Counseling' }] }),
];
const rd = fileClient(services);
const search = (text: string) => found(rd, text);

describe('everyday words', () => {
  it('find what a feed files under its own category names', async () => {
    expect(await search('food')).toEqual(expect.arrayContaining(['pantry', 'coded']));
    expect(await search('pantries')).toEqual(expect.arrayContaining(['pantry', 'coded']));
    expect(await search('hungry')).toEqual(expect.arrayContaining(['pantry', 'coded']));
    expect(await search('shelters')).toContain('shelter');
    expect(await search('homeless')).toContain('shelter');
    expect(await search('behind on rent')).toEqual(['rent']);
    expect(await search('lawyer')).toEqual(['legal']);
  });

  it('know abbreviations and program names', async () => {
    expect(await search('food stamps')).toContain('snap');
    expect(await search('EBT')).toContain('snap');
    expect(await search('AA meeting')).toContain('aa');
    expect(await search('12 step')).toContain('aa');
    expect(await search('rehab')).toContain('detox');
    expect(await search('ER')).toContain('urgent');
    expect(await search('ESL')).toContain('esl');
    expect(await search('learn english')).toContain('esl');
  });

  it('find by AIRS/211 code where the name is in another language', async () => {
    expect(await search('food')).toContain('coded');
    expect(await search('domestic violence')).toEqual(['dv']);
  });

  it('leave out the words around a need: "where can I get food near me" is "food"', async () => {
    expect(await search('where can I get food near me')).toEqual(await search('food'));
    expect(await search('i need help with rent')).toEqual(['rent']);
    expect(await search('cant pay rent')).toEqual(['rent']);
    expect(await search("can't pay my rent")).toEqual(['rent']);
    expect(await search('somewhere to sleep tonight')).toEqual(await search('homeless'));
    expect(await search('i was raped')).toEqual(['dv']);
  });

  it('know a need in the words people say it in', async () => {
    expect(await search('bed tonight')).toEqual(await search('homeless'));
    expect(await search('sleeping in my car')).toEqual(await search('homeless')); // not a ride
    const sorted = async (text: string) => (await search(text)).sort();
    expect(await sorted('alcohol abuse')).toEqual(await sorted('alcohol')); // not domestic abuse as well
    expect(await sorted('drug abuse')).toEqual(await sorted('drugs'));
    expect(await sorted('quit drinking')).toEqual(await sorted('alcohol'));
    for (const text of ['lonely', 'anxious', 'panic attacks', 'anger management']) expect(await search(text), text).toContain('counseling');
    expect(await search('foodbank')).toContain('pantry');
  });

  it('forgive typos in words naming a need', async () => {
    expect(await search('shleter')).toContain('shelter');
    expect(await search('foood')).toEqual(await search('food'));
    expect(await search('evicton')).toEqual(['rent']);
  });

  it('rank a listing using the visitor\'s own word above one only filed under the need', async () => {
    const ranked = await search('pantry');
    expect(ranked[0]).toBe('pantry');
    expect(ranked).toContain('coded');
  });

  it('are not read from a typo of a word the feed holds whole', async () => {
    const rd = fileClient([
      service({ id: 'heart', name: 'Heart Health Clinic' }),
      service({ id: 'heat', name: 'Warm Homes Fund', categories: [{ id: 'u', name: 'Utilities' }] }),
    ]);
    expect(await found(rd, 'heart')).toEqual(['heart']); // not "heat"
    expect(await found(rd, 'hheat')).toEqual(['heat']); // a word the feed does not hold: a typo
  });

  it('are words of their own where the feed lacks them, not typos of its words', async () => {
    const homeless = [service({ id: 'homeless', name: 'Homeless Outreach' })];
    expect(await found(fileClient(homeless), 'hopeless')).toEqual([]);
    expect(await found(fileClient(homeless, { vocabulary: false }), 'hopeless')).toEqual(['homeless']); // a word of no vocabulary may be a typo
  });

  it('do not turn ordinary words into needs', async () => {
    expect(await search('tuesday')).toEqual(['aa', 'pantry']); // "Tuesday Night Group", "Tuesdays": the words themselves
    expect(await search('outreach')).toEqual(['pantry']);
    // English alone reads "sobre" as a typo of "sober": a typo sends the search to the other Latin-script
    // languages, where it is a word of its own (Spanish "about").
    expect(await found(fileClient(services), 'sobre')).toEqual([]);
  });
});

describe('in twelve languages, over an English feed', () => {
  const cases: [string, string, string][] = [
    ['es', 'comida', 'pantry'],
    ['es', 'vivienda', 'housing'],
    ['es', 'ayuda con la renta', 'rent'],
    ['es', 'abogado', 'legal'],
    ['fr', 'nourriture', 'pantry'],
    ['pt', 'comida', 'pantry'],
    ['vi', 'thực phẩm', 'pantry'],
    ['vi', 'thuc pham', 'pantry'],
    ['tl', 'pagkain', 'pantry'],
    ['ht', 'manje', 'pantry'],
    ['zh-Hans', '食物', 'pantry'],
    ['zh-Hans', '我需要住房', 'housing'],
    ['zh-Hans', '我需要住的地方', 'housing'],
    ['ko', '잘 곳이 필요해요', 'shelter'],
    ['ko', '상담', 'counseling'],
    ['vi', 'tư vấn', 'counseling'],
    ['fr', "besoin d'un endroit pour dormir", 'shelter'],
    ['ht', 'lajan pou lwaye', 'rent'],
    ['zh-Hant', '食物銀行', 'pantry'],
    ['ko', '음식을', 'pantry'],
    ['ar', 'طعام', 'pantry'],
    ['ar', 'الطعام', 'pantry'],
    ['ar', 'محامي', 'legal'],
    ['ru', 'еда', 'pantry'],
    ['ru', 'юрист', 'legal'],
  ];
  for (const [language, text, id] of cases) {
    it(`${language}: "${text}" finds ${id}`, async () => {
      expect(await search(text)).toContain(id);
    });
  }

  it('matches without case, accents or Arabic vowel marks', async () => {
    expect(await search('COMIDA')).toEqual(await search('comida'));
    expect(await search('ṭaʿām')).toEqual([]); // a transliteration is not Arabic
    expect(await search('طَعَام')).toEqual(await search('طعام'));
  });
});

describe('a directory\'s own words', () => {
  it('are added to ours with the vocabulary option', async () => {
    const own = fileClient(services, { vocabulary: { needs: [{ id: 'food', words: { es: ['despensa solidaria'] } }, { id: 'court', categories: ['legal aid'], words: { en: ['day in court'] } }] } });
    expect(await found(own, 'despensa solidaria')).toEqual(expect.arrayContaining(['pantry', 'coded']));
    expect(await found(own, 'day in court')).toEqual(['legal']);
    expect(await found(rd, 'despensa solidaria')).toEqual([]);
    expect(await found(own, 'comida')).toContain('pantry'); // ours still apply
  });

  it('are turned off, ours included, with vocabulary: false', async () => {
    expect(await found(fileClient(services, { vocabulary: false }), 'comida')).toEqual([]);
  });
});
