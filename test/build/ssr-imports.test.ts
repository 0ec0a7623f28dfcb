import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A server prerendering a page (Next.js, Astro, Lit SSR) imports the package in plain Node, with no DOM:
// every entry must import there without throwing, and define nothing (src/define.ts).

const root = fileURLToPath(new URL('../../', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8')) as { exports: Record<string, unknown> };

/** The runtime file a package.json `exports` target gives a Node `import`, if any (not types, not JSON). */
function importedFile(target: unknown): string | undefined {
  if (typeof target === 'string') return target.endsWith('.js') ? target : undefined;
  if (!target || typeof target !== 'object') return undefined;
  const conditions = target as Record<string, unknown>;
  return ['node', 'import', 'default'].map((condition) => importedFile(conditions[condition])).find(Boolean);
}

/** Every entry a Node program can import, by the name it imports it by: `resource-directory/define`, … */
const entries = Object.entries(packageJson.exports)
  .filter(([, target]) => importedFile(target))
  .map(([subpath, target]) => ({ name: `resource-directory${subpath.slice(1)}`, file: importedFile(target)! }));

// Imports the entry named on the command line by the package's own name (as a server's bundle would), and
// once everything it started has settled, prints which of our tags ended up defined.
const IMPORT_ENTRY = `
await import(process.argv[1]);
process.once('beforeExit', () => {
  const defined = ['resource-directory', 'resource-card'].filter((tag) => globalThis.customElements?.get(tag));
  console.log(JSON.stringify({ defined }));
});
`;

describe('importing the package in plain Node (server-side rendering)', () => {
  it('is built, with an entry for the elements, their definition and the SDK', () => {
    for (const { file } of entries) expect(existsSync(new URL(file, `file://${root}`)), `${file} is missing: run \`npx rollup -c\` first`).toBe(true);
    expect(entries.map(({ name }) => name)).toEqual(expect.arrayContaining(['resource-directory', 'resource-directory/define', 'resource-directory/sdk']));
  });

  it.each(entries)('$name imports without a DOM, and defines no element', ({ name }) => {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', IMPORT_ENTRY, name], { cwd: root, encoding: 'utf8' });
    expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(child.stdout)).toEqual({ defined: [] });
  });
});
