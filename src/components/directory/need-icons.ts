import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { NeedId } from '../../sdk/search/vocabulary/needs.js';

// Line icons for the everyday needs, drawn like the card's (a 24-unit grid, stroke 2, in the text color).
// Needs that look alike share a drawing; a category of no known need gets the grid of "All categories".
const DRAWINGS = {
  food: svg`<path d="M4 11h16a8 8 0 0 1-16 0zM9 3v4m3-4v4m3-4v4"/>`,
  home: svg`<path d="m3 11 9-7 9 7M5 10v10h14V10M10 20v-5h4v5"/>`,
  bolt: svg`<path d="M13 3 5 14h6l-1 7 8-11h-6z"/>`,
  work: svg`<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V4h6v3M3 13h18"/>`,
  law: svg`<path d="M12 4v16m-6 0h12M4 7h16M6 7l-3 7a3 3 0 0 0 6 0zm12 0-3 7a3 3 0 0 0 6 0z"/>`,
  money: svg`<rect x="3" y="6" width="18" height="12" rx="2"/><circle cx="12" cy="12" r="2.5"/>`,
  health: svg`<path d="M9 3h6v6h6v6h-6v6H9v-6H3V9h6z"/>`,
  heart: svg`<path d="M12 20s-8-4.6-8-10a4.5 4.5 0 0 1 8-2.8 4.5 4.5 0 0 1 8 2.8c0 5.4-8 10-8 10z"/>`,
  bus: svg`<rect x="5" y="3" width="14" height="14" rx="2"/><path d="M5 11h14M8 17v3m8-3v3"/>`,
  shirt: svg`<path d="m8 3-5 4 3 3 2-1v12h8V9l2 1 3-3-5-4a4 4 0 0 1-8 0z"/>`,
  shield: svg`<path d="M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6z"/>`,
  people: svg`<circle cx="9" cy="8" r="3"/><path d="M3 20a6 6 0 0 1 12 0"/><circle cx="17" cy="9" r="2.5"/><path d="M16 14a5 5 0 0 1 5 6"/>`,
  book: svg`<path d="M4 19V5a2 2 0 0 1 2-2h14v16H6a2 2 0 0 0-2 2 2 2 0 0 0 2 2h14"/>`,
  signal: svg`<path d="M2 9a15 15 0 0 1 20 0M5 12.5a10 10 0 0 1 14 0M8.5 16a5 5 0 0 1 7 0M12 19h.01"/>`,
  grid: svg`<rect x="4" y="4" width="7" height="7" rx="1"/><rect x="13" y="4" width="7" height="7" rx="1"/><rect x="4" y="13" width="7" height="7" rx="1"/><rect x="13" y="13" width="7" height="7" rx="1"/>`,
} satisfies Record<string, SVGTemplateResult>;

type Drawing = keyof typeof DRAWINGS;

const DRAWING_OF: Record<NeedId, Drawing> = {
  food: 'food', 'food-benefits': 'money', housing: 'home', shelter: 'home', 'rent-help': 'home', utilities: 'bolt',
  employment: 'work', legal: 'law', benefits: 'money', health: 'health', dental: 'health', vision: 'health',
  'mental-health': 'heart', 'substance-use': 'heart', 'support-groups': 'people', crisis: 'heart', transportation: 'bus',
  clothing: 'shirt', 'domestic-violence': 'shield', immigration: 'law', disability: 'people', 'older-adults': 'people',
  youth: 'people', veterans: 'people', lgbtq: 'people', childcare: 'people', education: 'book', 'tax-help': 'money',
  'baby-supplies': 'shirt', pregnancy: 'health', 'sexual-health': 'health', 'phone-internet': 'signal',
};

/** The icon of a need (the grid for none), hidden from assistive technology: the text beside it is the label. */
export const needIcon = (need: NeedId | undefined): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${DRAWINGS[need ? DRAWING_OF[need] : 'grid']}</svg>`;
