// Whether a service costs anything, read from `fees_description` / deprecated `fees` and `cost_options`.
const SAYS_FREE = /(?:^|[^-\w])(?:free|no (?:cost|charge|fees?)|without charge|gratis|gratuit[oa]?)\b|[$£€]\s?0(?:\.00?)?(?![\d.,])/i;
const SAYS_PRICE =
  /[$£€¥]\s?\d*[1-9]|\b\d+(?:[.,]\d+)?\s?(?:usd|gbp|eur|dollars?|pounds?|euros?)\b|\bsliding[\s-]+(?:fee\s+)?scale\b/i;

/** True when free, false when something is charged (a price anywhere wins), undefined when unknown. */
export function isFree(texts: readonly (string | undefined)[], amounts: readonly (number | undefined)[]): boolean | undefined {
  if (amounts.some((amount) => amount !== undefined && amount > 0)) return false;
  const text = texts.filter(Boolean).join('\n').replace(/feel free/gi, '');
  if (SAYS_PRICE.test(text)) return false;
  return amounts.includes(0) || SAYS_FREE.test(text) ? true : undefined;
}
