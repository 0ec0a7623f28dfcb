import { attributeOf, CONFIG_KEYS } from '../config.js';

/** The element's boolean attributes: present unless the parameter says `false` or `0`. */
const BOOLEAN_KEYS = new Set<string>(['noSearch', 'noFilters', 'urlState', 'crisisExpanded', 'quickExit']);

/**
 * The theme's custom properties a parameter may set (`?--rd-accent-color=%23005f73`), each with the CSS
 * property its value must be valid for: a colour, a length or a font, never an image that would fetch.
 */
const THEME_PROPERTIES: Record<string, string> = {
  '--rd-accent-color': 'color',
  '--rd-accent-text-color': 'color',
  '--rd-text-color': 'color',
  '--rd-muted-color': 'color',
  '--rd-surface-color': 'color',
  '--rd-border-color': 'color',
  '--rd-focus-color': 'color',
  '--rd-warning-color': 'color',
  '--rd-crisis-color': 'color',
  '--rd-field-color': 'color',
  '--rd-field-text-color': 'color',
  '--rd-radius': 'border-radius',
  '--rd-spacing': 'padding',
  '--rd-result-gap': 'row-gap',
  '--rd-font-size': 'font-size',
  '--rd-font-family': 'font-family',
};

export interface EmbedConfig {
  /** Attribute name → value, for `setAttribute` (never parsed as HTML). */
  attributes: [string, string][];
  /** Custom property → value, for `style.setProperty`. */
  theme: [string, string][];
}

/**
 * What the page's query parameters ask of the directory: parameters named like its attributes, and the
 * theme's custom properties with valid values. Anything else is ignored.
 */
export function embedConfig(params: URLSearchParams, supports: (property: string, value: string) => boolean): EmbedConfig {
  const attributes: [string, string][] = [];
  for (const key of Object.keys(CONFIG_KEYS)) {
    const value = params.get(attributeOf(key));
    if (value === null) continue;
    if (!BOOLEAN_KEYS.has(key)) attributes.push([attributeOf(key), value]);
    else if (value !== 'false' && value !== '0') attributes.push([attributeOf(key), '']);
  }
  const theme = Object.entries(THEME_PROPERTIES).flatMap(([property, checkedAs]): [string, string][] => {
    const value = params.get(property)?.trim();
    return value && !/url\(|image/i.test(value) && supports(checkedAs, value) ? [[property, value]] : [];
  });
  return { attributes, theme };
}
