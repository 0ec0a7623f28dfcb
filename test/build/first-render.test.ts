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

/** A bundle as rollup hands it to plugins: the entry, the SDK's and the card's chunks, what they import, a map chunk. */
function bundle(): Record<string, Output> {
  const chunk = (fileName: string, moduleIds: string[], imports: string[] = []): Output => ({ type: 'chunk', fileName, code: `/*${fileName}*/`, moduleIds, imports });
  const outputs: Output[] = [
    chunk('resource-directory.js', ['/repo/src/embed.ts', '/repo/src/components/lazy.ts']),
    chunk('chunks/sdk-1.js', ['/repo/src/sdk/index.ts'], ['resource-directory.js', 'chunks/clean-text-1.js', 'chunks/next-occurrence-1.js']),
    chunk('chunks/card-1.js', ['/repo/src/components/card/card.ts'], ['resource-directory.js', 'chunks/clean-text-1.js', 'chunks/contact-links-1.js']),
    chunk('chunks/next-occurrence-1.js', ['/repo/src/sdk/hours/next-occurrence.ts'], ['chunks/clean-text-1.js']),
    chunk('chunks/clean-text-1.js', ['/repo/src/sdk/util/clean-text.ts']),
    chunk('chunks/contact-links-1.js', ['/repo/src/components/card/contact-links.ts'], ['resource-directory.js']),
    chunk('chunks/map-controller-1.js', ['/repo/src/components/map/map-controller.ts'], ['resource-directory.js']),
    { type: 'asset', fileName: 'chunks/file-worker-1.js', source: 'worker' },
  ];
  return Object.fromEntries(outputs.map((output) => [output.fileName, output]));
}

const plugin = (budgets = { api: 1e6, file: 1e6 }) =>
  firstRender({ entry: 'resource-directory.js', modules: ['src/sdk/index.ts', 'src/components/card/card.ts'], worker: 'file-worker', budgets });

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
});
