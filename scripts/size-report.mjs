// Rollup plugin: prints the gzip size of every entry (with the chunks it loads before first render) and
// fails the build when an entry exceeds its budget. Lazy chunks (dynamic imports) are not counted.
import { gzipSync } from 'node:zlib';
import { staticClosure } from './chunk-graph.mjs';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** @param {{ dir: string, budgets?: Record<string, number>, entries?: string[] }} options */
export function sizeReport({ dir, budgets = {}, entries }) {
  return {
    name: 'size-report',
    writeBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk' || !output.isEntry) continue;
        if (entries && !entries.includes(fileName)) continue;
        const files = [...staticClosure(bundle, fileName)];
        const code = files.map((name) => bundle[name].code).join('');
        const gzip = gzipSync(code, { level: 9 }).length;
        const budget = budgets[fileName];
        const chunks = files.length > 1 ? ` (with ${files.length - 1} chunk${files.length > 2 ? 's' : ''})` : '';
        const verdict = budget ? ` budget ${kib(budget)} ${gzip <= budget ? 'ok' : 'EXCEEDED'}` : '';
        console.log(`size ${dir}/${fileName}: ${kib(Buffer.byteLength(code))} min, ${kib(gzip)} gzip${chunks}${verdict}`);
        if (budget && gzip > budget) {
          this.error(`${dir}/${fileName} is ${kib(gzip)} gzip, over its ${kib(budget)} budget`);
        }
      }
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk' || !output.isDynamicEntry) continue;
        const gzip = gzipSync(output.code, { level: 9 }).length;
        console.log(`size ${dir}/${fileName} (lazy): ${kib(Buffer.byteLength(output.code))} min, ${kib(gzip)} gzip`);
      }
    },
  };
}
