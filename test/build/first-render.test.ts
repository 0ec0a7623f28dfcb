import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { firstRender } from '../../scripts/first-render.mjs';

interface Output {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  source?: string;
  moduleIds?: string[];
  imports?: string[];
}

/**
 * A bundle as rollup hands it to plugins: the entry, the client's and the card's chunks, what they import, a
 * map chunk, the API and file readers and the file worker.
 */
function bundle(): Record<string, Output> {
  const chunk = (fileName: string, moduleIds: string[], imports: string[] = []): Output => ({ type: 'chunk', fileName, code: `/*${fileName}*/`, moduleIds, imports });
  const outputs: Output[] = [
    chunk('resource-directory.js', ['/repo/src/embed.ts', '/repo/src/components/lazy.ts']),
    chunk('chunks/sdk-1.js', ['/repo/src/sdk/client.ts'], ['resource-directory.js', 'chunks/clean-text-1.js', 'chunks/next-occurrence-1.js']),
    chunk('chunks/card-1.js', ['/repo/src/components/card/card.ts'], ['resource-directory.js', 'chunks/clean-text-1.js', 'chunks/contact-links-1.js']),
    chunk('chunks/next-occurrence-1.js', ['/repo/src/sdk/hours/next-occurrence.ts'], ['chunks/clean-text-1.js']),
    chunk('chunks/clean-text-1.js', ['/repo/src/sdk/util/clean-text.ts']),
    chunk('chunks/contact-links-1.js', ['/repo/src/components/card/contact-links.ts'], ['resource-directory.js']),
    chunk('chunks/map-controller-1.js', ['/repo/src/components/map/map-controller.ts'], ['resource-directory.js']),
    chunk('chunks/api-feed-1.js', ['/repo/src/sdk/feeds/api-feed.ts'], ['chunks/sdk-1.js', 'chunks/normalize-1.js']),
    chunk('chunks/normalize-1.js', ['/repo/src/sdk/normalize/feed.ts']),
    chunk('chunks/file-feed-1.js', ['/repo/src/sdk/feeds/file-feed.ts'], ['chunks/sdk-1.js']),
    { type: 'asset', fileName: 'chunks/file-worker-1.js', source: 'worker' },
    { type: 'asset', fileName: 'chunks/worker-data-package-1.js', source: 'tables' },
  ];
  return Object.fromEntries(outputs.map((output) => [output.fileName, output]));
}

const plugin = (budgets = { api: 1e6, file: 1e6 }) =>
  firstRender({
    entry: 'resource-directory.js',
    modules: ['src/sdk/client.ts', 'src/components/card/card.ts'],
    paths: {
      'an API': { modules: ['src/sdk/feeds/api-feed.ts'], budget: budgets.api },
      'a static file': { modules: ['src/sdk/feeds/file-feed.ts'], worker: 'file-worker', budget: budgets.file },
    },
  });

const hoisted = (code: string): string[] => [...code.split('\n')[0].matchAll(/import\("([^"]+)"\)/g)].map((match) => match[1]);

describe('the first cards, in the build (scripts/first-render.mjs)', () => {
  it('has the entry start importing every chunk they need at once, in a browser only, and nothing else', () => {
    const output = bundle();
    plugin().generateBundle({}, output);
    const entry = output['resource-directory.js'].code!;
    expect(hoisted(entry)).toEqual(['./chunks/card-1.js', './chunks/clean-text-1.js', './chunks/contact-links-1.js', './chunks/next-occurrence-1.js', './chunks/sdk-1.js']);
    expect(entry).toMatch(/^typeof document<"u"&&/);
    expect(entry.endsWith('/*resource-directory.js*/')).toBe(true);
  });

  it('fails the build when the script before them exceeds its budget, for an API or for a static file with its worker', () => {
    const context = { error: (message: string) => { throw new Error(message); } };
    const output = bundle();
    const withinBoth = plugin({ api: 1e6, file: 1e6 });
    withinBoth.generateBundle({}, output);
    expect(() => withinBoth.writeBundle.call(context, {}, output)).not.toThrow();

    const overFile = plugin({ api: 1e6, file: 1 });
    overFile.generateBundle({}, bundle());
    expect(() => overFile.writeBundle.call(context, {}, bundle())).toThrow(/from a static file need .* over their/);

    const overApi = plugin({ api: 1, file: 1e6 });
    overApi.generateBundle({}, bundle());
    expect(() => overApi.writeBundle.call(context, {}, bundle())).toThrow(/from an API need .* over their/);
  });

  it("counts each feed's own reader (and the worker for a file), not the other's nor the worker's table reader", () => {
    const printed: string[] = [];
    const log = console.log;
    console.log = (line: string) => printed.push(line);
    try {
      const output = bundle();
      const counting = plugin();
      counting.generateBundle({}, output);
      counting.writeBundle.call({ error: () => undefined }, {}, output);
    } finally {
      console.log = log;
    }
    const api = printed.find((line) => line.startsWith('first cards, an API'))!;
    const file = printed.find((line) => line.startsWith('first cards, a static file'))!;
    expect(api).toMatch(/api-feed-1\.js/);
    expect(api).toMatch(/normalize-1\.js/);
    expect(api).not.toMatch(/file-feed|file-worker/);
    expect(file).toMatch(/file-feed-1\.js.*chunks\/file-worker-1\.js/);
    expect(file).not.toMatch(/api-feed|normalize|worker-data-package/);
  });
});
