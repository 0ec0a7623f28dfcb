import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { leafletTrustedTypes } from './scripts/leaflet-trusted-types.mjs';
import { firstRender } from './scripts/first-render.mjs';
import { preloadDependencies } from './scripts/preload-dependencies.mjs';
import { sizeReport } from './scripts/size-report.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

const KiB = 1024;

// zod ships harmless annotation and circular-import warnings; everything else is worth seeing.
function onwarn(warning, warn) {
  if (warning.id?.includes('node_modules/zod') || warning.ids?.some((id) => id.includes('node_modules/zod'))) return;
  if (warning.code === 'INVALID_ANNOTATION' && warning.message.includes('zod')) return;
  warn(warning);
}

const compile = (options = {}) =>
  typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, sourceMap: false, outDir: 'dist', ...options });

// Every interface language but English (which the bundles carry), by file name: `es`, `zh-hans`, …
const LANGUAGES = readdirSync('src/i18n/translations')
  .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
  .map((file) => file.slice(0, -3));

/**
 * The file beside the classic script that a dynamic import of the sources becomes, if any:
 * - a language is not inlined: `import('./translations/es.js')` becomes `./i18n/es.js`, so each language
 *   stays a small file fetched only by its readers;
 * - nor is the SDK: the elements' `import('../sdk/client.js')` (and of any SDK module) becomes `./resource-directory-sdk.js`, the
 *   SDK's own minified build (which loads its CSV/zip reader from beside itself in turn), so the classic
 *   script paints its form and skeleton as early as the module does. Errors cross the two copies safely:
 *   they carry registry brands, not classes;
 * - nor is the map (Leaflet and map-view.ts): the map controller's `import('./map-view.js')` becomes
 *   `./resource-directory-map.js`, fetched only when a visitor opens the map;
 * - nor are a card's details: the card's `import('./card-details.js')` becomes
 *   `./resource-directory-card-details.js`, fetched when a visitor first points at, focuses or opens "Details";
 * - nor are the crisis words of twelve languages (7.6 KiB gzip): the crisis intent's `import('../../crisis/crisis-terms.js')`
 *   becomes `./resource-directory-crisis-words.js`, fetched before the visitor's first search of their own.
 */
function classicScriptFileFor(specifier, importer) {
  const language = /^\.\/translations\/([a-z-]+)\.js$/.exec(specifier)?.[1];
  if (language && LANGUAGES.includes(language)) return `./i18n/${language}.js`;
  if (importer.includes('/src/components/') && /^(?:\.\.\/)+sdk\/[\w/-]+\.js$/.test(specifier)) return './resource-directory-sdk.js';
  if (importer.endsWith('/src/components/map/map-controller.ts') && specifier === './map-view.js') return './resource-directory-map.js';
  if (importer.endsWith('/src/components/card/card.ts') && specifier === './card-details.js') return './resource-directory-card-details.js';
  if (importer.endsWith('/src/components/directory/controllers/crisis-intent.ts') && specifier === '../../crisis/crisis-terms.js') {
    return './resource-directory-crisis-words.js';
  }
  return undefined;
}

/**
 * `lit` for a file beside the classic script that only writes templates: `html` and `nothing` as lit-html 3
 * makes them (a template result is a plain object that the classic script's lit renders), without a second
 * lit-html, which would also ask Trusted Types for a second policy named "lit-html".
 */
const LIT_TEMPLATES = '\0lit-templates';
const litTemplatesOnly = () => ({
  name: 'lit-templates-only',
  resolveId: (specifier) => (specifier === 'lit' ? LIT_TEMPLATES : null),
  load: (id) =>
    id === LIT_TEMPLATES
      ? "export const nothing = Symbol.for('lit-nothing');\nexport const html = (strings, ...values) => ({ ['_$litType$']: 1, strings, values });"
      : null,
});

const CLASSIC_SCRIPT_URL = fileURLToPath(new URL('./src/classic-script-url.ts', import.meta.url));

