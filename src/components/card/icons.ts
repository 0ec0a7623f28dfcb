import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

// Small line icons drawn for this widget on a 24-unit grid (stroke 2, round joins), in the text color.
// They sit beside a visible text label and are hidden from assistive technology.
const PATHS = {
  call: svg`<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2"/>`,
  text: svg`<path d="M4 5h16v11H10l-5 4v-4H4z"/>`,
  directions: svg`<path d="M3 11 21 3l-8 18-2-8z"/>`,
  website: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>`,
  share: svg`<circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="6" r="2.5"/><circle cx="18" cy="18" r="2.5"/><path d="m8.2 10.8 7.6-3.6m-7.6 5.6 7.6 3.6"/>`,
  save: svg`<path d="M6 3h12v18l-6-4-6 4z"/>`,
  more: svg`<circle cx="5" cy="12" r="1"/><circle cx="12" cy="12" r="1"/><circle cx="19" cy="12" r="1"/>`,
  chevron: svg`<path d="m6 9 6 6 6-6"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  place: svg`<path d="M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11z"/><circle cx="12" cy="10" r="2.5"/>`,
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof PATHS;

/** An inline SVG icon, hidden from assistive technology: the text beside it is the label. */
export const icon = (name: IconName): TemplateResult =>
  html`<svg class="icon icon-${name}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${PATHS[name]}</svg>`;
