// Rollup plugin for the script-tag module: what the first cards need, fetched at once and kept small.
// - Hoisting: the entry starts importing every chunk the first cards need (the SDK's and the card's chunks and
//   the chunks those import) as it runs, so none of them waits for another to be parsed: each is one round
//   trip after the entry, where the chunks the SDK and the card import were a second one.
// - Budget: prints and enforces the gzip bytes before the first cards: the entry, those chunks and, for a
//   static file read in a worker, the worker's script.
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const normalized = (id) => id.replace(/\\/g, '/');

function staticClosure(bundle, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of bundle[fileName]?.imports ?? []) staticClosure(bundle, imported, seen);
  return seen;
}

/**
 * @param {{ entry: string, modules: string[], worker?: string, budgets: { api: number, file: number } }} options
 *   `modules`: source files (from the repository's root) whose chunks the first cards need; `worker`: the
 *   name of the emitted worker asset a static file needs besides; `budgets`: gzip bytes for each path.
 */
export function firstRender({ entry, modules, worker, budgets }) {
  let files = [];
  return {
    name: 'first-render',
    generateBundle(_options, bundle) {
      const wanted = modules.map((file) => `/${file}`);
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk' && output.moduleIds.some((id) => wanted.some((file) => normalized(id).endsWith(file))));
      const needed = new Set(chunks.flatMap((chunk) => [...staticClosure(bundle, chunk.fileName)]));
      const entryChunk = bundle[entry];
      const entryFiles = staticClosure(bundle, entry);
      const hoisted = [...needed].filter((fileName) => !entryFiles.has(fileName)).sort();
      const specifier = (fileName) => JSON.stringify(`./${posix.relative(posix.dirname(entry), fileName)}`);
      // A server importing the entry (prerendering) fetches nothing; a failed fetch (offline) is met again,
      // and reported, where the chunk is really imported.
      const imports = hoisted.map((fileName) => `import(${specifier(fileName)}).catch(()=>{});`).join('');
      entryChunk.code = `typeof document<"u"&&(()=>{${imports}})();\n${entryChunk.code}`;
      files = [...new Set([...entryFiles, ...needed])];
    },
    writeBundle(_options, bundle) {
      // Each file travels compressed on its own.
      const gzip = (names) => names.reduce((sum, name) => sum + gzipSync(bundle[name].code ?? bundle[name].source, { level: 9 }).length, 0);
      const api = gzip(files);
      const workerFile = worker && Object.keys(bundle).find((name) => posix.basename(name).startsWith(`${worker}`));
      const file = workerFile ? api + gzip([workerFile]) : api;
      const verdict = (bytes, budget) => `budget ${kib(budget)} ${bytes <= budget ? 'ok' : 'EXCEEDED'}`;
      console.log(`first cards, API: ${kib(api)} gzip ${verdict(api, budgets.api)} (${files.join(', ')})`);
      if (workerFile) console.log(`first cards, static file: ${kib(file)} gzip ${verdict(file, budgets.file)} (and ${workerFile})`);
      for (const [path, bytes, budget] of [['an API', api, budgets.api], ['a static file', file, budgets.file]]) {
        if (bytes > budget) this.error(`the first cards from ${path} need ${kib(bytes)} gzip of script, over their ${kib(budget)} budget`);
      }
    },
  };
}
