/** Intl-backed formatting for one UI language, shared by every translation function. */
export interface Formatters {
  readonly lang: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  plural(count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string;
  list(items: string[], type?: Intl.ListFormatType): string;
  date(value: Date, options?: Intl.DateTimeFormatOptions): string;
  /** A language's name in the UI language ("es" → "Spanish"), or undefined for a code Intl cannot name. */
  language(code: string): string | undefined;
}

/**
 * What a UI language needs that ICU lacks (Haitian Creole has no dates or language names in ICU): a base
 * locale whose date patterns it borrows, its own words for the base locale's weekdays and months, and
 * its own names of languages. Built in the language's lazy chunk by `intlData()` (intl-data.ts).
 */
export interface IntlData {
  readonly base: string;
  /**
   * The base locale's weekday and month names, as they appear in its dates, and the words between list
   * items (" et "), to the language's own. No other part of a date (digits, separators, "à") is such a
   * name, so matching parts are swapped by value.
   */
  readonly names: ReadonlyMap<string, string>;
  /** Names of languages, by lower-case code. */
  readonly languages: ReadonlyMap<string, string>;
}

const made = new Map<string, unknown>();

/**
 * An Intl object made once per kind, locale and options, for the whole page: making one costs far more than
 * formatting with it, and every card formats the same few kinds of dates, times and numbers.
 */
function cached<T, O>(Make: new (locale: string, options?: O) => T, locale: string, options?: O): T {
  const key = Make.name + locale + JSON.stringify(options);
  let formatter = made.get(key) as T | undefined;
  if (!formatter) made.set(key, (formatter = new Make(locale, options)));
  return formatter;
}

export function createFormatters(lang: string, data?: IntlData): Formatters {
  const plurals = cached(Intl.PluralRules, lang);
  // The language's own data stands in only while Intl has none for it: Intl would use the browser's
  // default locale (usually English), so a Creole sentence would say "Tuesday" and "5:00 PM".
  const own = Intl.DateTimeFormat.supportedLocalesOf(lang).length ? undefined : data;
  const locale = own?.base ?? lang;
  return {
    lang,
    number: (value, options) => cached(Intl.NumberFormat, locale, options).format(value),
    plural: (count, forms) => forms[plurals.select(count)] ?? forms.other,
    list: (items, type = 'conjunction') =>
      own
        ? new Intl.ListFormat(own.base, { type })
            .formatToParts(items)
            .map((part) => (part.type === 'literal' ? (own.names.get(part.value) ?? part.value) : part.value))
            .join('')
        : new Intl.ListFormat(lang, { type }).format(items),
    date: (value, options) =>
      own
        ? cached(Intl.DateTimeFormat, locale, options)
            .formatToParts(value)
            .map((part) => own.names.get(part.value) ?? part.value)
            .join('')
        : cached(Intl.DateTimeFormat, locale, options).format(value),
    language: (code) => {
      try {
        // "es-MX" in Creole: "panyòl", from the language's own names, before the base locale's "espagnol (Mexique)".
        const ownName = own?.languages.get(code.toLowerCase()) ?? own?.languages.get(code.toLowerCase().split('-')[0]);
        return ownName ?? new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
      } catch {
        return undefined; // not a well-formed language code
      }
    },
  };
}
