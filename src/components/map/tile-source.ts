// Where the map's tiles come from: in a module of its own, which embed.html's policy reads without the map.

/** OpenStreetMap's own tile server: the default, with the credit its licence asks for. */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** A tile template the map can use: absolute, http(s), with {z}, {x} and {y}; and the host it loads from. */
export function tileSource(template: string | undefined, base = document.baseURI): { tiles: string; host: string } | undefined {
  const raw = template?.trim() || OSM_TILES;
  if (!raw.includes('{z}') || !raw.includes('{x}') || !/\{-?y\}/.test(raw)) return undefined;
  try {
    const url = new URL(raw, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return { tiles: url.href.replace(/%7B/gi, '{').replace(/%7D/gi, '}'), host: url.host.replace(/^\{s\}\./, '') };
  } catch {
    return undefined;
  }
}
