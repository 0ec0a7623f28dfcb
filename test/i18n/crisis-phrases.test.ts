import { describe, expect, it } from 'vitest';
import { isCrisisSearch } from '../../src/components/crisis/crisis-terms.js';

type ByLanguage = Record<string, string[]>;

/** Crisis said in people's own words, in every interface language: each must bring the crisis lines forward. */
const CRISIS: ByLanguage = {
  en: [
    'hurt myself', 'I keep hurting myself', 'no reason to live', 'my husband hits me', 'depressed', 'i want to kill myself',
    'boyfriend hurts me', 'I want to really die', 'everyone would be better off without me', 'I just want to end it all',
    "I can't go on", 'cant go on anymore', "I don't want to live anymore", 'took too many pills', 'overdosed',
    'not safe at home', 'someone is going to hurt me', 'he is going to kill me', 'hopeless', 'feeling DEPRESSED',
    'my partner beats me', 'my ex threatened to kill me', 'cutting myself', 'nothing to live for', 'I feel worthless',
    'i am being stalked', 'someone is stalking me', 'i was trafficked', 'human trafficking', "i'm scared for my life",
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

/** Abuse by a parent, step-parent, sibling, relative or anyone, now or in the past, not only by a partner. */
const ABUSE_AT_HOME: ByLanguage = {
  en: [
    'my dad hits me', 'my mom hits me', 'my father beats me', 'my stepfather abuses me', 'my stepdad touches me', 'my uncle touched me',
    'my brother hits me', 'my mother hit me', 'my parents hit me', 'my grandpa beat me', 'my sister slapped me', 'he hit me again',
    'she hurt me again', 'someone hurt me', 'my husband threatens me', 'my boyfriend choked me', 'i get beaten at home',
    "he's abusing me", "she's hurting me", 'hes hitting me', "they're hurting me", 'abusing me', "i don't feel safe at home",
  ],
  es: [
    'mi papá me pega', 'mi papa me pega', 'mi padre me pega', 'mi mamá me pega', 'mis papás me pegan', 'mi padrastro me toca',
    'mi esposo me golpeó', 'mi esposo me golpeo', 'mi esposo me pegó', 'mi hermano me golpea', 'mi tío abusó de mí',
    'me golpean en mi casa', 'mi novio me amenazó', 'mi abuelo me maltrata', 'golpeada', 'me pega',
  ],
  fr: [
    'mon père me frappe', 'mon pere me frappe', 'ma mère me bat', "mon beau-père m'a frappée", 'mon oncle me touche', "il m'a frappé",
    'mon frère me frappe', "mon mari m'a battue", 'je suis battue', 'mes parents me frappent', 'femme battue', 'me frappe',
  ],
  pt: [
    'meu pai me bate', 'minha mãe me bate', 'meu padrasto abusa de mim', 'meu marido me bateu', 'meu irmão me agrediu',
    'ele me bateu de novo', 'meu tio me tocou', 'apanho do meu pai', 'me bate',
  ],
  ht: ['papa m bat mwen', 'manman m bat mwen', 'bòpè m vyole m', 'li bat mwen ankò', 'mari m te bat mwen', 'tonton m manyen m', 'bat mwen'],
  vi: ['bố tôi đánh tôi', 'mẹ đánh con', 'bố dượng đánh tôi', 'chồng tôi đã đánh tôi', 'anh trai đánh em', 'tôi bị đánh', 'tôi bị bạo hành', 'bạo hành', 'ngược đãi', 'chồng đánh'],
  tl: [
    'sinaktan ako ng tatay ko', 'binubugbog ako ng nanay ko', 'binugbog ako ng asawa ko', 'sinampal ako ng kuya ko',
    'nananakit ang tatay ko', 'ang tatay ko ay nananakit', 'inaabuso ako ng tito ko',
  ],
  ru: ['отец бьет меня', 'отец бьёт меня', 'отчим бьет меня', 'меня бьют', 'мама меня била', 'муж избил меня', 'брат ударил меня', 'избиение', 'побои', 'бьет'],
  'zh-Hans': ['我爸爸打我', '爸爸打我', '我妈打我', '继父打我', '我被爸爸打了', '哥哥揍我', '他打我', '妈妈虐待我', '打老婆', '受虐', '施暴'],
  'zh-Hant': ['我爸爸打我', '繼父打我', '媽媽虐待我', '我被爸爸打了', '哥哥傷害我', '受虐'],
  ko: ['아빠가 때려요', '엄마가 때려요', '아버지가 때렸어요', '남편이 때렸어요', '오빠가 때려요', '아빠한테 맞았어요', '새아빠가 학대해요'],
  ar: ['أمي تضربني', 'امي تضربني', 'أبي يضربني', 'زوجي ضربني', 'أخي يضربني', 'زوج أمي يؤذيني', 'أبي يهددني', 'أهلي يضربونني', 'يضربها', 'معنفة'],
};

/** Sexual assault said in the past or the passive, as it is told afterwards. */
const SEXUAL_ASSAULT: ByLanguage = {
  en: ['i was raped', 'raped', 'i was sexually assaulted', 'sexually assaulted', 'i was molested', 'my uncle molested me', 'he raped me', 'incest'],
  es: ['me violaron', 'fui violada', 'violada', 'abusaron de mí', 'abuso sexual', 'agresión sexual', 'me manoseó'],
  fr: ["j'ai été violée", "on m'a violée", 'viol', 'agression sexuelle', 'abus sexuels', 'attouchements'],
  pt: ['fui estuprada', 'me estupraram', 'estupro', 'abuso sexual', 'fui abusada', 'violência sexual', 'agressão sexual'],
  ht: ['yo vyole m', 'mwen te vyole', 'kadejak', 'abi seksyèl'],
  vi: ['tôi bị hiếp dâm', 'bị cưỡng hiếp', 'xâm hại tình dục', 'lạm dụng tình dục'],
  tl: ['ginahasa ako', 'minolestiya ako ng tito ko', 'hinalay ako', 'panggagahasa', 'sekswal na pang-aabuso'],
  ru: ['меня изнасиловали', 'изнасилование', 'сексуальное насилие', 'отчим домогается'],
  'zh-Hans': ['我被强奸了', '我被性侵', '性侵', '被猥亵'],
  'zh-Hant': ['我被強姦了', '被性侵', '猥褻'],
  ko: ['성폭행', '성폭행 당했어요', '강간', '성추행 당했어요', '성폭력'],
  ar: ['تعرضت للاغتصاب', 'اغتصبني', 'اغتصاب', 'اعتداء جنسي', 'تحرش بي'],
};

/** Despair: "I can't take it any more", not wanting to wake up, wanting to be dead, and the means. */
const DESPAIR: ByLanguage = {
  en: [
    "i can't take it anymore", 'cant take it anymore', 'i cant do this anymore', "i don't want to wake up", 'i dont want to wake up',
    'i want to be dead', 'i feel like dying', 'ending it all', 'i cut my wrists', 'pills to die', 'life is not worth living',
    'i hate my life', 'i want to disappear', 'i have a plan to die', 'i should just die', 'i deserve to die', 'i give up',
    "i'm going to jump", 'im gonna jump', 'i want to end it',
    'kms', 'i want to kms',
  ],
  es: [
    'tengo ganas de morir', 'ganas de morir', 'ya no puedo', 'ya no puedo más', 'ya no aguanto', 'no quiero despertar',
    'quiero estar muerta', 'me corté las venas', 'pastillas para morir', 'cansado de vivir', 'quiero desaparecer',
  ],
  fr: [
    "j'en peux plus", "je n'y arrive plus", 'je veux disparaître', "j'en ai marre de la vie", 'je ne veux plus vivre',
    'je voudrais être morte', 'je ne veux pas me réveiller', 'me couper les veines', 'médicaments pour mourir',
  ],
  pt: [
    'não consigo mais', 'vontade de morrer', 'não quero acordar', 'queria estar morta', 'cansada de viver', 'cortei os pulsos',
    'remédios para morrer', 'quero sumir',
  ],
  ht: ['mwen pa ka ankò', 'm pa kapab ankò', 'mwen bouke ak lavi a', 'mwen pa vle reveye', 'grenn pou m mouri', 'mwen santi m ap mouri'],
  vi: ['tôi không chịu nổi nữa', 'không chịu nổi nữa rồi', 'chán sống', 'chán đời', 'không muốn thức dậy', 'muốn biến mất', 'cắt cổ tay', 'uống thuốc để chết'],
  tl: ['hindi ko na kaya', 'di ko na kaya', 'ayoko na', 'pagod na ako sa buhay', 'ayoko nang gumising', 'sana patay na ako', 'naglaslas ako', 'laslas ng pulso', 'gamot para mamatay'],
  ru: ['больше не могу', 'я больше не могу', 'не хочу просыпаться', 'хочу быть мёртвой', 'устал жить', 'порезала вены', 'таблетки чтобы умереть', 'хочу исчезнуть'],
  'zh-Hans': ['我受不了了', '活着没意思', '不想醒来', '生不如死', '想消失', '吃什么药能死', '结束一切'],
  'zh-Hant': ['我受不了了', '活著沒意思', '不想醒來', '結束一切'],
  ko: ['더 이상 못 버티겠어요', '못 견디겠어요', '살기 싫어', '깨어나고 싶지 않아', '죽었으면 좋겠어', '사라지고 싶어', '손목을 그었어요'],
  ar: ['لا أستطيع التحمل', 'لا أستطيع التحمل أكثر', 'تعبت من الحياة', 'لا أريد أن أستيقظ', 'أريد أن أكون ميتا', 'أتمنى الموت', 'حبوب للموت'],
};

/** The core words as they are often misspelt. */
const MISSPELT: ByLanguage = {
  en: ['sucide', 'suicde', 'suiside', 'sucidal', 'suicdal', 'self harming', 'self-harming', 'selfharm', 'kill myslef', 'i want to kill myslef', 'ovrdose'],
  es: ['suisidio', 'sucidio'],
};

/** A crisis word used alone, or with nothing but who and when around it, still raises the alarm. */
const LONE: ByLanguage = {
  en: ['cutting', "i'm cutting again", 'i keep cutting', 'abuse', 'abused', 'elder abuse', 'child abuse', 'crisis', 'od', 'OD', 'i od', 'suicide'],
};

/** Ordinary searches, some sharing words with crisis phrases: none may raise the alarm. */
const ORDINARY = [
  'food', 'job training', 'dentist', 'flu shots', 'lice treatment', 'kill lice', 'pest control', 'overdraft',
  'shelter for dogs', 'food pantry', 'rent help', 'living room furniture', 'assisted living', 'bus pass', 'dental care',
  'life insurance', 'going to school', 'after school', 'senior center',
  'comida', 'vivienda', 'ayuda con la renta', 'thực phẩm', 'nhà ở', '住房', '食物', 'طعام', 'سكن', 'еда', 'жильё',
  'manje', 'logement', 'nourriture', 'moradia', 'pagkain', '음식', '주거', 'can i go on the bus', 'pill bottle disposal',
];

/** Searches about something else that share a word with a crisis phrase, by language: none may raise the alarm. */
const NOT_CRISIS: ByLanguage = {
  en: [
    'alcohol abuse', 'drug abuse counseling', 'substance abuse', 'substance abuse treatment', 'drug and alcohol abuse', 'cutting hair',
    'wood cutting job', 'coupon cutting', 'free haircut cutting', 'cutting board', 'my job keeps cutting my hours', 'od meeting',
    'going to jump start my car', 'jump rope class', 'drug trafficking', "he's looking for a job", 'she is hiring me',
    'financial crisis', 'in danger of eviction', 'in danger of losing my home', 'kill bill', 'dying hair', 'food to die for',
    'my phone died', 'he hit me up', 'overdone', 'subside', 'itself', 'parenting classes for dads', 'my mom hurt her back',
    'brother hit by a car', 'give up smoking', 'estate planning before you die', 'wake up early program', 'end of life care',
  ],
  es: [
    'abuso de alcohol', 'abuso de drogas', 'abuso de sustancias', 'mi papá abusa del alcohol', 'ya no puedo pagar la renta',
    'clases para padres', 'mi papá necesita ayuda con medicare', 'crisis financiera', 'clases de violín para mi hijo', 'pegamento',
    'mi hijo me pegó los piojos', 'me golpeé la rodilla',
  ],
  fr: ["abus d'alcool", 'je ne peux plus payer mon loyer', 'cours de violon', 'aide pour les parents', 'mon père a besoin de soins'],
  pt: ['abuso de álcool', 'abuso de drogas', 'não consigo mais pagar o aluguel', 'meu pai precisa de remédio', 'batom'],
  ht: ['mwen pa ka peye lwaye ankò', 'papa m bezwen doktè', 'kè m ap bat vit'],
  vi: ['đánh giá sức khỏe tâm thần cho con', 'bác sĩ đánh giá cho con tôi', 'dạy con đánh răng', 'học tiếng anh', 'không chịu nổi cái nóng'],
  tl: ['hindi ko na kaya magbayad ng upa', 'nananakit ang tiyan ko', 'gamot sa ubo', 'laslas presyo'],
  ru: ['больше не могу платить за квартиру', 'отец нуждается в уходе', 'таблетки от давления'],
  'zh-Hans': ['我爸爸需要看医生', '打电话给我', '受不了噪音'],
  'zh-Hant': ['我爸爸需要看醫生', '打電話給我'],
  ko: ['엄마에게 맞는 선물', '아빠 생일 선물', '아이가 다닐 학교'],
  ar: ['مساعدة لأبي', 'سكن للعائلات', 'حبوب الحساسية'],
};

describe('crisis intent in people\'s own words', () => {
  for (const [table, byLanguage] of Object.entries({ CRISIS, ABUSE_AT_HOME, SEXUAL_ASSAULT, DESPAIR, MISSPELT, LONE })) {
    for (const [lang, phrases] of Object.entries(byLanguage)) {
      it(`recognises ${table} in ${lang}`, () => {
        expect(phrases.filter((phrase) => !isCrisisSearch(phrase))).toEqual([]);
      });
    }
  }

  it('leaves ordinary searches alone', () => {
    expect(ORDINARY.filter((search) => isCrisisSearch(search))).toEqual([]);
  });

  for (const [lang, searches] of Object.entries(NOT_CRISIS)) {
    it(`leaves searches about something else alone in ${lang}`, () => {
      expect(searches.filter((search) => isCrisisSearch(search))).toEqual([]);
    });
  }

  it('matches whole words, not letters inside other words', () => {
    expect(isCrisisSearch('overdosed')).toBe(true);
    expect(isCrisisSearch('hurtmyself clinic')).toBe(false);
    expect(isCrisisSearch('undepressed')).toBe(false);
  });
});
