// Why a feed could not be checked, and what to do about it, for a webmaster.
import { failureOf, webmasterAdvice } from '../sdk/index.js';

/** The feed address as an absolute http(s) URL, or a sentence saying what is wrong with it. */
export function feedAddress(input: string, base: string): URL | string {
  if (!input.trim()) return 'Enter the address of your feed.';
  try {
    const url = new URL(input.trim(), base);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // said below
  }
  return 'That is not a web address: a feed address starts with https://.';
}

/** What went wrong reading the feed, in plain words first, then the SDK's own advice. */
export function failureExplained(error: unknown, feed: URL, page: URL): string {
  // The error's own message names the request; the SDK's advice repeats what is said here in other words.
  const request = error instanceof Error ? error.message : String(error);
  if (page.protocol === 'https:' && feed.protocol === 'http:') {
    return `Browsers do not let a secure (https) page read an http feed. Use the feed's https address. (${request})`;
  }
  if (failureOf(error).kind === 'offline') {
    return (
      'Your browser could not read the feed at all. Either its server is down, or it does not let other ' +
      'websites read it: the server must send the header Access-Control-Allow-Origin (CORS). Ask the ' +
      `feed's publisher to allow your site, or serve the feed from your own. (${request})`
    );
  }
  return webmasterAdvice(error);
}
