// Rollup plugin: a lazy chunk's own imports start with it. `import("./a.js")` becomes
// `(import("./b.js").catch(()=>{}),import("./a.js"))` for each chunk b that a imports (directly or not) and
// the importing chunk does not already hold, so they arrive in one round trip instead of one per level
// (the module loader only learns of b once a has arrived and been parsed). As Vite's preloading of dynamic
// imports' dependencies does; a failed early fetch (offline) is met again, and reported, by the real import.
import { posix } from 'node:path';
import { staticClosure } from './chunk-graph.mjs';

export function preloadDependencies() {
  return {
    name: 'preload-dependencies',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.dynamicImports.length) continue;
        const held = staticClosure(bundle, chunk.fileName);
        const specifier = (fileName) => {
          const relative = posix.relative(posix.dirname(chunk.fileName), fileName);
          return relative.startsWith('.') ? relative : `./${relative}`;
        };
        for (const target of chunk.dynamicImports) {
          if (!bundle[target]) continue; // an external
          const dependencies = [...staticClosure(bundle, target)].filter((fileName) => fileName !== target && !held.has(fileName));
          if (!dependencies.length) continue;
          const early = dependencies.map((fileName) => `import(${JSON.stringify(specifier(fileName))}).catch(()=>{})`).join(',');
          const call = new RegExp(`\\bimport\\((["'\`])${specifier(target).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1\\)`, 'g');
          const before = chunk.code;
          chunk.code = chunk.code.replace(call, (found) => `(${early},${found})`);
          if (chunk.code === before) this.error(`${chunk.fileName}: its import of ${target} was not found to preload its dependencies`);
        }
      }
    },
  };
}
