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
 * Adds a second Content Security Policy that allows connections to those origins only. A page obeys every
 * policy it has, so this one narrows the static policy in embed.html (which allows any https host) to the
 * feed. It must be in place before the directory's first request.
 */
export function limitConnectionsTo(sources: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src ${sources}`;
  document.head.append(meta);
}
