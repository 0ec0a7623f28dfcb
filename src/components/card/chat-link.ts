import type { Listing } from '../../sdk/model.js';
import { webHref } from '../listing-format/website.js';

// HSDS has no chat channel: a phone's `type` is one of RFC 6350's (voice, text, fax, cell, video, pager,
// textphone), and a number cannot be opened as a chat anyway. Services publish their chat as a web page: a
// further URL labelled so ("Chat", "Live chat", "Webchat"), or a URL whose host or path names it
// (chat.example.org, example.org/chat). A word inside another ("chatham.gov") does not count.
const CHAT = /(?:^|[^a-z])(?:web|live)?chat(?:[^a-z]|$)/i;

function namesChat(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    return CHAT.test(hostname) || CHAT.test(pathname);
  } catch {
    return false;
  }
}

/** The page where a visitor can chat with the service, when the feed gives one; always http(s). */
export function chatHref(listing: Listing): string | undefined {
  const links = listing.links ?? [];
  const labelled = links.find((link) => link.label && CHAT.test(link.label));
  const online = listing.locations.filter((location) => location.virtual).map((location) => location.url);
  const named = [listing.url, ...links.map((link) => link.url), ...online, listing.organization?.url].find((url) => url && namesChat(url));
  return webHref(labelled?.url) ?? webHref(named);
}
