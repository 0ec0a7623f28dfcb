/**
 * Builds the `IntlData` of a UI language that ICU has no data for, from its own words: imported only by
 * such a language's translation module, so it and the words travel in that language's lazy chunk.
 */
import type { IntlData } from './formatters.js';

type Seven = readonly [string, string, string, string, string, string, string];
type Twelve = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

export interface IntlWords {
  /** A locale ICU has whose date patterns the language uses: the order of day and month, the clock. */
  base: string;
  /** Weekday names, Monday first. */
  weekdays: { long: Seven; short: Seven };
  /** Month names, January first. */
  months: { long: Twelve; short: Twelve };
  /** The words that join the last two items of a list: "a, b and c", "a, b or c". */
  conjunctions: { and: string; or: string };
  /** Names of languages, by lower-case BCP 47 code; other codes are named in the base locale. */
  languages: Record<string, string>;
}

const WIDTHS = ['long', 'short'] as const;
// A weekday or month name alone, and inside a date (where some languages inflect it).
const CONTEXTS: Intl.DateTimeFormatOptions[] = [{}, { day: 'numeric' }];

/**
 * Maps each weekday and month name of the base locale, as Intl writes it in this browser, to the
 * language's word of the same width: `createFormatters` then formats dates with the base locale and
 * swaps the words in ("mardi 3 mars" → "madi 3 mas").
 */
export function intlData({ base, weekdays, months, conjunctions, languages }: IntlWords): IntlData {
  const names = new Map<string, string>();
  const learn = (type: 'weekday' | 'month', words: IntlWords['weekdays'] | IntlWords['months'], date: (index: number) => Date) => {
    for (const width of WIDTHS) {
      for (const context of CONTEXTS) {
        const format = new Intl.DateTimeFormat(base, { ...context, [type]: width, timeZone: 'UTC' });
        words[width].forEach((word, index) => {
          const part = format.formatToParts(date(index)).find((candidate) => candidate.type === type);
          if (part) names.set(part.value, word);
        });
      }
    }
  };
  learn('weekday', weekdays, (index) => new Date(Date.UTC(2024, 0, 1 + index))); // 2024-01-01 was a Monday
  learn('month', months, (index) => new Date(Date.UTC(2024, index, 15)));
  for (const [type, word] of [['conjunction', conjunctions.and], ['disjunction', conjunctions.or]] as const) {
    const joiner = new Intl.ListFormat(base, { type }).formatToParts(['a', 'b']).find((part) => part.type === 'literal');
    if (joiner) names.set(joiner.value, joiner.value.replace(/\S+/, word));
  }
  return { base, names, languages: new Map(Object.entries(languages)) };
}
