import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leafletStyles } from '../../src/components/map/leaflet-styles.js';

const leafletCss = readFileSync(new URL('../../node_modules/leaflet/dist/leaflet.css', import.meta.url), 'utf8');

/** Rules as `selectors { declarations }`, without comments, whitespace collapsed. */
const rules = (css: string): string[] =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .match(/[^{}]+\{[^{}]*\}/g)!
    .map((rule) => rule.trim());

describe("the map's copy of Leaflet's stylesheet (src/components/map/leaflet-styles.ts)", () => {
  it("is Leaflet's, rule for rule, for the Leaflet installed (update it with Leaflet)", () => {
    const theirs = new Set(rules(leafletCss));
    expect(rules(leafletStyles).filter((rule) => !theirs.has(rule))).toEqual([]);
  });

  it('keeps the rules that place tiles and pins, and hides tiles until they load', () => {
    const ours = rules(leafletStyles).join('\n');
    for (const selector of ['.leaflet-pane,', '.leaflet-tile-loaded', '.leaflet-marker-icon.leaflet-interactive', '.leaflet-zoom-anim .leaflet-zoom-animated', '.leaflet-tile-pane']) {
      expect(ours).toContain(selector);
    }
  });

  it('loads nothing: no url() (Leaflet’s marker and layer images are not used)', () => {
    expect(leafletStyles).not.toMatch(/url\(/);
  });
});
