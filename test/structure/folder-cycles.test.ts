import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** A folder of `src/`, as `components/card`; the files directly in `src/` are `.`. */
type Folder = string;

const sourceFiles = (): string[] =>
  readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(srcDir, path));

const folderOf = (file: string): Folder => relative(srcDir, dirname(file)).split(sep).join('/') || '.';
const pathOf = (folder: Folder): string[] => (folder === '.' ? [] : folder.split('/'));
const isWithin = (inner: Folder, outer: Folder): boolean => pathOf(outer).every((name, index) => pathOf(inner)[index] === name);

/**
 * Folders nest: a folder's own files are the shared layer of the folders inside it, so an import between a
 * folder and one of its ancestors stays inside the ancestor and is no cycle. An import between two folders
 * side by side is lifted to the two siblings that hold them under their nearest common folder, so
 * `sdk/search/vocabulary` → `sdk/feeds` counts as `sdk/search` → `sdk/feeds`.
 */
function siblingsOf(from: Folder, to: Folder): [Folder, Folder] | undefined {
  if (isWithin(from, to) || isWithin(to, from)) return undefined;
  const [a, b] = [pathOf(from), pathOf(to)];
  let common = 0;
  while (a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join('/'), b.slice(0, common + 1).join('/')];
}

/**
 * Every folder-to-folder import of `src/`, with the file imports that make it. Type-only imports count: a
 * type shared both ways is still a concept that belongs in neither folder. Lazy `import()`s count too.
 */
function folderImports(): Map<Folder, Map<Folder, string[]>> {
  const graph = new Map<Folder, Map<Folder, string[]>>();
  for (const file of sourceFiles()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const pair = siblingsOf(folderOf(file), folderOf(resolve(dirname(file), fileName)));
      if (!pair) continue;
      const [from, to] = pair;
      const targets = graph.get(from) ?? graph.set(from, new Map()).get(from)!;
      const because = targets.get(to) ?? targets.set(to, []).get(to)!;
      because.push(`${relative(srcDir, file).split(sep).join('/')} imports ${fileName}`);
    }
  }
  return graph;
}

/** The shortest path of imports from `start` back to itself, if there is one. */
function cycleThrough(graph: Map<Folder, Map<Folder, string[]>>, start: Folder): Folder[] | undefined {
  const cameFrom = new Map<Folder, Folder>();
  const queue: Folder[] = [start];
  while (queue.length) {
    const folder = queue.shift()!;
    for (const next of graph.get(folder)?.keys() ?? []) {
      if (next === start) {
        const path = [folder];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, folder);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** Each folder cycle once, named with one file import per step. */
function folderCycles(): string[] {
  const graph = folderImports();
  const seen = new Set<string>();
  const cycles: string[] = [];
  for (const folder of [...graph.keys()].sort()) {
    const cycle = cycleThrough(graph, folder);
    if (!cycle) continue;
    const key = [...new Set(cycle)].sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const steps = cycle.slice(1).map((to, index) => `  ${cycle[index]} → ${to}: ${graph.get(cycle[index]!)!.get(to)![0]}`);
    cycles.push(`${cycle.join(' → ')}\n${steps.join('\n')}`);
  }
  return cycles;
}

describe('folders of src/', () => {
  it('finds the imports between folders', () => {
    const graph = folderImports();
    expect(graph.get('components')?.has('sdk')).toBe(true);
    expect(graph.get('sdk')?.has('components') ?? false).toBe(false);
  });

  it('import each other in no cycle', () => {
    expect(folderCycles()).toEqual([]);
  });
});
