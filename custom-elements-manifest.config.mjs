// `cem analyze` settings: the manifest of what the package ships (dist/esm), from the classes' JSDoc.
import { readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { vscodeCustomData, webTypes } from './scripts/editor-data.mjs';

const OUTDIR = 'dist';

/**
 * The shipped module a source module compiles to, from the package's root: `src/components/card/card.ts`
 * → `dist/esm/components/card/card.js`; a re-export's `./events/events.js`, relative to the module that
 * re-exports it, likewise.
 */
function shipped(path, from) {
  const fromRoot = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path;
  return fromRoot.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/esm/$1.js');
}

/** Names a module exports as types only (`export type { … }`, `export { type … }`), by module path. */
const typeOnlyExports = new Map();

/** The events of src/events/events.ts, by name: `rd-results` → its class and its detail's type. */
function realEvents() {
  const source = readFileSync('src/events/events.ts', 'utf8');
  const classes = [...source.matchAll(/export class (\w+) extends ResourceDirectoryEvent<(\w+)> \{\s*static readonly eventName = '([\w-]+)'/g)];
  if (classes.length === 0) throw new Error('custom-elements-manifest.config.mjs: no event classes found in src/events/events.ts');
  return new Map(classes.map(([, className, detailType, eventName]) => [eventName, { className, detailType }]));
}

const customElements = (manifest) => manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement).map((d) => [module, d]));

export default {
  // The entries, the two elements and their events; the helper modules behind them are no API.
  globs: ['src/index.ts', 'src/define.ts', 'src/events/events.ts', 'src/components/directory/directory.ts', 'src/components/card/card.ts'],
  outdir: OUTDIR,
  // package.json's "customElements" is written by hand; the analyzer would rewrite it.
  packagejson: false,
  litelement: true,
  plugins: [
    {
      // Lit's `static properties` marks internal state with `state: true`; the analyzer still lists it as
      // attributes, so drop attributes of private fields.
      name: 'drop-private-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const [, declaration] of customElements(customElementsManifest)) {
          const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !hidden.has(a.fieldName));
        }
      },
    },
    {
      // The analyzer lists `export type { … }` as JavaScript exports, and a local variable of directory.ts
      // as a declaration of its module: keep what the modules export at run time.
      name: 'runtime-exports-only',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
        const names = typeOnlyExports.get(moduleDoc.path) ?? new Set();
        for (const element of node.exportClause.elements) if (node.isTypeOnly || element.isTypeOnly) names.add(element.name.text);
        typeOnlyExports.set(moduleDoc.path, names);
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          const typesOnly = typeOnlyExports.get(module.path) ?? new Set();
          module.exports = (module.exports ?? []).filter((entry) => !typesOnly.has(entry.name));
          const exported = new Set(module.exports.filter((entry) => entry.kind === 'js').map((entry) => entry.declaration.name));
          module.declarations = (module.declarations ?? []).filter((declaration) => exported.has(declaration.name));
        }
      },
    },
    {
      // The analyzer also reads `dispatchEvent(new XEvent(tag))` as an event named after the argument
      // (`tag`, `action`); keep the `@event`s of src/events/events.ts, each with its class as its type.
      // The event classes' `detail` is typed by their detail type rather than the base class's parameter.
      name: 'real-events-only',
      packageLinkPhase({ customElementsManifest }) {
        const events = realEvents();
        for (const [, declaration] of customElements(customElementsManifest)) {
          declaration.events = (declaration.events ?? [])
            .filter((event) => events.has(event.name))
            .map((event) => {
              const { className } = events.get(event.name);
              return { ...event, type: { text: className, references: [{ name: className, module: 'src/events/events.ts' }] } };
            });
        }
        const eventsModule = customElementsManifest.modules.find((module) => module.path === 'src/events/events.ts');
        for (const { className, detailType } of events.values()) {
          const detail = eventsModule?.declarations?.find((d) => d.name === className)?.members?.find((member) => member.name === 'detail');
          if (detail) detail.type = { text: detailType };
        }
      },
    },
    {
      // define.js registers both tags through a helper the analyzer cannot follow; say so, for tools that
      // map tags to classes from the definitions.
      name: 'tag-definitions',
      packageLinkPhase({ customElementsManifest }) {
        const define = customElementsManifest.modules.find((module) => module.path === 'src/define.ts');
        if (!define) throw new Error('custom-elements-manifest.config.mjs: src/define.ts was not analyzed');
        // The analyzer reads `customElements.define(tag, element)` in the helper as a tag named `tag`.
        define.exports = [
          ...(define.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition'),
          ...customElements(customElementsManifest).map(([module, declaration]) => ({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: module.path },
          })),
        ];
      },
    },
    {
      // Paths of the files the package ships, not of its sources: runs after the plugins above, which
      // still name modules by source path.
      name: 'shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        const rewrite = (node, from) => {
          if (Array.isArray(node)) return node.forEach((item) => rewrite(item, from));
          if (!node || typeof node !== 'object') return;
          for (const [key, value] of Object.entries(node)) {
            if (key === 'module' && typeof value === 'string') node[key] = shipped(value, from);
            else if (key !== 'path') rewrite(value, from);
          }
        };
        for (const module of customElementsManifest.modules) {
          rewrite(module, module.path);
          module.path = shipped(module.path, module.path);
        }
      },
    },
    {
      // Editor data for VS Code (`html.customData`) and JetBrains IDEs (`web-types`), from the final manifest.
      name: 'editor-data',
      packageLinkPhase({ customElementsManifest }) {
        const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
        writeFileSync(`${OUTDIR}/vscode.html-custom-data.json`, `${JSON.stringify(vscodeCustomData(customElementsManifest), null, 2)}\n`);
        writeFileSync(`${OUTDIR}/web-types.json`, `${JSON.stringify(webTypes(customElementsManifest, pkg), null, 2)}\n`);
      },
    },
  ],
};
