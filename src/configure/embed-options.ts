import type { CustomCrisisLine } from '../components/crisis/crisis-lines.js';

/** What a webmaster picks in the configurator; each snippet form and the preview are made from it. */
export interface EmbedOptions {
  feed: string;
  /** Category ids; none: every category. */
  categories: string[];
  /** An interface language tag; empty: the visitor's own language. */
  lang: string;
  layout: 'list' | 'grid' | 'compact';
  crisis: 'us' | 'none' | 'custom';
  customLine: CustomCrisisLine;
  crisisExpanded: boolean;
  quickExit: boolean;
  quickExitUrl: string;
  /** `--rd-*` custom property → colour; empty: the default look. */
  colors: Record<string, string>;
}

export const DEFAULT_OPTIONS: EmbedOptions = {
  feed: '',
  categories: [],
  lang: '',
  layout: 'list',
  crisis: 'us',
  customLine: { name: '', phone: '', text: '', chat: '' },
  crisisExpanded: false,
  quickExit: false,
  quickExitUrl: '',
  colors: {},
};

/** A line the directory shows: a name and a way to reach it (else it shows the US lines). */
export const customLineComplete = (line: CustomCrisisLine): boolean => Boolean(line.name.trim() && (line.phone?.trim() || line.text?.trim() || line.chat?.trim()));

/** The custom line as the `crisis` attribute's JSON, without empty fields. */
function customCrisis(line: CustomCrisisLine): string {
  const filled = Object.fromEntries(Object.entries(line).filter(([, value]) => typeof value === 'string' && value.trim()).map(([key, value]) => [key, (value as string).trim()]));
  return JSON.stringify([filled]);
}

/**
 * The element's attributes for these options, in a stable order; defaults are left out so that a snippet
 * says only what differs. Boolean attributes have the value ''.
 */
export function attributesOf(options: EmbedOptions): [string, string][] {
  const attributes: [string, string][] = [['feed', options.feed.trim()]];
  if (options.categories.length) attributes.push(['categories', options.categories.join(',')]);
  if (options.lang) attributes.push(['lang', options.lang]);
  if (options.layout !== 'list') attributes.push(['layout', options.layout]);
  if (options.crisis === 'none') attributes.push(['crisis', 'none']);
  if (options.crisis === 'custom' && customLineComplete(options.customLine)) attributes.push(['crisis', customCrisis(options.customLine)]);
  if (options.crisisExpanded && options.crisis !== 'none') attributes.push(['crisis-expanded', '']);
  if (options.quickExit) attributes.push(['quick-exit', '']);
  if (options.quickExit && options.quickExitUrl.trim()) attributes.push(['quick-exit-url', options.quickExitUrl.trim()]);
  return attributes;
}

/** The chosen colours as `[property, value]` pairs, in a stable order. */
export const themeOf = (options: EmbedOptions): [string, string][] => Object.entries(options.colors).filter(([, value]) => value).sort(([a], [b]) => a.localeCompare(b));
