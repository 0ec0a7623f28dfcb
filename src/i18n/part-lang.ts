/**
 * The `lang` to mark on text written in `textLang` inside an interface in `uiLang` (WCAG 3.1.2), or
 * undefined when both are the same language and nothing needs marking. Compares primary subtags, so an
 * `en-US` feed in an `en` interface is not marked.
 */
export function partLang(textLang: string | undefined, uiLang: string): string | undefined {
  const primary = (tag: string) => tag.trim().toLowerCase().split('-')[0];
  if (!textLang?.trim()) return undefined;
  return primary(textLang) === primary(uiLang) ? undefined : textLang.trim();
}
