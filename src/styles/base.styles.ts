import { css } from 'lit';

/**
 * Shared by every element: the default theme, a box-sizing reset, `[hidden]` that host CSS cannot undo, and
 * visually hidden text for screen readers. Public `--rd-*` properties are only read here, with fallbacks,
 * into private `--_*` ones, so a host page can theme from any ancestor and internals stay free to change.
 *
 * The default theme: a system sans-serif at 16 px or more, the page's own text color, surfaces and borders
 * tinted from that color (so they suit a light page and a dark one alike), and one petrol accent for actions,
 * links and focus rings, light or dark as the page's `color-scheme` says. The font is chosen once, on the
 * outermost element: `resource-directory { font-family: inherit }` in the page gives it the page's font, and
 * cards nested inside inherit whatever it has rather than choosing again.
 */
export const baseStyles = css`
  :host {
    --_font: var(--rd-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_text: var(--rd-text-color, currentColor);
    --_muted: var(--rd-muted-color, color-mix(in srgb, var(--_text) 75%, transparent));
    --_surface: var(--rd-surface-color, color-mix(in srgb, var(--_text) 4%, transparent));
    --_border: var(--rd-border-color, color-mix(in srgb, var(--_text) 22%, transparent));
    --_accent: var(--rd-accent-color, light-dark(#005f73, #7dd3e0));
    --_accent-text: var(--rd-accent-text-color, light-dark(#fff, #0d1b1e));
    --_focus: var(--rd-focus-color, var(--_accent));
    --_warning: var(--rd-warning-color, light-dark(#8a4b00, #ffc266));
    --_crisis: var(--rd-crisis-color, light-dark(#a4001d, #ffb3b3));
    --_radius: var(--rd-radius, 0.5rem);
    --_space: var(--rd-spacing, 1rem);
    --_gap: var(--rd-result-gap, 0.75rem);
    font-family: var(--_font);
    font-size: var(--rd-font-size, max(1em, 16px));
    color: var(--_text);
    line-height: 1.5;
    /* Long words wrap (WCAG 1.4.10, 1.4.12) */
    overflow-wrap: anywhere;
  }
  resource-card {
    font-family: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Focus scrolls clear of the sticky quick exit (WCAG 2.4.11) */
  * {
    scroll-margin-block-start: var(--_sticky-clearance, 0px);
  }
  [hidden],
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
