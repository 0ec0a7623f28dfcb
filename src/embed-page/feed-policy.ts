import { tileSource } from '../components/map/tile-source.js';

/**
 * The origins the directory may fetch from, as a `connect-src` list: the feed's and the vocabulary file's,
 * when they are http(s) URLs; `'none'` when there are none.
 */
export function connectSources(urls: (string | null)[], base: string): string {
  const origins = new Set<string>();
  for (const url of urls) {
    if (!url) continue;
    try {
      const parsed = new URL(url, base);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') origins.add(parsed.origin);
    } catch {
      // Not a URL: the directory shows its configuration error and fetches nothing.
    }
  }
  return origins.size ? [...origins].join(' ') : "'none'";
}

/**
 * The map's tile host as an `img-src` list (every subdomain for a template with `{s}`), the only images
 * the directory loads; `'none'` for `map-tiles="none"` or a template the map would refuse.
 */
export function imageSources(mapTiles: string | null, base: string): string {
  const source = tileSource(mapTiles ?? undefined, base);
  if (!source) return "'none'";
  const scheme = source.tiles.slice(0, source.tiles.indexOf('//'));
  return `${scheme}//${source.tiles.includes('//{s}.') ? '*.' : ''}${source.host}`;
}

/**
 * Adds a second Content Security Policy allowing only these connections and images. A page obeys every
 * policy it has, so this one narrows the static policy in embed.html (which allows any https host) to the
 * feed and the tiles. It must be in place before the directory's first request.
 */
export function narrowPolicy({ connect, images }: { connect: string; images: string }): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src ${connect}; img-src ${images}`;
  document.head.append(meta);
}
