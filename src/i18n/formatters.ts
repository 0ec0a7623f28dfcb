/** Intl-backed formatting for one UI language, shared by every translation function. */
export interface Formatters {
  readonly lang: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  plural(count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string;
  list(items: string[], type?: Intl.ListFormatType): string;
  date(value: Date, options?: Intl.DateTimeFormatOptions): string;
}

export function createFormatters(lang: string): Formatters {
  const plurals = new Intl.PluralRules(lang);
  return {
    lang,
    number: (value, options) => new Intl.NumberFormat(lang, options).format(value),
    plural: (count, forms) => forms[plurals.select(count)] ?? forms.other,
    list: (items, type = 'conjunction') => new Intl.ListFormat(lang, { type }).format(items),
    date: (value, options) => new Intl.DateTimeFormat(lang, options).format(value),
  };
}
