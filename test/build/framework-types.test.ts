import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each consumer under test/types/ is a strict project that imports the package by name, so it compiles
// against the built dist/esm/*.d.ts through package.json "exports", as an app would. Their
// `@ts-expect-error` lines fail the compile if a type ever falls back to `any`.
const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

function compile(project: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [tsc, '-p', project], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * A consumer written from dist/custom-elements.json: every attribute the manifest lists must be a key of
 * the element's attributes type, so an attribute added to a class but not to the types fails here.
 */
function attributesConsumer(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
  const elements: { tagName?: string; attributes?: { name: string }[] }[] = manifest.modules.flatMap((module: { declarations?: unknown[] }) => module.declarations ?? []);
  const typeOf: Record<string, string> = { 'resource-directory': 'ResourceDirectoryAttributes', 'resource-card': 'ResourceCardAttributes' };
  const checks = elements
    .filter((element) => element.tagName)
    .map((element, index) => {
      const names = (element.attributes ?? []).map((attribute) => `'${attribute.name}'`).join(' | ');
      return `type Missing${index} = Exclude<${names}, keyof ${typeOf[element.tagName!]}>;\nexport const all${index}: [Missing${index}] extends [never] ? true : Missing${index} = true;`;
    });
  return [`import type { ${Object.values(typeOf).join(', ')} } from 'resource-directory';`, ...checks].join('\n');
}

describe('the package types, compiled by strict consumers', () => {
  it('are built', () => {
    expect(existsSync(new URL('../../dist/esm/index.d.ts', import.meta.url)), 'run `npm run build` first').toBe(true);
  });

  for (const [consumer, what] of [
    ['dom', 'the main entry alone: tags, `rd-*` events on elements, document and window, named exports'],
    ['define', '`resource-directory/define` alone: tags and events'],
    ['node16', 'the same two under `moduleResolution: node16`'],
    ['react', '`resource-directory/react`: both elements in React 19 JSX'],
    ['vue', '`resource-directory/vue`: both elements as Vue 3 global components'],
  ] as const) {
    it(`type ${what}`, { timeout: 120_000 }, () => {
      const { status, output } = compile(`test/types/${consumer}/tsconfig.json`);
      expect(output).toBe('');
      expect(status).toBe(0);
    });
  }

  it('name every attribute of dist/custom-elements.json', { timeout: 120_000 }, () => {
    // Inside the repository, so that `resource-directory` resolves to it by name.
    const dir = mkdtempSync(join(root, 'test/types/.attributes-'));
    try {
      writeFileSync(join(dir, 'consumer.ts'), attributesConsumer());
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../dom/tsconfig.json', files: ['consumer.ts'] }));
      const { status, output } = compile(join(dir, 'tsconfig.json'));
      expect(output).toBe('');
      expect(status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
