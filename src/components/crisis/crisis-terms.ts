import { LONE_COMPANIONS, LONE_PHRASES, OTHER_SENSES, PHRASES, SUBSTRING_PHRASES } from './crisis-phrases.js';

/**
 * Words that signal a visitor may be in crisis, in every interface language. A search that contains one
 * brings the crisis lines forward. Matching is on folded text (no case, no accents), as whole words where
 * the script has spaces, as substrings where it has none (Chinese).
 */
const TERMS = [
  // English
  'suicide', 'suicidal', 'kill myself', 'end my life', 'want to die', 'self harm', 'self harming', 'selfharm', 'selfharming',
  'overdose', 'over dose', 'over dosed', 'domestic violence', 'abuse', 'abused', 'rape', 'sexual assault', 'crisis', 'hopeless',
  // Spanish
  'suicidio', 'suicida', 'suicidas', 'suicidarme', 'suicidarse', 'matarme', 'me quiero matar', 'quiero morir', 'autolesion', 'sobredosis',
  'violencia domestica', 'abuso', 'violacion',
  // Vietnamese
  'tu tu', 'tu sat', 'qua lieu', 'bao luc gia dinh', 'tu hai', 'hiep dam', 'cuong hiep', 'xam hai', 'lam dung tinh duc',
  'tan cong tinh duc', 'bao hanh', 'nguoc dai', 'chan song', 'chan doi',
  // Tagalog
  'magpakamatay', 'pagpapakamatay', 'labis na dosis', 'karahasan sa tahanan',
  // Korean
  '자살', '자해', '과다복용', '가정폭력',
  // Arabic
  'انتحار', 'انتحاري', 'انتحارية', 'انتحر', 'جرعة زائدة', 'العنف الاسري', 'ايذاء النفس',
  // Russian
  'суицид', 'самоубийство', 'передозировка', 'домашнее насилие', 'самоповреждение',
  // Haitian Creole
  'swisid', 'touye tet mwen', 'vyolans domestik', 'surdoz',
  // French
  'suicidaire', 'me tuer', 'automutilation', 'surdose', 'violence conjugale', 'violence domestique',
  // Portuguese
  'suicidio', 'me matar', 'automutilacao', 'overdose', 'violencia domestica',
];

/** Core words that still count misspelt, one typo away ("sucide", "kill myslef"). */
const SPELLED_RIGHT = ['suicide', 'suicidal', 'suicidio', 'myself', 'overdose'];
/** Real words one typo from a core word. */
const NOT_TYPOS = new Set(['overdone']);

// Chinese (simplified and traditional) has no spaces: substring match.
const SUBSTRING_TERMS = [
  '自杀', '自殺', '轻生', '輕生', '自残', '自殘', '过量', '過量', '家暴', '家庭暴力', '虐待', '受虐', '施暴', '打老婆',
  '强奸', '強姦', '强暴', '強暴', '性侵', '猥亵', '猥褻', '乱伦', '亂倫',
];

export const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd').replace(/\s+/g, ' ').trim();

/**
 * Arabic writes "and", "so", "by", "for", "as" and "the" onto the next word ("وبالانتحار", "للعنف"):
 * strip them from words long enough to carry them, in text and terms alike.
 */
function arabicStem(word: string): string {
  let stem = word;
  if (/^[وف]/.test(stem) && stem.length > 4) stem = stem.slice(1);
  if (stem.startsWith('لل') && stem.length > 4) return stem.slice(2);
  if (/^[بكل]/.test(stem) && stem.length > 4) stem = stem.slice(1);
  return stem.startsWith('ال') && stem.length > 4 ? stem.slice(2) : stem;
}

