import { css } from 'lit';

/**
 * Shared by every element: a box-sizing reset, `[hidden]` that host CSS cannot undo, and visually hidden
 * text for screen readers. Public `--rd-*` properties are only read here, with fallbacks, into private
 * `--_*` ones, so a host page can theme from any ancestor and internals stay free to change.
 */
export const baseStyles = css`
  :host {
    --_font: var(--rd-font-family, inherit);
    --_text: var(--rd-text-color, currentColor);
    --_muted: var(--rd-muted-color, color-mix(in srgb, var(--_text) 72%, transparent));
    --_surface: var(--rd-surface-color, transparent);
    --_border: var(--rd-border-color, color-mix(in srgb, var(--_text) 22%, transparent));
    --_accent: var(--rd-accent-color, LinkText);
    --_accent-text: var(--rd-accent-text-color, Canvas);
    --_warning: var(--rd-warning-color, light-dark(#8a4b00, #ffc266));
    --_crisis: var(--rd-crisis-color, light-dark(#a4001d, #ffb3b3));
    --_radius: var(--rd-radius, 0.5rem);
    --_space: var(--rd-spacing, 1rem);
    --_gap: var(--rd-result-gap, 0.75rem);
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    /* Long words wrap (WCAG 1.4.10, 1.4.12) */
    overflow-wrap: anywhere;
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
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