/**
 * Points those imports at the classic script's own URL: `import(besideClassicScript('./i18n/es.js'))`
 * (src/classic-script-url.ts). A bare `import('./i18n/es.js')` would resolve against the script's base URL,
 * which is about:blank for a script from another origin (a CDN) loaded without `crossorigin`.
 */
const filesBesideClassicScript = () => ({
  name: 'files-beside-classic-script',
  transform(code, id) {
    const importer = id.replace(/\\/g, '/');
    let besides = false;
    const rewritten = code.replace(/\bimport\(['"]([^'"]+)['"]\)/g, (call, specifier) => {
      const file = classicScriptFileFor(specifier, importer);
      if (!file) return call;
      besides = true;
      return `import(besideClassicScript(${JSON.stringify(file)}))`;
    });
    if (!besides) return null;
    return { code: `import { besideClassicScript } from ${JSON.stringify(CLASSIC_SCRIPT_URL)};\n${rewritten}`, map: null };
  },
});

/**
 * The configurator loads a language as `import('./i18n/es.js')`, the file the classic script loads too; as a
 * module it resolves that against its own URL, wherever it is served from.
 */
const translationsBesideScript = () => ({
  name: 'translations-beside-script',
  resolveDynamicImport(specifier) {
    const language = typeof specifier === 'string' && /^\.\/translations\/([a-z-]+)\.js$/.exec(specifier)?.[1];
    return language && LANGUAGES.includes(language) ? { id: `./i18n/${language}.js`, external: true } : null;
  },
});

/** The configurator imports the SDK from its minified build beside it, as the classic script does. */
const sdkBesideConfigurator = () => ({
  name: 'sdk-beside-configurator',
  resolveId(specifier, importer) {
    const fromConfigurator = importer?.replace(/\\/g, '/').includes('/src/configure/');
    return fromConfigurator && specifier === '../sdk/index.js' ? { id: './resource-directory-sdk.js', external: true } : null;
  },
});

/**
 * The lazy chunks by what they are for, instead of a dozen files of a few hundred bytes that rollup would cut
 * where lazy chunks share modules, each a request of its own on a slow phone (and a wait for one of a
 * browser's six connections to a host that speaks HTTP/1.1):
 * - `sdk`: the client, the API's reader (4 KiB: a file's reader is smaller and its worker large) and the
 *   small modules its readers share; every one comes after it (tests that take the SDK offline block it by
 *   this name);
 * - `card`: the card, the formats of its phones, hours and links, and the hours engine it shares with the
 *   normalizer;
 * - `needs`: matching categories to everyday needs (the stemmer), for the browse tiles and need searches;
 * - `normalize`: validation (zod) and normalizing, for the API reader, the adapters, a file read on the main
 *   thread;
 * - `local-search`: the index a file or a pulled API selection is searched with, and suggestions.
 * Rollup adds a group's dependencies to it, so the modules the entry imports itself (normalize/phone.ts,
 * early-responses.ts…) are named as the entry's: else the entry would import the whole group. CSV and zip
 * (legacy-tables.ts, csv.ts) stay with the data package reader.
 */
const SDK_SHARED = /\/src\/sdk\/(?:client|cache|errors|type-guards|geo|failure|failure-advice|feeds\/(?:detect|feed|list-items|data-package-descriptor|api-feed|api-pull)|http\/raw-file|normalize\/(?:parse-entity|record-kinds|envelope)|search\/(?:search-words|understood-text|words-found-nothing)|util\/map-with-concurrency)\.ts$/;
const HOURS = /\/src\/sdk\/(?:hours\/[\w-]+|normalize\/clean-text)\.ts$/;
const CARD = /\/src\/components\/(?:card\/card|listing-format\/[\w-]+|confirmation)\.ts$/;
const NEEDS = /\/src\/sdk\/search\/(?:need-match|search-terms|category-need|vocabulary\/needs)\.ts$|\/node_modules\/stemmer\//;
const LOCAL_SEARCH = /\/src\/sdk\/(?:search\/(?:local-search|text-index|edit-distance|spelling|suggest)|feeds\/pulled-view)\.ts$|\/node_modules\/minisearch\//;
const NORMALIZE = /\/src\/sdk\/(?:normalize\/(?!legacy-tables\.ts|csv\.ts)[\w-]+|schemas\/[\w-]+)\.ts$|\/node_modules\/zod\//;

