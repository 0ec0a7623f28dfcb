// At least a few characters, so an abbreviation at the start ("Mon.", "Dr.") does not end the sentence.
const FIRST_SENTENCE = /^.{10,}?[.!?](?=\s|$)/;

/**
 * A card's short text: the first sentence of the first line (HSDS guidance), cut at a word boundary with an
 * ellipsis when it is longer than `max` characters.
 */
export function summarize(description: string, max = 200): string {
  const line = description.slice(0, description.indexOf('\n') + 1 || undefined).trim();
  const sentence = FIRST_SENTENCE.exec(line)?.[0] ?? line;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,;:–—-]+$/, '')}…`;
}
