import { editDistance, startsAlike, typosAllowed } from './edit-distance.js';

/**
 * The candidate nearest to a word that matched nothing, as a typo of it: within the typos search forgives
 * (one from 5 letters, two from 9), the start kept. Never for a shorter word, nor further: short words are
 * mostly real words ("was" is not "gas", "wake" not "wage"), and two edits from "lonely" is "money",
 * three from "disappear" is "diaper".
 */
export function closestWord(word: string, candidates: Iterable<string>): string | undefined {
  const limit = typosAllowed(word);
  if (!limit) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word || candidate.length < 3 || !startsAlike(word, candidate)) continue;
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
