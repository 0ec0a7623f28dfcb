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

/** One set per language (and its ICU stand-in): every card and element on the page shares it. */
const shared = new Map<string, { data: IntlData | undefined; formatters: Formatters }>();

/**
 * Intl objects made once per set of options: constructing one costs far more than formatting with it, and a
 * page of cards formats the same few kinds of dates, times and numbers hundreds of times.
 */
function cachedBy<O extends object, F>(make: (options?: O) => F): (options?: O) => F {
  const made = new Map<string, F>();
  return (options) => {
    const key = options ? JSON.stringify(options) : '';
    let formatter = made.get(key);
    if (!formatter) made.set(key, (formatter = make(options)));
    return formatter;
  };
}

export function createFormatters(lang: string, data?: IntlData): Formatters {
  const known = shared.get(lang);
  if (known && known.data === data) return known.formatters;
  const formatters = makeFormatters(lang, data);
  shared.set(lang, { data, formatters });
  return formatters;
}

function makeFormatters(lang: string, data?: IntlData): Formatters {
  const plurals = new Intl.PluralRules(lang);
  // The language's own data stands in only while Intl has none for it: Intl would use the browser's
  // default locale (usually English), so a Creole sentence would say "Tuesday" and "5:00 PM".
  const own = Intl.DateTimeFormat.supportedLocalesOf(lang).length ? undefined : data;
  const locale = own?.base ?? lang;
  const numberFormat = cachedBy((options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
  const listFormat = cachedBy((options?: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));
  const dateFormat = cachedBy((options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
  let languageNames: Intl.DisplayNames | undefined;
  return {
    lang,
    number: (value, options) => numberFormat(options).format(value),
    plural: (count, forms) => forms[plurals.select(count)] ?? forms.other,
    list: (items, type = 'conjunction') =>
      own
        ? listFormat({ type })
            .formatToParts(items)
            .map((part) => (part.type === 'literal' ? (own.names.get(part.value) ?? part.value) : part.value))
            .join('')
        : listFormat({ type }).format(items),
    date: (value, options) =>
      own
        ? dateFormat(options)
            .formatToParts(value)
            .map((part) => own.names.get(part.value) ?? part.value)
            .join('')
        : dateFormat(options).format(value),
    language: (code) => {
      try {
        // "es-MX" in Creole: "panyòl", from the language's own names, before the base locale's "espagnol (Mexique)".
        const ownName = own?.languages.get(code.toLowerCase()) ?? own?.languages.get(code.toLowerCase().split('-')[0]);
        languageNames ??= new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
        return ownName ?? languageNames.of(code);
      } catch {
        return undefined; // not a well-formed language code
      }
    },
  };
}
