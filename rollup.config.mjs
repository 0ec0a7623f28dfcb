import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { sizeReport } from './scripts/size-report.mjs';

const KiB = 1024;

// zod ships harmless annotation and circular-import warnings; everything else is worth seeing.
function onwarn(warning, warn) {
  if (warning.id?.includes('node_modules/zod') || warning.ids?.some((id) => id.includes('node_modules/zod'))) return;
  if (warning.code === 'INVALID_ANNOTATION' && warning.message.includes('zod')) return;
  warn(warning);
}

const compile = (options = {}) =>
  typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, sourceMap: false, outDir: 'dist', ...options });

export default [
  // The npm library: unbundled ES modules with .d.ts; lit, @lit/task and zod stay dependencies.
  {
    input: { index: 'src/index.ts', define: 'src/define.ts', 'sdk/index': 'src/sdk/index.ts' },
    external: [/^lit/, /^@lit\//, /^zod/],
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [compile({ outDir: 'dist/esm', declaration: true, declarationDir: 'dist/esm', sourceMap: true })],
    onwarn,
  },
  // The script tag: one self-contained, minified ES module; lazy chunks (extra locales) load on demand.
  {
    input: { 'resource-directory': 'src/embed.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [
      resolve({ browser: true }),
      compile(),
      terser({ ecma: 2022, module: true }),
      sizeReport({ dir: 'dist', budgets: { 'resource-directory.js': 20 * KiB } }),
    ],
    onwarn,
  },
  // For hosts that cannot load modules: a classic script with everything inlined.
  {
    input: 'src/embed.ts',
    output: { file: 'dist/resource-directory.iife.js', format: 'iife', name: 'ResourceDirectory', inlineDynamicImports: true },
    plugins: [resolve({ browser: true }), compile(), terser({ ecma: 2022 }), sizeReport({ dir: 'dist' })],
    onwarn,
  },
  // The SDK alone, minified, to measure (and serve) what `resource-directory/sdk` costs a browser.
  {
    input: { 'resource-directory-sdk': 'src/sdk/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [resolve({ browser: true }), compile(), terser({ ecma: 2022, module: true }), sizeReport({ dir: 'dist' })],
    onwarn,
  },
];
