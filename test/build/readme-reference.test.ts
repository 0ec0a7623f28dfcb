import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { elementReference, END, START } from '../../scripts/element-reference.mjs';

const manifestPath = new URL('../../dist/custom-elements.json', import.meta.url);
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README element reference', () => {
  it('is built, from the JSDoc on the element classes', () => {
    expect(existsSync(manifestPath), 'dist/custom-elements.json is missing: run `npm run build` first').toBe(true);
  });

  it('matches dist/custom-elements.json exactly (run `npm run docs` after changing an element)', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const inReadme = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
    expect(inReadme).toBe(elementReference(manifest));
  });

  it('documents every public attribute, event, part and custom property of both elements', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const elements = manifest.modules.flatMap((module: { declarations?: unknown[] }) => module.declarations ?? []) as {
      tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[]; cssProperties?: { name: string }[];
    }[];
    const tags = elements.map((element) => element.tagName).filter(Boolean);
    expect(tags.sort()).toEqual(['resource-card', 'resource-directory']);
    for (const element of elements.filter((e) => e.tagName)) {
      const names = [...(element.attributes ?? []), ...(element.events ?? []), ...(element.cssParts ?? []), ...(element.cssProperties ?? [])];
      expect(names.length).toBeGreaterThan(5);
      for (const { name } of names.filter((item) => item.name)) expect(readme).toContain(`\`${name}\``);
    }
  });
});
