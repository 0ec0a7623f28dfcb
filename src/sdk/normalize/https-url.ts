/**
 * An absolute https URL with a host, normalized; anything else undefined. For links a host page configures
 * (a crisis line's chat), which need none of the repairs feed URLs get, and so stay out of the first bundle.
 */
export function httpsUrl(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  try {
    const url = new URL(input.trim());
    return url.protocol === 'https:' && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}
