// Rollup plugin: shrinks the CSS in Lit's css`…` templates of src/**/*.styles.ts once TypeScript has compiled
// them: comments go, and so does the indentation and the white space around braces and semicolons. Terser
// keeps template text as written, so without this every chunk carries the stylesheets' layout and notes.
// Only white space that cannot matter is removed: after a colon, around braces, semicolons, commas and the child
// combinator. A space between selector parts (a descendant combinator) or between words of a value stays.

/** A css`…` template (TypeScript writes `css \`…\``), captured up to its closing backtick. */
const CSS_TEMPLATE = /\bcss\s*`([^`]*)`/g;

/** The CSS text of one template, minified; one with an interpolation is left alone. */
export function minifyCss(text) {
  if (text.includes('${')) return text;
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export const minifyCssLiterals = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('.styles.ts')) return null;
    const minified = code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``);
    return minified === code ? null : { code: minified, map: null };
  },
});
