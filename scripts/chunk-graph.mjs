// What a rollup bundle's chunks import, for the build's plugins that measure or fetch them together.

/** A chunk and every chunk it imports statically, at any depth, by file name. */
export function staticClosure(bundle, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of bundle[fileName]?.imports ?? []) staticClosure(bundle, imported, seen);
  return seen;
}
