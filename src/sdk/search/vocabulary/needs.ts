/**
 * The needs people search for, and how directories file them: AIRS/211 LA taxonomy code prefixes (only
 * codes, never the licensed taxonomy's text) and category names as Open Eligibility and common 2-1-1 feeds
 * spell them, in English. What people type for each need, in each interface language, is in `words/`.
 *
 * A feed's category matches a need when its code starts with one of `codes`, or its name holds every word
 * of one of `categories` (word forms aside: "Food Pantries" holds "food pantry"). Reviewed with the words
 * (VOCABULARY.md).
 */
export const NEED_IDS = [
  'food',
  'food-benefits',
  'housing',
  'shelter',
  'rent-help',
  'utilities',
  'employment',
  'legal',
  'benefits',
  'health',
  'dental',
  'vision',
  'mental-health',
  'substance-use',
  'support-groups',
  'crisis',
  'transportation',
  'clothing',
  'domestic-violence',
  'immigration',
  'disability',
  'older-adults',
  'youth',
  'veterans',
  'lgbtq',
  'childcare',
  'education',
  'tax-help',
  'baby-supplies',
  'pregnancy',
  'sexual-health',
  'phone-internet',
] as const;

export type NeedId = (typeof NEED_IDS)[number];

export interface NeedFiling {
  /**
   * AIRS/211 LA code prefixes, matched only against codes of that shape: "BD" covers BD-1800.2000,
   * "BH-1800" covers BH-1800.8500.
   */
  codes: string[];
  /** Category names, each a word or a few words a feed's category name holds. */
  categories: string[];
}

export const NEED_FILINGS: Record<NeedId, NeedFiling> = {
  food: { codes: ['BD'], categories: ['food', 'meal', 'soup kitchen', 'groceries', 'nutrition', 'feeding'] },
  'food-benefits': { codes: ['NL-6000.2000'], categories: ['food stamps', 'snap', 'wic', 'food benefits', 'supplemental nutrition'] },
  housing: { codes: ['BH'], categories: ['housing', 'home repair', 'homeownership', 'home buying'] },
  shelter: { codes: ['BH-1800', 'BH-8600'], categories: ['shelter', 'homeless', 'warming center', 'cooling center', 'drop in center'] },
  'rent-help': { codes: ['BH-3800'], categories: ['rent', 'rental assistance', 'help pay for housing', 'eviction', 'housing expense', 'mortgage', 'tenant'] },
  utilities: { codes: ['BV'], categories: ['utilities', 'utility', 'energy assistance', 'liheap', 'electric', 'heating', 'water bill', 'help pay for utilities'] },
  employment: { codes: ['ND'], categories: ['employment', 'job', 'workforce', 'career', 'vocational'] },
  legal: { codes: ['FT', 'FP'], categories: ['legal', 'lawyer', 'attorney', 'court'] },
  benefits: { codes: ['NL', 'NS', 'NT'], categories: ['public assistance', 'benefits', 'cash assistance', 'financial assistance', 'tanf', 'social security', 'ssi', 'medicaid', 'health insurance'] },
  health: { codes: [], categories: ['medical', 'health care', 'healthcare', 'primary care', 'health clinic', 'medical clinic', 'free clinic', 'urgent care', 'hospital', 'community health', 'prescription'] },
  dental: { codes: [], categories: ['dental', 'dentist', 'oral health'] },
  vision: { codes: [], categories: ['vision', 'eye care', 'eyeglasses', 'optometry', 'eye exam'] },
  'mental-health': { codes: ['RD', 'RF', 'RM', 'RP', 'RR'], categories: ['mental health', 'behavioral health', 'psychiatric', 'psychotherapy', 'mental health counseling', 'counseling services', 'individual counseling', 'family counseling'] },
  'substance-use': { codes: ['RX'], categories: ['substance use', 'substance abuse', 'addiction', 'detox', 'alcohol', 'opioid', 'sober living', 'harm reduction', 'chemical dependency'] },
  'support-groups': { codes: ['PN'], categories: ['support group', 'peer support', 'mutual support', 'twelve step', '12 step', 'alcoholics anonymous', 'narcotics anonymous'] },
  crisis: { codes: ['RP-14', 'RP-15'], categories: ['crisis', 'hotline', 'helpline', 'suicide prevention'] },
  transportation: { codes: ['BT'], categories: ['transportation', 'transit', 'bus', 'ride', 'paratransit'] },
  clothing: { codes: ['BM-6500.1500'], categories: ['clothing', 'clothes', 'coats', 'shoes'] },
  'domestic-violence': { codes: ['BH-1800.1500', 'RP-1500.1400-200'], categories: ['domestic violence', 'domestic abuse', 'intimate partner violence', 'family violence', 'sexual assault', 'victim services', 'victims'] },
  immigration: { codes: [], categories: ['immigration', 'immigrant', 'refugee', 'citizenship', 'asylum', 'daca', 'naturalization'] },
  disability: { codes: [], categories: ['disability', 'disabilities', 'independent living', 'special needs', 'deaf', 'blind'] },
  'older-adults': { codes: ['YB-8000'], categories: ['seniors', 'senior', 'older adults', 'aging', 'elderly', 'meals on wheels'] },
  youth: { codes: ['YB-9500'], categories: ['youth', 'teen', 'children', 'kids', 'young adults', 'after school', 'runaway'] },
  veterans: { codes: [], categories: ['veterans', 'veteran', 'military'] },
  lgbtq: { codes: [], categories: ['lgbtq', 'lgbt', 'gay', 'lesbian', 'transgender', 'queer', 'sexual minorities'] },
  childcare: { codes: [], categories: ['child care', 'childcare', 'daycare', 'day care', 'preschool', 'head start'] },
  education: { codes: ['H'], categories: ['education', 'ged', 'esl', 'english as a second language', 'literacy', 'adult education', 'tutoring', 'english classes'] },
  'tax-help': { codes: ['DT'], categories: ['tax preparation', 'tax assistance', 'vita', 'tax help', 'free tax', 'income tax'] },
  'baby-supplies': { codes: [], categories: ['diapers', 'baby supplies', 'formula', 'baby items'] },
  pregnancy: { codes: [], categories: ['pregnancy', 'prenatal', 'maternity', 'maternal health', 'postpartum'] },
  'sexual-health': { codes: [], categories: ['sexual health', 'hiv', 'sti', 'std', 'family planning', 'reproductive health'] },
  'phone-internet': { codes: [], categories: ['internet', 'phone service', 'computer', 'digital', 'wifi', 'broadband'] },
};
