/**
 * The classic script's own URL, for the files it loads from beside itself (languages, SDK, map; the
 * classic build in rollup.config.mjs points its dynamic imports here). A classic script from another origin
 * (a CDN) loaded without `crossorigin` has "muted errors", and resolves a bare `import('./i18n/es.js')`
 * against about:blank. `document.currentScript` is set only while the script first runs, so it is read
 * once, as this module is evaluated. Where it is not set (a script in a shadow root, code a loader
 * evaluated), the bare path resolves as it always did: against the script's URL if it is on the page's origin.
 */
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src;

/** The absolute URL of a file beside the classic script, e.g. `./i18n/es.js`. */
export const besideClassicScript = (file: string): string => (scriptUrl ? new URL(file, scriptUrl).href : file);
