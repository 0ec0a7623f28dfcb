// A webmaster's accent colour, checked as the directory uses it: the text on its buttons, and links on a page.

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** Black or white, whichever reads better on the accent: the text of the primary buttons. */
export const textOn = (accent: string): string => (contrast(luminance(accent), 1) >= contrast(luminance(accent), 0) ? '#ffffff' : '#000000');

/** The accent's contrast with a white page, for links and focus rings (WCAG asks 4.5 for text). */
export const contrastOnWhite = (accent: string): number => contrast(luminance(accent), 1);