/**
 * Chunks by purpose for a build whose entry is `entryFile` (named `entryName`): what the entry imports itself
 * stays in it; the rest of the SDK goes into the groups above.
 */
function sdkChunks(entryFile, entryName) {
  const entry = fileURLToPath(new URL(entryFile, import.meta.url));
  let entryModules;
  return (id, { getModuleInfo }) => {
    if (!entryModules) {
      entryModules = new Set();
      const visit = (moduleId) => {
        if (entryModules.has(moduleId)) return;
        entryModules.add(moduleId);
        for (const imported of getModuleInfo(moduleId)?.importedIds ?? []) visit(imported);
      };
      visit(entry);
    }
    if (entryModules.has(id)) return entryName;
    const path = id.replace(/\\/g, '/');
    if (SDK_SHARED.test(path)) return 'sdk';
    if (HOURS.test(path) || CARD.test(path)) return 'card';
    if (NEEDS.test(path)) return 'needs';
    if (LOCAL_SEARCH.test(path)) return 'local-search';
    if (NORMALIZE.test(path)) return 'normalize';
    return undefined;
  };
}

const FILE_WORKER = 'src/sdk/feeds/file-worker.ts';
const FILE_WORKER_URL = "new URL('./file-worker.js', import.meta.url)";

/**
 * The file worker (src/sdk/feeds/file-worker.ts) as a minified module emitted into `dir` beside the bundle's
 * chunks, with its table reader (CSV, zip: for data packages only) as a chunk of its own beside it, so a JSON
 * file's worker does not carry it; `new URL('./file-worker.js', import.meta.url)` in worker-file.ts becomes
 * the worker's emitted URL, so the module's lazy SDK chunk and the standalone SDK each find it wherever they
 * are served from.
 */
const fileWorker = ({ dir }) => {
  let reference;
  return {
    name: 'file-worker',
    async buildStart() {
      const bundle = await rollup({ input: FILE_WORKER, plugins: [resolve({ browser: true }), commonjs(), compile(), terser({ ecma: 2022, module: true })], onwarn });
      // Named here, so that the table reader's chunk imports the worker's by its final name.
      const { output } = await bundle.generate({ format: 'es', entryFileNames: 'file-worker-[hash].js', chunkFileNames: 'worker-[name]-[hash].js' });
      await bundle.close();
      this.addWatchFile(FILE_WORKER);
      for (const chunk of output) {
        const id = this.emitFile({ type: 'asset', fileName: `${dir}/${chunk.fileName}`, source: chunk.code });
        if (chunk.isEntry) reference = id;
      }
    },
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('src/sdk/feeds/worker-file.ts') || !code.includes(FILE_WORKER_URL)) return null;
      return { code: code.replace(FILE_WORKER_URL, `import.meta.ROLLUP_FILE_URL_${reference}`), map: null };
    },
  };
};

/** Copies a file from the source tree into the build's output as it is (the pages beside their scripts). */
const copyFile = (from, fileName) => ({
  name: 'copy-file',
  buildStart() {
    this.addWatchFile(from);
    this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
  },
});

