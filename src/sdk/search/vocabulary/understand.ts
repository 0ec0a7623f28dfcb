import SearchableMap from 'minisearch/SearchableMap';
import { editDistance, startsAlike, typosAllowed } from '../edit-distance.js';
import { stem } from '../search-terms.js';
import { searchWords, UNSPACED } from '../search-words.js';
import type { NeedQuery, TextClause, UnderstoodText } from '../understood-text.js';
import type { Vocabulary } from './vocabulary.js';

/** Most typos any entry word forgives (see typosAllowed): candidates are looked up within as many. */
const MAX_TYPOS = 2;
const HANGUL = /\p{Script=Hangul}/u;

/** One word of a vocabulary entry, ready to compare with a typed word. */
interface EntryWord {
  folded: string;
  stem: string;
  /** Matches any word starting so: a `*` entry, or Korean (particles attach to the word). */
  prefix: boolean;
  typos: number;
}

interface Entry {
  need: NeedQuery;
  language: string;
  words: EntryWord[];
  /** Chinese and Japanese: matched anywhere inside a typed run of characters. */
  unspaced?: string;
}

interface Compiled {
  entries: Entry[];
  /** Entries by the stem of their first word, for exact matches. */
  byFirstStem: Map<string, Entry[]>;
  /** Entries whose first word is a prefix. */
  prefixed: Entry[];
  /** Entries whose first word may be typed with typos, by that word: looked up within a few edits. */
  byFirstWord: SearchableMap<Entry[]>;
  unspaced: Entry[];
  fillers: Set<string>;
  /** The stems of every entry's words and every filler: words of their own, never read as typos of others. */
  known: Set<string>;
  /** Each need's words by language, to search listings with. */
  wordsOf: Map<string, Record<string, string[]>>;
}

function entryWord(word: string, starred: boolean): EntryWord {
  const prefix = starred || HANGUL.test(word);
  return { folded: word, stem: stem(word), prefix, typos: prefix || /\d/.test(word) ? 0 : typosAllowed(word) };
}

function compile(vocabulary: Vocabulary): Compiled {
  const compiled: Compiled = { entries: [], byFirstStem: new Map(), prefixed: [], byFirstWord: new SearchableMap(), unspaced: [], fillers: new Set(), known: new Set(), wordsOf: new Map() };
  for (const need of vocabulary.needs) {
    const query: NeedQuery = { id: need.id, codes: need.codes ?? [], categories: need.categories ?? [], terms: [] };
    const words = { ...need.words };
    compiled.wordsOf.set(need.id, words);
    const sources: [string, string[]][] = [['en', need.categories ?? []], ...Object.entries(words)];
    for (const [language, list] of sources) {
      for (const raw of list) {
        const starred = raw.trim().endsWith('*');
        const folded = searchWords(starred ? raw.trim().slice(0, -1) : raw);
        if (!folded.length) continue;
        const entry: Entry = { need: query, language, words: folded.map((word, i) => entryWord(word, starred && i === folded.length - 1)) };
        if (folded.length === 1 && UNSPACED.test(folded[0]!)) {
          compiled.unspaced.push({ ...entry, unspaced: folded[0] });
          continue;
        }
        compiled.entries.push(entry);
        for (const word of entry.words) if (!word.prefix) compiled.known.add(word.stem);
        const first = entry.words[0]!;
        if (first.prefix) compiled.prefixed.push(entry);
        else if (first.folded.length >= 4) compiled.byFirstWord.fetch(first.folded, () => []).push(entry);
        if (!first.prefix) {
          const same = compiled.byFirstStem.get(first.stem);
          if (same) same.push(entry);
          else compiled.byFirstStem.set(first.stem, [entry]);
        }
      }
    }
  }
  for (const list of Object.values(vocabulary.fillers ?? {})) {
    for (const filler of list) {
      for (const word of searchWords(filler)) {
        compiled.fillers.add(word);
        compiled.known.add(stem(word));
      }
    }
  }
  return compiled;
}

/** How well a typed word matches an entry's word: 2 exactly (word forms aside), 1 with typos, 0 not. */
function wordMatch(typed: string, word: EntryWord, allowTypos: boolean, compiled: Compiled): number {
  if (word.prefix) return typed.startsWith(word.folded) ? 2 : 0;
  // A filler names a need only as typed, or as a form of another filler ("need" in "special needs"): the
  // French "aide" (help) is not a form of "aids".
  if (stem(typed) === word.stem) return typed === word.folded || !compiled.fillers.has(typed) || compiled.fillers.has(word.folded) ? 2 : 0;
  // A word the vocabulary knows in some form, in any language loaded (a need's word, a filler), is never read
  // as a typo of another ("where" is not "wheels", "mental" not "dental"); typos are allowed by the longer
  // word's length, so "foood" is food, but "rant" is not rent, and keep the start ("kills" is not "pills").
  const typos = Math.max(word.typos, typosAllowed(typed));
  if (!allowTypos || !typos || typed.length < 5 || word.folded.length < 4 || compiled.known.has(stem(typed)) || !startsAlike(typed, word.folded)) return 0;
  return editDistance(typed, word.folded, typos) <= typos ? 1 : 0;
}

