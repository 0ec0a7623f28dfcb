import { describe, expect, it } from 'vitest';
import { isCrisisSearch } from '../../src/components/crisis/crisis-terms.js';

/** Crisis said in people's own words, in every interface language: each must bring the crisis lines forward. */
const CRISIS = {
  en: [
    'hurt myself', 'I keep hurting myself', 'no reason to live', 'my husband hits me', 'depressed', 'i want to kill myself',
    'boyfriend hurts me', 'I want to really die', 'everyone would be better off without me', 'I just want to end it all',
    "I can't go on", 'cant go on anymore', "I don't want to live anymore", 'took too many pills', 'overdosed',
    'not safe at home', 'someone is going to hurt me', 'he is going to kill me', 'hopeless', 'feeling DEPRESSED',
    'my partner beats me', 'my ex threatened to kill me', 'cutting myself', 'nothing to live for', 'I feel worthless',
  ],
  es: ['quiero morirme', 'no quiero vivir', 'mi esposo me pega', 'no tengo razón para vivir', 'estoy deprimida', 'me quiere matar'],
  'zh-Hans': ['我想死', '不想活了', '老公又打我', '我很抑郁', '家里不安全'],
  'zh-Hant': ['活不下去', '男朋友打我', '我很憂鬱', '傷害自己'],
  vi: ['tôi muốn chết', 'không muốn sống nữa', 'chồng tôi đánh tôi', 'trầm cảm', 'tuyệt vọng'],
  tl: ['gusto ko nang mamatay', 'ayoko nang mabuhay', 'sinasaktan ako ng asawa ko', 'walang pag-asa'],
  ko: ['죽고 싶어요', '죽고싶다', '남편이 저를 때려요', '우울해요', '살고 싶지 않아'],
  ar: ['أريد أن أموت', 'زوجي يضربني', 'أنا مكتئب', 'لا أريد أن أعيش'],
  ru: ['хочу умереть', 'не хочу жить', 'муж меня бьёт', 'у меня депрессия', 'покончить с собой'],
  ht: ['mwen vle mouri', 'mari m bat mwen', 'mwen deprime', 'mwen pa vle viv ankò'],
  fr: ["j'ai envie de mourir", 'mon mari me frappe', 'je suis déprimée', "je n'en peux plus", 'aucune raison de vivre'],
  pt: ['quero morrer', 'não quero viver', 'meu marido me bate', 'estou deprimida', 'não aguento mais'],
};

/** Ordinary searches, some sharing words with crisis phrases: none may raise the alarm. */
const ORDINARY = [
  'food', 'job training', 'dentist', 'flu shots', 'lice treatment', 'kill lice', 'pest control', 'overdraft',
  'shelter for dogs', 'food pantry', 'rent help', 'living room furniture', 'assisted living', 'bus pass', 'dental care',
  'life insurance', 'going to school', 'after school', 'senior center',
  'comida', 'vivienda', 'ayuda con la renta', 'thực phẩm', 'nhà ở', '住房', '食物', 'طعام', 'سكن', 'еда', 'жильё',
  'manje', 'logement', 'nourriture', 'moradia', 'pagkain', '음식', '주거', 'can i go on the bus', 'pill bottle disposal',
];

describe('crisis intent in people\'s own words', () => {
  for (const [lang, phrases] of Object.entries(CRISIS)) {
    it(`recognises crisis phrases in ${lang}`, () => {
      expect(phrases.filter((phrase) => !isCrisisSearch(phrase))).toEqual([]);
    });
  }

  it('leaves ordinary searches alone', () => {
    expect(ORDINARY.filter((search) => isCrisisSearch(search))).toEqual([]);
  });

  it('matches whole words, not letters inside other words', () => {
    expect(isCrisisSearch('overdosed')).toBe(true);
    expect(isCrisisSearch('hurtmyself clinic')).toBe(false);
    expect(isCrisisSearch('undepressed')).toBe(false);
  });
});
