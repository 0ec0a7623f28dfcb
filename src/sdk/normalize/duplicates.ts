// A feed may hold one id twice: the same record exported twice, a list summary beside its full record,
// or two different services that share an id by mistake. None of them may hide the other.
import type { Listing } from '../model.js';

const isEmpty = (value: unknown): boolean => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => !isEmpty((a as Record<string, unknown>)[key]));
  const keysB = Object.keys(b).filter((key) => !isEmpty((b as Record<string, unknown>)[key]));
  return keysA.length === keysB.length && keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** True when everything `partial` says, `full` says too (a list item beside its detail record). */
function includes(full: Listing, partial: Listing): boolean {
  return Object.entries(partial).every(([key, value]) => isEmpty(value) || deepEqual(full[key as keyof Listing], value));
}

/**
 * How to keep a second record with an id already seen: `same` (identical: one listing), `fuller-first` or
 * `fuller-second` (one holds all of the other: keep that one), or `different` (keep both).
 */
export function compareDuplicate(first: Listing, second: Listing): 'same' | 'fuller-first' | 'fuller-second' | 'different' {
  const firstHoldsSecond = includes(first, second);
  const secondHoldsFirst = includes(second, first);
  if (firstHoldsSecond && secondHoldsFirst) return 'same';
  if (firstHoldsSecond) return 'fuller-first';
  return secondHoldsFirst ? 'fuller-second' : 'different';
}
