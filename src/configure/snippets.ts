import { HEIGHT_MESSAGE } from '../embed-page/height-reporter.js';
import { attributesOf, themeOf, type EmbedOptions } from './embed-options.js';
import { CDN_DIST } from './release.js';

/** Escapes text for a double-quoted HTML attribute value. */
const attributeValue = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function element(options: EmbedOptions): string {
  const attributes = attributesOf(options).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attributeValue(value)}"`));
  const theme = themeOf(options);
  const style = theme.length ? ` style="${attributeValue(theme.map(([property, value]) => `${property}: ${value}`).join('; '))}"` : '';
  return `<resource-directory${attributes.join('')}${style}></resource-directory>`;
}

/** For pages that allow a module script: the smallest download, with each language fetched when needed. */
export const moduleSnippet = (options: EmbedOptions): string =>
  `<script type="module" src="${CDN_DIST}resource-directory.js"></script>\n${element(options)}`;

/** For pages (and CMSs) that allow only classic scripts. */
export const classicSnippet = (options: EmbedOptions): string => `<script src="${CDN_DIST}resource-directory.iife.js"></script>\n${element(options)}`;

/** embed.html's address with these options as query parameters, named like the attributes. */
export function embedUrl(options: EmbedOptions): string {
  const params = new URLSearchParams([...attributesOf(options), ...themeOf(options)]);
  return `${CDN_DIST}embed.html?${params.toString()}`;
}

/**
 * For sites that allow only an iframe: embed.html with the options in its address, at a fixed height, and
 * two lines of script that size it to its content where the site allows a script (it listens only to
 * this iframe).
 */
export function iframeSnippet(options: EmbedOptions, title: string): string {
  return [
    `<iframe id="resource-directory" src="${attributeValue(embedUrl(options))}" title="${attributeValue(title)}" style="width: 100%; height: 900px; border: 0" loading="lazy" allow="geolocation"></iframe>`,
    `<script>addEventListener('message', (e) => { const f = document.getElementById('resource-directory');`,
    `  if (e.source === f.contentWindow && e.data?.type === '${HEIGHT_MESSAGE}') f.style.height = e.data.height + 'px'; });</script>`,
  ].join('\n');
}
