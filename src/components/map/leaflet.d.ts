// Leaflet's ES module build, imported by its path: the package's `main` is a UMD file that exports nothing
// to a browser module, and its types (@types/leaflet) describe the same API.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
