import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as events from '../../src/events/events.js';

// dist/custom-elements.json as tools read it (IDEs, Storybook, the README reference): what it names must be
// real and shipped.
const manifestUrl = new URL('../../dist/custom-elements.json', import.meta.url);

interface Reference { name: string; module?: string }
interface Manifest {
  modules: {
    path: string;
    declarations?: { name: string; tagName?: string; customElement?: boolean; events?: { name: string; type?: { text: string; references?: Reference[] } }[] }[];
    exports?: { kind: string; name: string; declaration: Reference }[];
  }[];
}

const manifest = (): Manifest => JSON.parse(readFileSync(manifestUrl, 'utf8'));
const elements = () => manifest().modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);

/** The event classes of src/events/events.ts, by event name: `rd-results` → `ResourceDirectoryResultsEvent`. */
const realEvents = new Map(Object.entries(events).map(([className, eventClass]) => [eventClass.eventName, className]));

/** Every `module` a manifest names, wherever it sits (exports, type references, superclasses, …). */
function modulesNamedIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(modulesNamedIn);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'module' && typeof value === 'string' ? [value] : modulesNamedIn(value)));
}

describe('dist/custom-elements.json', () => {
  it('is built', () => {
    expect(existsSync(manifestUrl), 'run `npm run build` first').toBe(true);
  });

  it('lists only the events of src/events/events.ts, each typed by its class', () => {
    expect(realEvents.size).toBe(6);
    const listed = elements().flatMap((element) => element.events ?? []);
    expect(listed.length).toBeGreaterThan(0);
    for (const event of listed) {
      expect(realEvents.has(event.name), `"${event.name}" is not an event of src/events/events.ts`).toBe(true);
      expect(event.type?.text).toBe(realEvents.get(event.name));
      expect(event.type?.references).toEqual([{ name: realEvents.get(event.name), module: 'dist/esm/events/events.js' }]);
    }
  });

  it('gives the directory all six events and the card its two', () => {
    const eventsOf = (tag: string) => (elements().find((element) => element.tagName === tag)?.events ?? []).map((event) => event.name).sort();
    expect(eventsOf('resource-directory')).toEqual([...realEvents.keys()].sort());
    expect(eventsOf('resource-card')).toEqual(['rd-action', 'rd-select']);
  });

  it('names only modules the package ships, by their path from the package root', () => {
    const { modules } = manifest();
    const paths = [...modules.map((module) => module.path), ...modulesNamedIn(modules)];
    expect(paths.length).toBeGreaterThan(5);
    for (const path of new Set(paths)) {
      expect(path).toMatch(/^dist\/esm\/.*\.js$/);
      expect(existsSync(new URL(`../../${path}`, import.meta.url)), `${path} is not in dist`).toBe(true);
    }
  });

  it('says which module defines each tag, and which class it is', () => {
    const definitions = manifest().modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => [module.path, entry.name, entry.declaration.name]));
    expect(definitions.sort()).toEqual([
      ['dist/esm/define.js', 'resource-card', 'ResourceDirectoryCard'],
      ['dist/esm/define.js', 'resource-directory', 'ResourceDirectory'],
    ]);
  });
});
