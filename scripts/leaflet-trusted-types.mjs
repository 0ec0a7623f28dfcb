// Rollup plugin: lets Leaflet load on a page that requires Trusted Types.
//
// Leaflet 1.9 tests, as it loads, whether the browser parses inline SVG, by writing `'<svg/>'` into a
// div's innerHTML. A page with `require-trusted-types-for 'script'` refuses that assignment, so importing
// Leaflet throws and the map never opens. Every browser that can run this widget parses inline SVG, so the
// test is replaced by its answer. The map draws its own controls and uses element icons, so no other
// HTML string reaches Leaflet (see src/components/map/map-view.ts). The build fails if Leaflet changes
// and the test is no longer found, rather than shipping a map that breaks under Trusted Types.
const LEAFLET = /[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/;
const SVG_PROBE = /\(function \(\) \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<svg\/>';[^}]*\}\)\(\)/;

export function leafletTrustedTypes() {
  return {
    name: 'leaflet-trusted-types',
    transform(code, id) {
      if (!LEAFLET.test(id)) return null;
      if (!SVG_PROBE.test(code)) this.error(`${id}: Leaflet's inline-SVG probe was not found; check src/components/map/map-view.ts against this Leaflet.`);
      return { code: code.replace(SVG_PROBE, 'true'), map: null };
    },
  };
}