interface Matches {
  entries: Entry[];
  length: number;
  /** The typed words read as typos of the entries' words. */
  typos: string[];
}

/** The entries matching the typed words from `start`, longest first; exact matches before typo ones. */
function matchesAt(typed: readonly string[], start: number, compiled: Compiled): Matches {
  const word = typed[start]!;
  for (const allowTypos of [false, true]) {
    const candidates = allowTypos
      ? word.length < 5 || compiled.fillers.has(word)
        ? []
        : [...compiled.byFirstWord.fuzzyGet(word, MAX_TYPOS).values()].flatMap(([entries]) => entries)
      : [...(compiled.byFirstStem.get(stem(word)) ?? []), ...compiled.prefixed];
    let best: Entry[] = [];
    let length = 0;
    const typos = new Set<string>();
    for (const entry of candidates) {
      if (entry.words.length < length || start + entry.words.length > typed.length) continue;
      const matches = entry.words.map((word, i) => wordMatch(typed[start + i]!, word, allowTypos, compiled));
      if (matches.includes(0)) continue;
      if (entry.words.length > length) {
        best = [entry];
        length = entry.words.length;
        typos.clear();
      } else best.push(entry);
      matches.forEach((match, i) => match === 1 && typos.add(typed[start + i]!));
    }
    if (best.length) return { entries: best, length, typos: [...typos] };
  }
  return { entries: [], length: 0, typos: [] };
}

/**
 * The needs an entry list names. A listing speaks of a need in the words feeds use for it (its category
 * names) or, when the visitor wrote in another language, in that language's words for it: not in every
 * everyday English word ("group", "meeting"), which would find far too much.
 */
function needsOf(entries: readonly Entry[], compiled: Compiled): NeedQuery[] {
  const languages = new Map<string, Set<string>>();
  for (const { need, language } of entries) {
    const seen = languages.get(need.id) ?? new Set<string>();
    if (language !== 'en') seen.add(language);
    languages.set(need.id, seen);
  }
  const needs = new Map(entries.map(({ need }) => [need.id, need]));
  return [...needs.values()].map((need) => {
    const words = compiled.wordsOf.get(need.id) ?? {};
    const terms = new Set([...need.categories, ...[...languages.get(need.id)!].flatMap((language) => words[language] ?? [])]);
    return { ...need, terms: [...terms] };
  });
}

const compiledVocabularies = new WeakMap<Vocabulary, Compiled>();

/**
 * A search text as clauses: the words that name a need ("food stamps", "comida", "住房", "shleter") become
 * one clause that the need's services match as well as the words; words that carry no need ("where can I
 * get") are dropped when others remain; each other word is a clause of its own.
 */
export function understand(text: string, vocabulary: Vocabulary): UnderstoodText {
  let compiled = compiledVocabularies.get(vocabulary);
  if (!compiled) compiledVocabularies.set(vocabulary, (compiled = compile(vocabulary)));
  const typed = searchWords(text);
  // In the order typed: the last word may be a prefix still being typed.
  const parts: { clause: TextClause; filler: boolean }[] = [];
  const literal = (word: string) =>
    parts.push({ clause: { words: [word], needs: [], ...(compiled.known.has(stem(word)) && { known: true }) }, filler: compiled.fillers.has(word) });
  for (let i = 0; i < typed.length; ) {
    const word = typed[i]!;
    if (UNSPACED.test(word)) {
      const entries = compiled.unspaced.filter((entry) => word.includes(entry.unspaced!));
      if (entries.length) parts.push({ clause: { words: [word], needs: needsOf(entries, compiled) }, filler: false });
      else literal(word);
      i++;
      continue;
    }
    const { entries, length, typos } = matchesAt(typed, i, compiled);
    if (entries.length) {
      const clause: TextClause = { words: typed.slice(i, i + length), needs: needsOf(entries, compiled), ...(typos.length ? { typos } : { known: true }) };
      parts.push({ clause, filler: false });
      i += length;
    } else literal(typed[i++]!);
  }
  const allFillers = parts.every((part) => part.filler);
  return { clauses: parts.filter((part) => allFillers || !part.filler).map((part) => part.clause) };
}
