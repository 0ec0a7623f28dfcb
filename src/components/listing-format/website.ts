import type { Listing } from '../../sdk/model.js';

// Longer than any address a card should offer as a link; the bound keeps the check cheap on hostile text.
const MAX_URL_LENGTH = 4096;
const WEB_URL = /^https?:\/\/[^\s]+$/i;

/**
 * `value` when it is an http or https address a link may open, else undefined. The SDK checks what it reads
 * from a feed, but a card also shows listings the host page hands it and listings saved on an earlier visit,
 * so `javascript:`, `data:` and the like are refused here again.
 */
export function webHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH || !WEB_URL.test(value)) return undefined;
  try {
    new URL(value);
    return value;
  } catch {
    return undefined; // "http://[" and other addresses no browser can open
  }
}

/** The listing's own website, else its organization's; undefined when neither is a web address. */
export const listingWebsite = (listing: Listing): string | undefined => webHref(listing.url) ?? webHref(listing.organization?.url);
