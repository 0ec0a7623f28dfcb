import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { preloadDependencies } from '../../scripts/preload-dependencies.mjs';

interface Chunk {
  type: 'chunk';
  fileName: string;
  code: string;
  imports: string[];
  dynamicImports: string[];
}

const chunk = (fileName: string, code: string, imports: string[] = [], dynamicImports: string[] = []): Chunk => ({ type: 'chunk', fileName, code, imports, dynamicImports });

/** The entry lazily imports the API reader, which imports the client's chunk (held by the entry) and the normalizer, which imports zod. */
function bundle(): Record<string, Chunk> {
  const chunks = [
    chunk('resource-directory.js', 'const a=()=>import("./chunks/api-feed-1.js");', ['chunks/shared-1.js'], ['chunks/api-feed-1.js']),
    chunk('chunks/shared-1.js', ''),
    chunk('chunks/api-feed-1.js', 'export{}', ['chunks/shared-1.js', 'chunks/normalize-1.js']),
    chunk('chunks/normalize-1.js', 'export{}', ['chunks/zod-1.js']),
    chunk('chunks/zod-1.js', 'export{}'),
    chunk('chunks/card-1.js', "const d=()=>import('./details-1.js');", [], ['chunks/details-1.js']),
    chunk('chunks/details-1.js', 'export{}'),
  ];
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
}

const run = (output: Record<string, Chunk>) => preloadDependencies().generateBundle.call({ error: (message: string) => { throw new Error(message); } }, {}, output);

describe('a lazy chunk and its own imports, fetched at once (scripts/preload-dependencies.mjs)', () => {
  it('starts every chunk the imported one needs, at any depth, beside it, but none the importer already holds', () => {
    const output = bundle();
    run(output);
    expect(output['resource-directory.js'].code).toBe(
      'const a=()=>(import("./chunks/normalize-1.js").catch(()=>{}),import("./chunks/zod-1.js").catch(()=>{}),import("./chunks/api-feed-1.js"));',
    );
  });

  it('leaves an import alone when the imported chunk needs nothing else, and paths relative to the importer', () => {
    const output = bundle();
    run(output);
    expect(output['chunks/card-1.js'].code).toBe("const d=()=>import('./details-1.js');");
  });

  it('fails the build when it cannot find the import it should extend', () => {
    const output = bundle();
    output['resource-directory.js'].code = 'const a=()=>import(somewhere);';
    expect(() => run(output)).toThrow(/api-feed-1\.js was not found/);
  });
});
