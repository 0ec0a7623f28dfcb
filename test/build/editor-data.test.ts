import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// VS Code's `html.customData` and JetBrains' web-types, written from dist/custom-elements.json by `cem analyze`.
const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

interface ManifestElement { tagName?: string; customElement?: boolean; attributes?: { name: string }[]; events?: { name: string }[] }
const elements = (): ManifestElement[] =>
  read('dist/custom-elements.json')
    .modules.flatMap((module: { declarations?: ManifestElement[] }) => module.declarations ?? [])
    .filter((declaration: ManifestElement) => declaration.customElement && declaration.tagName);

describe('editor data', () => {
  it('is built, and package.json points JetBrains IDEs at the web-types', () => {
    const pkg = read('package.json');
    expect(pkg['web-types']).toBe('./dist/web-types.json');
    expect(existsSync(new URL('../../dist/web-types.json', import.meta.url))).toBe(true);
    expect(existsSync(new URL('../../dist/vscode.html-custom-data.json', import.meta.url))).toBe(true);
  });

  it('gives VS Code every tag and attribute of the manifest, with the values an attribute takes', () => {
    const { version, tags } = read('dist/vscode.html-custom-data.json');
    expect(version).toBe(1.1);
    for (const element of elements()) {
      const tag = tags.find((candidate: { name: string }) => candidate.name === element.tagName);
      expect(tag.description.value).toContain('rd-select');
      expect(tag.attributes.map((attribute: { name: string }) => attribute.name)).toEqual(element.attributes?.map((attribute) => attribute.name));
    }
    const directory = tags.find((tag: { name: string }) => tag.name === 'resource-directory');
    const attribute = (name: string) => directory.attributes.find((candidate: { name: string }) => candidate.name === name);
    expect(attribute('layout').values).toEqual([{ name: 'list' }, { name: 'grid' }, { name: 'compact' }]);
    expect(attribute('units').values).toEqual([{ name: 'mi' }, { name: 'km' }]);
    expect(attribute('no-search').valueSet).toBe('v');
    expect(attribute('feed').values).toBeUndefined();
    expect(attribute('page-size').description.value).toContain('Default: `10`');
  });

  it('gives JetBrains IDEs every tag, attribute and event, with the package name and version', () => {
    const pkg = read('package.json');
    const webTypes = read('dist/web-types.json');
    expect([webTypes.name, webTypes.version]).toEqual([pkg.name, pkg.version]);
    for (const element of elements()) {
      const tag = webTypes.contributions.html.elements.find((candidate: { name: string }) => candidate.name === element.tagName);
      expect(tag.attributes.map((attribute: { name: string }) => attribute.name)).toEqual(element.attributes?.map((attribute) => attribute.name));
      expect(tag.js.events.map((event: { name: string; type: string }) => event.name)).toEqual(element.events?.map((event) => event.name));
      expect(tag.js.events.every((event: { type: string }) => /^ResourceDirectory\w+Event$/.test(event.type))).toBe(true);
    }
  });
});