export default [
  // The npm library: unbundled ES modules with .d.ts; lit, @lit/task, zod, papaparse and fflate stay dependencies.
  // No source maps: the modules are unminified TypeScript output, readable as they are, and maps pointing at
  // src/ (which is not shipped) would only send a debugger looking for files that are not there.
  // `resource-directory/react` and `/vue` are types only: their modules are empty, there to be importable.
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'sdk/index': 'src/sdk/index.ts',
      'sdk/feeds/file-worker': FILE_WORKER,
      'proxy/index': 'src/proxy/index.ts',
      'proxy/node': 'src/proxy/node.ts',
      'cli/bin': 'src/cli/bin.ts',
      'frameworks/react': 'src/frameworks/react.ts',
      'frameworks/vue': 'src/frameworks/vue.ts',
    },
    external: [/^lit/, /^@lit\//, /^zod/, /^papaparse/, /^fflate/, /^minisearch/, /^stemmer/, /^leaflet/, /^node:/],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [compile({ outDir: 'dist/esm', declaration: true, declarationDir: 'dist/esm' })],
    onwarn: (warning, warn) => (warning.code === 'EMPTY_BUNDLE' && /^frameworks\//.test(warning.names?.[0] ?? '') ? undefined : onwarn(warning, warn)),
  },
  // The script tag: one self-contained, minified ES module; lazy chunks (extra locales) load on demand.
  {
    input: { 'resource-directory': 'src/embed.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      assetFileNames: 'chunks/[name]-[hash][extname]',
      manualChunks: sdkChunks('./src/embed.ts', 'resource-directory'),
    },
    plugins: [
      leafletTrustedTypes(),
      resolve({ browser: true }),
      commonjs(),
      minifyCssLiterals(),
      compile(),
      fileWorker({ dir: 'chunks' }),
      terser({ ecma: 2022, module: true }),
      // 20.5: the failure messages a visitor needs before the SDK arrives (not found, not a feed, busy, offline,
      // too large) took the last of 20; the next UI work goes into lazy chunks. 20.75: the map's attributes,
      // its English strings and the hook that loads the List · Map toggle (0.15 KiB); the map itself is lazy.
      // 21.75: the directory as controllers (search, feed client, announcer, crisis intent, geolocation) and one
      // view module per state: the same code, plus 0.94 KiB of class and option-object seams that minifying
      // cannot shorten (measured 21,127 → 22,089 B gzip).
      // 22.5: and the phone layout (search and "Near" in one row, the toolbar in one), the status line brought
      // into view after a search, the hooks and English strings of the browse tiles and filter chips (0.7 KiB;
      // the tiles, their icons and the chips are lazy). Measured together: 22.4 KiB. Issue #17 takes bytes
      // before the first cards down to 32 KiB in all, by splitting the SDK and the entry.
      // 23.25: the feed's first request starts from the entry, before the SDK arrives (early-responses.ts,
      // first-request.ts, shared with the SDK chunk, which no longer carries them), and the entry starts the
      // imports of every chunk the first cards need (first-render.mjs); measured 22,783 → 23,541 B gzip.
      // 23.5: and it starts the feed's reader (API or file) with the chunks that reader needs, and every lazy
      // chunk's own imports with it (preload-dependencies.mjs): a round trip less per level, for 23,541 →
      // 23,864 B gzip, while the script before the first cards fell from 83.5 to 73.9 KiB (API) and from
      // 132.0 to 85.9 KiB (static file).
      // 23.75: and an API's plain first page (a directory with no search of its own) asked with its root,
      // before the SDK arrives (about 0.2 KiB; measured 24,170 B gzip): the first cards no longer wait for it.
      // 26.25: and the List · Map toggle (map-controller.ts, 2.3 KiB here), which sits above the cards: as a chunk
      // of its own it came a frame or more after them one slow-phone load in two and pushed them down 45 px; in
      // the entry it is there when they are drawn, with no change to their time in `npm run bench`
      // (API 1,544 → 1,551 ms, static file 2,190 → 2,141 ms, nine loads each, same sitting).
      sizeReport({ dir: 'dist', budgets: { 'resource-directory.js': 26.25 * KiB } }),
      // Script before the first cards, gzip: the entry, the client's and the card's chunks and those they
      // import, the feed's reader and, for a static file, the file worker's script (#17 asks for 32 KiB).
      // Was 83.5 / 132.0 KiB with one SDK chunk and a worker carrying the CSV and zip readers; 73.9 / 85.9 with
      // the SDK in chunks by purpose (sdkChunks) and the table readers lazy in the worker; 71.7 / 83.7 with the
      // card's details a lazy chunk (card chunk 9,848 → 7,609 B gzip); 72.1 / 83.8 with the normalizer fetched
      // beside an API's first page; 70.7 / 86.5 with the API's reader in the client's chunk and the hours in
      // the card's: two requests fewer for either (a file pays 4 KiB for it, and its first ten cards still came
      // sooner: 2,158 → 2,012 ms in one run of `npm run bench`, the API's 1,676 → 1,563 ms). Ceilings.
      // API 73.5, static 89.5: the List · Map toggle in the entry (above), and the client's chunk telling a feed
      // without categories at once, without the needs chunk, so the directory stops holding the browse tiles'
      // place before the first cards. API 73.75: an API's truth on the same data as a file (a page without
      // totals, a category in another case, distances kept on completed records: api-feed.ts, 73.4 → 73.6).
      // Static 89.75: the file's search reading whole words before typos and ordering ties by id, and the
      // phones kept per way to reach them (89.1 → 89.6).
      preloadDependencies(),
      firstRender({
        entry: 'resource-directory.js',
        modules: ['src/sdk/client.ts', 'src/components/card/card.ts'],
        paths: {
          'an API': { modules: ['src/sdk/feeds/api-feed.ts', 'src/sdk/normalize/feed.ts'], budget: 73.75 * KiB },
          'a static file': { modules: ['src/sdk/feeds/file-feed.ts'], worker: 'file-worker', budget: 89.75 * KiB },
        },
      }),
    ],
    onwarn,
  },
  // For hosts that cannot load modules: a classic script with everything inlined but the languages, the SDK and
  // the map, which it loads from beside itself (filesBesideClassicScript).
  {
    input: 'src/embed.ts',
    output: { file: 'dist/resource-directory.iife.js', format: 'iife', name: 'ResourceDirectory', inlineDynamicImports: true },
    plugins: [
      resolve({ browser: true }),
      minifyCssLiterals(),
      compile(),
      filesBesideClassicScript(),
      terser({ ecma: 2022 }),
      // 39.5: the crisis phrases of twelve languages and the crisis-services search (3.5 KiB) are inlined here;
      // 40: so is the zero-results view (suggestions, 211, 988; 0.7 KiB); 42: and the designed card (icons,
      // list, grid and compact layouts, phone numbers in one format: 2.2 KiB), less the 0.4 KiB the CSS
      // minifier took back; 43.5: and the folded crisis lines, skip link, Escape for the filters, visible
      // confirmations, the saved list's heading, Back and Undo, and the printed hours (1.4 KiB);
      // 46.5: the map's toggle, card pins and layout (2.9 KiB, map-controller.ts); the map and Leaflet stay beside;
      // 47.25: the card's details, labelled row by row (hours per place, contacts, prices, chat, documents) and
      // the saved list keeping them (1.1 KiB); 48.25: the directory as controllers and one view module per state
      // (1.0 KiB of seams, as for the module entry; measured 46,969 → 47,954 B gzip).
      // 50.75: and the browse tiles with their need icons (1.9 KiB), the filter chips (1.0 KiB) and the phone
      // layout of the form and toolbar; measured together: 50.6 KiB.
      // 51.25: the feed's first request started before the SDK file arrives (early-responses.ts,
      // first-request.ts; measured 50.6 → 51.0 KiB gzip). 51.75: and the card in at most ~80 DOM nodes (its
      // small templates, +0.56 KiB gzip inlined here). 50.25: a card's details loaded from beside it
      // (resource-directory-card-details.js); measured 52,910 → 50,874 B gzip. 50.5: a crisis search's crisis
      // services shown before the other services its words found, the count kept exact (crisis-services.ts;
      // measured 50,886 → 51,172 B gzip). 46.5: the crisis words of twelve languages loaded from beside it
      // (resource-directory-crisis-words.js, 7.7 KiB gzip once they cover abuse at home, assault and despair).
      sizeReport({ dir: 'dist', budgets: { 'resource-directory.iife.js': 46.5 * KiB } }),
    ],
    onwarn,
  },
  // The languages the classic script loads: one minified ES module each, in dist/i18n/.
  {
    input: Object.fromEntries(LANGUAGES.map((language) => [`i18n/${language}`, `src/i18n/translations/${language}.ts`])),
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'i18n/[name]-[hash].js' },
    plugins: [resolve({ browser: true }), compile(), terser({ ecma: 2022, module: true })],
    onwarn,
  },
  // A card's details, which the classic script loads when a visitor first opens them (or shows intent to): one
  // minified ES module with its own copy of the few lines of lit-html its templates need (their results are plain
  // objects any copy of lit renders) and of the hours table's code.
  {
    input: { 'resource-directory-card-details': 'src/components/card/card-details.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [litTemplatesOnly(), resolve({ browser: true }), compile(), terser({ ecma: 2022, module: true }), sizeReport({ dir: 'dist' })],
    onwarn,
  },
  // The crisis words the classic script loads before the visitor's first search: one minified ES module.
  {
    input: { 'resource-directory-crisis-words': 'src/components/crisis/crisis-terms.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [resolve({ browser: true }), compile(), terser({ ecma: 2022, module: true }), sizeReport({ dir: 'dist' })],
    onwarn,
  },
  // The map the classic script loads when a visitor opens it: Leaflet and map-view.ts, one minified ES module.
  {
    input: { 'resource-directory-map': 'src/components/map/map-view.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [leafletTrustedTypes(), resolve({ browser: true }), compile(), terser({ ecma: 2022, module: true }), sizeReport({ dir: 'dist' })],
    onwarn,
  },
  // The SDK alone, minified: what `resource-directory/sdk` costs a browser, and what the classic script loads.
  {
    input: { 'resource-directory-sdk': 'src/sdk/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'sdk/[name]-[hash].js',
      assetFileNames: 'sdk/[name]-[hash][extname]',
      manualChunks: sdkChunks('./src/sdk/index.ts', 'resource-directory-sdk'),
    },
    plugins: [resolve({ browser: true }), commonjs(), compile(), fileWorker({ dir: 'sdk' }), terser({ ecma: 2022, module: true }), preloadDependencies(), sizeReport({ dir: 'dist' })],
    onwarn,
  },
  // dist/embed.html, for sites that allow only an iframe: the page and its small script, which configures one
  // directory from the query parameters; the directory itself is resource-directory.js beside it.
  {
    input: { 'embed-page': 'src/embed-page/embed-page.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [copyFile('src/embed-page/embed.html', 'embed.html'), compile(), terser({ ecma: 2022, module: true }), sizeReport({ dir: 'dist' })],
    onwarn,
  },
  // dist/configure.html, the webmaster's configurator: its own entry (lit-html and its page), never in the
  // widget's bundles. It shares the files beside it: the SDK it checks feeds with is resource-directory-sdk.js,
  // the language it names the iframe in is i18n/<lang>.js, and its preview is resource-directory.js.
  {
    input: { configure: 'src/configure/configure.ts' },
    makeAbsoluteExternalsRelative: false,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [
      copyFile('src/configure/configure.html', 'configure.html'),
      copyFile('src/configure/configure.css', 'configure.css'),
      sdkBesideConfigurator(),
      translationsBesideScript(),
      resolve({ browser: true }),
      compile(),
      terser({ ecma: 2022, module: true }),
    ],
    onwarn,
  },
];
