/**
 * Words that signal a visitor may be in crisis, in every interface language. A search that contains one
 * brings the crisis lines forward. Matching is on folded text (no case, no accents), as whole words where
 * the script has spaces, as substrings where it has none (Chinese).
 */
const TERMS = [
  // English
  'suicide', 'suicidal', 'kill myself', 'end my life', 'want to die', 'self harm', 'self-harm', 'cutting',
  'overdose', 'od', 'domestic violence', 'abuse', 'abused', 'rape', 'sexual assault', 'crisis', 'hopeless',
  // Spanish
  'suicidio', 'suicida', 'suicidas', 'suicidarme', 'suicidarse', 'matarme', 'me quiero matar', 'quiero morir', 'autolesion', 'sobredosis',
  'violencia domestica', 'abuso', 'violacion',
  // Vietnamese
  'tu tu', 'tu sat', 'qua lieu', 'bao luc gia dinh', 'tu hai',
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

// Chinese (simplified and traditional) has no spaces: substring match.
const SUBSTRING_TERMS = ['自杀', '自殺', '轻生', '輕生', '自残', '自殘', '过量', '過量', '家暴', '家庭暴力'];

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

/** Words of folded text, with Arabic prefixes stripped, between spaces: " كلمة word ". */
const words = (text: string) => ` ${fold(text).split(/[^\p{L}\p{N}]+/u).map(arabicStem).join(' ')} `;

const termWords = TERMS.map((term) => words(term));

export function isCrisisSearch(text: string | undefined): boolean {
  if (!text) return false;
  const folded = fold(text);
  if (SUBSTRING_TERMS.some((term) => folded.includes(term))) return true;
  const padded = words(text);
  return termWords.some((term) => padded.includes(term));
}
