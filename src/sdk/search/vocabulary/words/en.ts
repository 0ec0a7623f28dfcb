import type { EverydayWords } from '../everyday-words.js';

/**
 * What people type for each need in English: everyday words, abbreviations and program names. Matched on
 * folded words, word forms aside (an entry "pantry" also finds "pantries"), with typos forgiven in longer
 * words; `*` ends a prefix ("hungr*": hungry, hunger). Entries of several words match those words in a row.
 */
export const words: EverydayWords = {
  needs: {
    food: ['food', 'hungry', 'hunger', 'eat', 'groceries', 'grocery', 'pantry', 'food bank', 'food shelf', 'meal', 'lunch', 'dinner', 'breakfast', 'soup kitchen', 'free food', 'nothing to eat', 'no food', 'produce', 'canned food', 'hot meal', 'emergency food', 'foodbank'],
    'food-benefits': ['food stamps', 'snap', 'ebt', 'wic', 'calfresh', 'food benefits', 'food card', 'snap benefits', 'ebt card', 'supplemental nutrition'],
    housing: ['housing', 'apartment', 'affordable housing', 'low income housing', 'section 8', 'public housing', 'place to live', 'home', 'house', 'housing authority', 'home repair', 'hud'],
    shelter: ['shelter', 'homeless', 'homelessness', 'place to sleep', 'somewhere to sleep', 'nowhere to sleep', 'bed', 'bed for tonight', 'sleeping outside', 'living in my car', 'sleeping in my car', 'sleeping in car', 'living in car', 'warming center', 'cooling center', 'emergency housing', 'evicted', 'kicked out', 'no place to stay', 'unhoused', 'emergency shelter'],
    'rent-help': ['rent', 'rent help', 'rental assistance', 'rent assistance', 'behind on rent', 'back rent', 'eviction', 'evict', 'eviction notice', 'landlord', 'mortgage', 'foreclosure', 'security deposit', 'tenant rights', 'late rent'],
    utilities: ['utilities', 'utility bill', 'electric bill', 'electricity', 'power bill', 'gas bill', 'water bill', 'heating', 'heat', 'liheap', 'energy assistance', 'shut off', 'disconnection', 'light bill', 'air conditioning', 'propane'],
    employment: ['job', 'jobs', 'work', 'employment', 'unemployed', 'job training', 'resume', 'career', 'hiring', 'job search', 'job fair', 'workforce', 'apprenticeship', 'lost my job', 'fired', 'got fired', 'laid off', 'unemployment'],
    legal: ['lawyer', 'attorney', 'legal aid', 'legal help', 'legal advice', 'court', 'public defender', 'expungement', 'custody', 'divorce', 'child support', 'small claims', 'record sealing', 'free lawyer'],
    benefits: ['benefits', 'welfare', 'cash assistance', 'tanf', 'ssi', 'ssdi', 'social security', 'disability benefits', 'medicaid', 'medicare', 'health insurance', 'financial help', 'emergency money', 'financial assistance', 'unemployment benefits', 'chip'],
    health: ['doctor', 'clinic', 'medical', 'health care', 'healthcare', 'urgent care', 'er', 'emergency room', 'hospital', 'nurse', 'checkup', 'physical', 'sick', 'prescription', 'medicine', 'medication', 'pills', 'pharmacy', 'vaccine', 'shots', 'free clinic', 'primary care'],
    dental: ['dentist', 'dental', 'teeth', 'tooth', 'toothache', 'dentures', 'cleaning teeth', 'oral health'],
    vision: ['eye doctor', 'glasses', 'eyeglasses', 'vision', 'eye exam', 'optometrist', 'contacts lenses', 'eyes'],
    'mental-health': ['mental health', 'mental', 'counselor', 'counseling', 'therapist', 'therapy', 'psychiatrist', 'psychologist', 'anxiety', 'anxious', 'panic', 'panic attack', 'depression', 'sad', 'sadness', 'lonely', 'loneliness', 'anger', 'anger management', 'stress', 'grief', 'trauma', 'healing', 'ptsd', 'bipolar', 'schizophrenia', 'someone to talk to', 'behavioral health', 'emotional support'],
    'substance-use': ['rehab', 'detox', 'addiction', 'addicted', 'substance use', 'substance abuse', 'drug use', 'drug abuse', 'alcohol abuse', 'drugs', 'alcohol', 'alcoholism', 'drinking problem', 'quit drinking', 'stop drinking', 'opioids', 'heroin', 'fentanyl', 'meth', 'suboxone', 'methadone', 'narcan', 'naloxone', 'sober', 'sober living', 'treatment center', 'recovery', 'needle exchange', 'harm reduction'],
    'support-groups': ['support group', 'aa', 'na', 'alanon', 'al anon', 'alcoholics anonymous', 'narcotics anonymous', '12 step', 'twelve step', 'peer support', 'meeting', 'meetings', 'group', 'smart recovery', 'celebrate recovery', 'grief group', 'nami'],
    crisis: ['crisis', 'crisis line', 'hotline', 'helpline', 'emergency', 'suicide', '988', 'crisis center', 'mobile crisis', 'urgent help', 'talk to someone now', 'hopeless', 'hopelessness'],
    transportation: ['transportation', 'ride', 'rides', 'bus', 'bus pass', 'transit', 'car', 'gas money', 'taxi', 'medical ride', 'ride to doctor', 'paratransit', 'car repair', 'bike'],
    clothing: ['clothes', 'clothing', 'coat', 'coats', 'jacket', 'shoes', 'boots', 'winter clothes', 'uniform', 'thrift', 'clothing closet', 'work clothes'],
    'domestic-violence': ['domestic violence', 'dv', 'abuse', 'abusive relationship', 'abuser', 'battered', 'safe house', 'restraining order', 'protective order', 'sexual assault', 'rape', 'stalking', 'human trafficking', 'violence'],
    immigration: ['immigration', 'immigrant', 'green card', 'visa', 'citizenship', 'asylum', 'refugee', 'daca', 'deportation', 'undocumented', 'ice', 'work permit', 'naturalization', 'uscis'],
    disability: ['disability', 'disabled', 'handicap', 'wheelchair', 'deaf', 'blind', 'autism', 'special needs', 'developmental disability', 'sign language', 'hard of hearing', 'independent living'],
    'older-adults': ['senior', 'seniors', 'elderly', 'older adult', 'aging', 'retired', 'meals on wheels', 'senior center', 'aged', 'grandparent', 'caregiver', 'home care', 'home health', 'home health aide', 'nursing home'],
    youth: ['youth', 'teen', 'teenager', 'kids', 'children', 'child', 'young adult', 'after school', 'summer camp', 'runaway', 'mentor', 'foster youth', 'students'],
    veterans: ['veteran', 'veterans', 'vet', 'vets', 'va', 'military', 'army', 'navy', 'marine', 'air force', 'service member', 'gi bill'],
    lgbtq: ['lgbtq', 'lgbt', 'lgbtqia', 'gay', 'lesbian', 'bisexual', 'transgender', 'trans', 'queer', 'nonbinary', 'coming out', 'pride'],
    childcare: ['child care', 'childcare', 'daycare', 'day care', 'babysitter', 'babysitting', 'preschool', 'head start', 'pre k', 'prek', 'nursery', 'after school care'],
    education: ['school', 'class', 'classes', 'ged', 'hiset', 'esl', 'english class', 'learn english', 'english lessons', 'literacy', 'reading', 'tutoring', 'tutor', 'college', 'adult education', 'computer class', 'scholarship', 'education'],
    'tax-help': ['taxes', 'tax', 'tax return', 'tax prep', 'tax preparation', 'vita', 'free tax', 'file taxes', 'eitc', 'irs', 'tax refund'],
    'baby-supplies': ['diapers', 'diaper', 'baby formula', 'formula', 'wipes', 'baby clothes', 'crib', 'car seat', 'stroller', 'baby supplies', 'baby items'],
    pregnancy: ['pregnant', 'pregnancy', 'prenatal', 'expecting', 'maternity', 'midwife', 'doula', 'new mom', 'postpartum', 'breastfeeding', 'lactation', 'ob gyn'],
    'sexual-health': ['hiv', 'aids', 'std', 'sti', 'std testing', 'hiv test', 'prep', 'birth control', 'contraception', 'condoms', 'family planning', 'sexual health', 'planned parenthood', 'abortion'],
    'phone-internet': ['internet', 'wifi', 'wi fi', 'phone', 'cell phone', 'free phone', 'lifeline phone', 'obama phone', 'computer', 'laptop', 'broadband', 'affordable connectivity', 'hotspot'],
  },
  fillers: ['a', 'an', 'the', 'i', 'im', 'ive', 'me', 'my', 'we', 'us', 'our', 'you', 'need', 'needs', 'want', 'looking', 'look', 'for', 'find', 'get', 'getting', 'help', 'helping', 'aid', 'aide', 'feel', 'feels', 'feeling', 'felt', 'with', 'to', 'of', 'in', 'on', 'at', 'and', 'or', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'got', 'where', 'can', 'how', 'who', 'what', 'some', 'any', 'near', 'nearby', 'close', 'around', 'please', 'free', 'services', 'service', 'program', 'programs', 'assistance', 'support', 'resources', 'resource', 'local', 'area', 'do', 'does', 'there', 'place', 'places', 'tonight', 'today', 'now', 'pay', 'paying', 'cant', 'cannot', 'dont', 'doesnt', 'didnt', 'wont', 'isnt', 'arent', 'wasnt', 'havent', 'couldnt'],
};