/** English contractions lose their apostrophe ("can't" → "cant"), so typed with or without one they match. */
const joinContractions = (text: string) => text.replace(/(\p{L})['’ʼ](t|m|s|re|ve|ll|d)\b/gu, '$1$2');

/** Folded words, with Arabic prefixes stripped. */
const wordList = (text: string) => fold(joinContractions(text)).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(arabicStem);

/** Words of folded text between spaces: " كلمة word ". */
const words = (text: string) => ` ${wordList(text).join(' ')} `;

const termWords = TERMS.map((term) => words(term));

/** Other words a phrase allows between two of its words ("want to really die"). */
const WORDS_BETWEEN = 3;

type WordTest = (word: string) => boolean;

/** `a|b` is either word; a trailing `*` any word starting so. */
function wordTest(slot: string): WordTest {
  const tests = slot.split('|').map((option): WordTest => {
    const prefix = option.endsWith('*');
    const stem = arabicStem(fold(prefix ? option.slice(0, -1) : option));
    return prefix ? (word) => word.startsWith(stem) : (word) => word === stem;
  });
  return (word) => tests.some((test) => test(word));
}

const phraseTests = PHRASES.map((phrase) => phrase.split(' ').map(wordTest));
const loneTests = LONE_PHRASES.map((phrase) => phrase.split(' ').map(wordTest));
const otherSenseTests = OTHER_SENSES.map((phrase) => phrase.split(' ').map(wordTest));
const companions = new Set(wordList(LONE_COMPANIONS));

/** The phrase's words appear in order, each within WORDS_BETWEEN words of the one before. */
function hasPhrase(text: readonly string[], phrase: readonly WordTest[], from = 0, slot = 0, window = text.length): boolean {
  if (slot === phrase.length) return true;
  const end = Math.min(text.length, from + window);
  for (let index = from; index < end; index++) {
    if (phrase[slot](text[index]) && hasPhrase(text, phrase, index + 1, slot + 1, WORDS_BETWEEN + 1)) return true;
  }
  return false;
}

/** The search is the lone phrase, give or take its companions: "i keep cutting" is "cutting". */
function isLonePhrase(text: readonly string[], phrase: readonly WordTest[]): boolean {
  const rest = text.filter((word) => !companions.has(word) || phrase.some((test) => test(word)));
  return rest.length === phrase.length && phrase.every((test, index) => test(rest[index]));
}

/** The words left once those used in another sense are taken out: "drug abuse counseling" is "counseling". */
function withoutOtherSenses(text: readonly string[]): string[] {
  const taken = new Set<number>();
  for (const phrase of otherSenseTests) {
    for (let start = 0; start + phrase.length <= text.length; start++) {
      if (phrase.every((test, offset) => test(text[start + offset]))) phrase.forEach((_, offset) => taken.add(start + offset));
    }
  }
  return text.filter((_, index) => !taken.has(index));
}

/**
 * One letter left out, added or changed, or two neighbours swapped ("sucide", "suiside", "myslef"). Not the
 * SDK's editDistance: its chunk (local search, 5.4 KiB gzip) would come with the crisis words, which could
 * not alarm until it arrived.
 */
function oneTypoApart(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  return (restA.length <= 1 && restB.length <= 1 && restA !== restB) || (restB.length === 2 && restA === restB[1] + restB[0]);
}

const spelledRight = (word: string) => (NOT_TYPOS.has(word) ? word : (SPELLED_RIGHT.find((core) => oneTypoApart(word, core)) ?? word));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Parts joined by up to ten characters; a space in a part stands for any spacing, or none; `a|b` is either. */
const substringPatterns = SUBSTRING_PHRASES.map(
  (phrase) =>
    new RegExp(
      phrase
        .split('…')
        .map((part) => `(?:${part.split('|').map((option) => fold(option).split(' ').map(escape).join('\\s*')).join('|')})`)
        .join('.{0,10}'),
      'u',
    ),
);

export function isCrisisSearch(text: string | undefined): boolean {
  if (!text) return false;
  const folded = fold(text);
  if (SUBSTRING_TERMS.some((term) => folded.includes(term))) return true;
  if (substringPatterns.some((pattern) => pattern.test(folded))) return true;
  const list = withoutOtherSenses(wordList(text).map(spelledRight));
  const padded = ` ${list.join(' ')} `;
  if (termWords.some((term) => padded.includes(term))) return true;
  if (loneTests.some((phrase) => isLonePhrase(list, phrase))) return true;
  return phraseTests.some((phrase) => hasPhrase(list, phrase));
}
