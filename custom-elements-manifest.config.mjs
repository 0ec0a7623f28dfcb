// `cem analyze` settings. Lit's `static properties` marks internal state with `state: true`; the
// analyzer still lists it as attributes, so a plugin drops attributes of private fields.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'drop-private-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
            declaration.attributes = (declaration.attributes ?? []).filter((a) => !hidden.has(a.fieldName));
          }
        }
      },
    },
  ],
};
