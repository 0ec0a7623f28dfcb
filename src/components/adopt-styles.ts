import type { CSSResult } from 'lit';

/**
 * Adds a lazy chunk's styles to the shadow root it renders into, once, so the entry bundle does not carry
 * them. Constructable stylesheets need no inline style, so this works under a strict CSP.
 */
export function adoptStyles(root: Node | null | undefined, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
