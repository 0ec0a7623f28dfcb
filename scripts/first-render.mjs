// Rollup plugin for the script-tag module: what the first cards need, fetched at once and kept small.
// - Hoisting: the entry starts importing every chunk the first cards need (the SDK's and the card's chunks and
//   the chunks those import) as it runs, so none of them waits for another to be parsed: each is one round
//   trip after the entry, where the chunks the SDK and the card import were a second one.
// - Budget: prints and enforces the gzip bytes before the first cards, per kind of feed: the entry, those
//   chunks, the feed's reader and, for a static file read in a worker, the worker's script.
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import { staticClosure } from './chunk-graph.mjs';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const normalized = (id) => id.replace(/\\/g, '/');

/**
 * @param {{ entry: string, modules: string[], paths: Record<string, { modules: string[], worker?: string, budget: number }> }} options
 *   `modules`: source files (from the repository's root) whose chunks every first render needs, hoisted into
 *   the entry; `paths`: per kind of feed, the source files of its reader (which the entry imports itself once
 *   it knows the feed, with their dependencies: preload-dependencies.mjs), the name of the emitted worker
 *   asset it needs besides, if any, and its budget in gzip bytes.
 */
export function firstRender({ entry, modules, paths }) {
  const chunksOf = (bundle, sources) => {
    const wanted = sources.map((file) => `/${file}`);
    const chunks = Object.values(bundle).filter((output) => output.type === 'chunk' && output.moduleIds.some((id) => wanted.some((file) => normalized(id).endsWith(file))));
    return new Set(chunks.flatMap((chunk) => [...staticClosure(bundle, chunk.fileName)]));
  };
  let common = [];
  return {
    name: 'first-render',
    generateBundle(_options, bundle) {
      const needed = chunksOf(bundle, modules);
      const entryFiles = staticClosure(bundle, entry);
      const hoisted = [...needed].filter((fileName) => !entryFiles.has(fileName)).sort();
      const specifier = (fileName) => JSON.stringify(`./${posix.relative(posix.dirname(entry), fileName)}`);
      // A server importing the entry (prerendering) fetches nothing; a failed fetch (offline) is met again,
      // and reported, where the chunk is really imported.
      const imports = hoisted.map((fileName) => `import(${specifier(fileName)}).catch(()=>{});`).join('');
      bundle[entry].code = `typeof document<"u"&&(()=>{${imports}})();\n${bundle[entry].code}`;
      common = [...new Set([...entryFiles, ...needed])];
    },
    writeBundle(_options, bundle) {
      // Each file travels compressed on its own.
      const gzip = (names) => names.reduce((sum, name) => sum + gzipSync(bundle[name].code ?? bundle[name].source, { level: 9 }).length, 0);
      for (const [path, { modules: reader, worker, budget }] of Object.entries(paths)) {
        const workerFile = worker && Object.keys(bundle).find((name) => posix.basename(name).startsWith(`${worker}`));
        const files = [...new Set([...common, ...chunksOf(bundle, reader)]), ...(workerFile ? [workerFile] : [])];
        const bytes = gzip(files);
        const verdict = bytes <= budget ? 'ok' : 'EXCEEDED';
        console.log(`first cards, ${path}: ${kib(bytes)} gzip, budget ${kib(budget)} ${verdict} (${files.join(', ')})`);
        if (bytes > budget) this.error(`the first cards from ${path} need ${kib(bytes)} gzip of script, over their ${kib(budget)} budget`);
      }
    },
  };
}
