import { editDistance } from './edit-distance.js';

/**
 * The candidate nearest to a word that matched nothing, within a few edits for its length (one up to 4
 * letters, two up to 8, three beyond): spelling slips that search's own typo allowance did not cover.
 */
export function closestWord(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length >= 9 ? 3 : word.length >= 5 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word || candidate.length < 3) continue;
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
