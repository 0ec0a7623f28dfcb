import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each consumer under test/types/ is a strict project that imports the package by name, so it compiles
// against the built dist/esm/*.d.ts through package.json "exports", as an app would. Their
// `@ts-expect-error` lines fail the compile if a type ever falls back to `any`.
const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

function compile(consumer: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [tsc, '-p', `test/types/${consumer}/tsconfig.json`], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the package types, compiled by strict consumers', () => {
  it('are built', () => {
    expect(existsSync(new URL('../../dist/esm/index.d.ts', import.meta.url)), 'run `npm run build` first').toBe(true);
  });

  for (const [consumer, what] of [
    ['dom', 'the main entry alone: tags, `rd-*` events on elements, document and window, named exports'],
    ['define', '`resource-directory/define` alone: tags and events'],
    ['react', '`resource-directory/react`: both elements in React 19 JSX'],
    ['vue', '`resource-directory/vue`: both elements as Vue 3 global components'],
  ] as const) {
    it(`type ${what}`, { timeout: 120_000 }, () => {
      const { status, output } = compile(consumer);
      expect(output).toBe('');
      expect(status).toBe(0);
    });
  }
});
