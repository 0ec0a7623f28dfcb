import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sdkDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/sdk');
const entry = resolve(sdkDir, 'index.ts');

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const DOM_GLOBALS = /\b(document|window|localStorage|sessionStorage|HTMLElement|navigator|DOMParser)\b/;

/** Every module reachable from the SDK entry through relative imports, with its specifiers. */
function importGraph(start: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!);
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  };
  visit(start);
  return graph;
}

/** Source without comments and string contents, so a word in a comment or message does not count. */
const code = (source: string): string =>
  source
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");

describe('the SDK stays framework- and DOM-free', () => {
  const graph = importGraph(entry);

  it('walks the whole SDK from its entry', () => {
    expect(graph.size).toBeGreaterThan(20);
    for (const file of graph.keys()) expect(file.startsWith(sdkDir), file).toBe(true);
  });

  it('imports no Lit, components, i18n or Node built-ins, and only zod, the radix tree of MiniSearch and the stemmer from packages (the lazy CSV and zip readers their parsers)', () => {
    const lazyParsers: Record<string, RegExp> = { 'normalize/csv.ts': /^papaparse$/, 'feeds/data-package-zip.ts': /^fflate$/ };
    for (const [file, specifiers] of graph) {
      for (const specifier of specifiers) {
        expect(specifier, file).not.toMatch(/^(?:lit|@lit\/)|^node:|(?:^|\/)(?:components|i18n)(?:\/|$)/);
        const parser = lazyParsers[file.slice(sdkDir.length + 1)];
        if (!specifier.startsWith('.')) expect(specifier, file).toMatch(parser && parser.test(specifier) ? parser : /^(?:zod(?:\/|$)|minisearch\/SearchableMap$|stemmer$)/);
        if (specifier.startsWith('.')) expect(specifier, file).toMatch(/\.js$/);
      }
    }
  });

  it('uses no DOM globals', () => {
    for (const file of graph.keys()) {
      const match = DOM_GLOBALS.exec(code(readFileSync(file, 'utf8')));
      expect(match?.[0], file).toBeUndefined();
    }
  });

  it('would notice a forbidden import or global (self-check of the walker)', () => {
    const probe = "import { html } from 'lit';\nexport { x } from '../components/card.js';\nconst y = window.location; // window\n";
    expect([...probe.matchAll(IMPORT)].map((m) => m[1])).toEqual(['lit', '../components/card.js']);
    expect(DOM_GLOBALS.exec(code(probe))?.[0]).toBe('window');
    expect(DOM_GLOBALS.exec(code("const s = 'document'; // navigator"))).toBeNull();
  });
});
