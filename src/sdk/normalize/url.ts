import { withoutDeceptiveCharacters } from './clean-text.js';
import { dialable } from './phone.js';

export type UrlScheme = 'http' | 'https' | 'mailto' | 'tel' | 'sms';

/** A value kept, and what had to be changed to keep it (for a FeedIssue); `value` undefined when refused. */
export interface Repair {
  value?: string;
  repair?: string;
}

const WEB: readonly UrlScheme[] = ['http', 'https'];
// An address is at most 254 characters, with room for a label or note around it; links beyond a few
// thousand characters are not links a card should offer. Both bounds keep the patterns below cheap.
const MAX_EMAIL_INPUT = 512;
const MAX_URL_INPUT = 4096;
// Deliberately loose (one @, a dot in the domain, no spaces or markup characters): good enough to refuse
// obvious junk such as "email-example_com" without rejecting real but unusual addresses. `?`, `#`, `&`, `%`
// and control characters are refused too: in a mailto link they would start or join headers (`?bcc=`,
// `&body=`), smuggle encoded ones or break a header line.
// eslint-disable-next-line no-control-regex -- control characters are among what we refuse
const PLAUSIBLE_EMAIL = /^[^\s\0-\x1f\x7f@<>()[\]\\,;:"'?#&%]+@[^\s\0-\x1f\x7f@<>()[\]\\,;:"'.?#&%]+(?:\.[^\s\0-\x1f\x7f@<>()[\]\\,;:"'.?#&%]+)+$/;
// Quotes, angle brackets and the punctuation a sentence leaves around an address ("write to help@x.org.").
const EMAIL_WRAPPING = /^[\s"'‘’“”<([]+|[\s"'‘’“”>)\].,;:]+$/g;
const NAMED_ADDRESS = /<([^<>]+)>\s*$/; // "Help Desk <help@example.org>"
const LABEL_BEFORE = /^[^@:]{1,40}:\s+(?=\S+@)/; // "E-mail: help@example.org" (not "mailto:", which has no space)
const NOTE_AFTER = /(?<=@\S+)\s+(?:\([^()@]*\)|[-–—]\s[^@]*)$/; // "help@example.org (after hours)"
const UNWRAPPED = 'surrounding quotes or punctuation removed';
const SEVERAL_ADDRESSES = /[\s,;/]+|\s+(?:or|and)\s+/i;

// Generic top-level domains seen on service websites; any two-letter country code is accepted as well.
// A list (not "any letters") so that "report.pdf" or "index.html" in a URL field is not taken for a site.
const GENERIC_TLDS = new Set(
  ('com org net edu gov mil int info biz app dev io co me tv name pro mobi coop museum aero jobs travel asia ' +
    'health care help community church ngo ong charity foundation services support social family online site ' +
    'website life center centre clinic network news global city nyc london scot wales cymru eus gal cat law legal ' +
    'live today world group fund school education academy university college hospital')
    .split(' '),
);
// A host name: letters, digits and hyphens in dot-separated labels, then an optional port, path, query or fragment.
// "www.a.org, www.b.org" or "https://a.org https://b.org": a second address after a separator.
const ANOTHER_WEB_ADDRESS = /[\s,;]+(?:https?:\/\/|www\.)/i;
// "Website: www.foo.org": a label a spreadsheet column left in the value.
const WEB_LABEL = /^(?:web ?site|web|url|home ?page|site|online)\s*:\s*/i;
const PLACEHOLDER = /^(?:n\/?a|none|null|nil|unknown|tbd|not available|no (?:web ?site|e-?mail)|[-–—.x?]+)$/i;
const BARE_HOST = /^((?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+([a-z]{2,24}|xn--[a-z\d-]{1,59}))\.?(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const isPlausibleTld = (tld: string): boolean => tld.length === 2 || tld.startsWith('xn--') || GENERIC_TLDS.has(tld);

/** True when the text is plainly a web address without its scheme ("unitedway.org", "foo.org.uk/help"). */
function isBareHost(text: string): boolean {
  const match = BARE_HOST.exec(text);
  return match !== null && (/^www\./i.test(text) || isPlausibleTld(match[2]!.toLowerCase()));
}

/** The web address a scheme-less text plainly is, without words after it ("foo.org (in Spanish)"); or undefined. */
function bareHostIn(text: string): { address: string; wordsAfter: boolean } | undefined {
  const whole = text.replace(/[.,;]+$/, ''); // "unitedway.org." ends a sentence
  if (isBareHost(whole)) return { address: whole, wordsAfter: false };
  const first = /^\S+(?=\s)/.exec(text)?.[0].replace(/[.,;]+$/, '');
  return first && isBareHost(first) ? { address: first, wordsAfter: true } : undefined;
}

/** Placeholders feeds put where they have no value ("N/A", "none", "-"): no address at all, not a bad one. */
export const isPlaceholder = (text: string): boolean => PLACEHOLDER.test(text.trim());

/**
 * One plain e-mail address from what a feed wrote: a `mailto:` prefix, a display name, quotes, angle
 * brackets, surrounding punctuation (a trailing full stop) and any `?subject=`/`?bcc=` part are removed;
 * of several addresses, the first is kept. Each such change is named in `repair`.
 */
export function repairEmail(input: unknown): Repair {
  if (typeof input !== 'string' || input.length > MAX_EMAIL_INPUT) return {};
  const repairs: string[] = [];
  let text = withoutDeceptiveCharacters(input).trim();
  if (text !== input.trim()) repairs.push('invisible or direction-control characters removed');
  const named = NAMED_ADDRESS.exec(text);
  if (named && named.index > 0) {
    text = named[1]!;
    repairs.push('name around the address removed');
  }
  const labelled = text.replace(LABEL_BEFORE, '').replace(NOTE_AFTER, '');
  if (labelled !== text && labelled.includes('@')) {
    text = labelled;
    repairs.push('words around the address removed');
  }
  const unwrap = (value: string): string => {
    const unwrapped = value.replace(EMAIL_WRAPPING, '');
    if (unwrapped !== value && !repairs.includes(UNWRAPPED)) repairs.push(UNWRAPPED);
    return unwrapped;
  };
  text = unwrap(text);
  if (/^mailto:/i.test(text)) {
    text = unwrap(decode(text.slice('mailto:'.length)));
    repairs.push('"mailto:" removed');
  }
  const headers = text.search(/[?#]/);
  if (headers >= 0) {
    text = unwrap(text.slice(0, headers));
    repairs.push('mail headers (?…) removed');
  }
  const addresses = text.split(SEVERAL_ADDRESSES).filter((part) => part.includes('@'));
  if (addresses.length > 1) {
    text = addresses.map((part) => part.replace(EMAIL_WRAPPING, '')).find((part) => PLAUSIBLE_EMAIL.test(part)) ?? text;
    repairs.push('several addresses; the first kept');
  }
  if (text.length > 254 || !PLAUSIBLE_EMAIL.test(text)) return {};
  return repairs.length ? { value: text, repair: repairs.join('; ') } : { value: text };
}

/** A plausible e-mail address (a `mailto:` prefix and surrounding quotes or punctuation removed), or undefined. */
export const safeEmail = (input: unknown): string | undefined => repairEmail(input).value;

/**
 * The URL, normalized, if it is an absolute URL with one of the allowed schemes, or plainly a host name
 * without one ("unitedway.org" → `https://unitedway.org/`, named in `repair`). Anything else (`javascript:`,
 * `data:`, relative paths, e-mail addresses, junk) is refused. Bare addresses or numbers are accepted for
 * `mailto` and `tel`/`sms`; a mailto link never keeps the feed's headers (`?bcc=`).
 */
export function repairUrl(input: unknown, schemes: readonly UrlScheme[] = WEB): Repair {
  if (typeof input !== 'string' || input.length > MAX_URL_INPUT) return {};
  // Invisible and direction-control characters would make the link text lie about where it goes.
  let text = withoutDeceptiveCharacters(input).trim().replace(/^["'<]+|[">']+$/g, '');
  if (!text) return {};
  let repair: string | undefined;
  const web = schemes.includes('https') || schemes.includes('http');
  const labelled = web ? WEB_LABEL.exec(text) : null;
  if (labelled) {
    text = text.slice(labelled[0].length);
    repair = 'label before the address removed';
  }
  const second = web ? ANOTHER_WEB_ADDRESS.exec(text) : null;
  if (second) {
    text = text.slice(0, second.index);
    repair = [repair, 'several addresses; the first kept'].filter(Boolean).join('; ');
  }
  if (!/^[a-z][a-z\d+.-]*:/i.test(text)) {
    const bare = web && !text.includes('@') ? bareHostIn(text.replace(/^\/\//, '')) : undefined;
    if (bare) {
      text = `https://${bare.address}`;
      repair = [repair, bare.wordsAfter && 'words after the address removed', 'no scheme; https:// added'].filter(Boolean).join('; ');
    } else {
      const email = schemes.includes('mailto') ? repairEmail(text) : {};
      if (email.value) return { value: `mailto:${email.value}`, ...(email.repair && { repair: email.repair }) };
      const number = schemes.includes('tel') ? dialable(text) : '';
      return number ? { value: `tel:${number}` } : {};
    }
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {};
  }
  const scheme = url.protocol.slice(0, -1) as UrlScheme;
  if (!schemes.includes(scheme)) return {};
  if (scheme === 'mailto') {
    const email = repairEmail(decode(url.pathname) + url.search);
    return email.value ? { value: `mailto:${email.value}`, ...(email.repair && { repair: email.repair }) } : {};
  }
  if (scheme === 'tel' || scheme === 'sms') {
    const number = dialable(decode(url.pathname));
    return number ? { value: `${scheme}:${number}` } : {};
  }
  if (!url.hostname) return {};
  return repair ? { value: url.href, repair } : { value: url.href };
}

/** The URL, normalized, or undefined when it is refused; see `repairUrl`. */
export const safeUrl = (input: unknown, schemes: readonly UrlScheme[] = WEB): string | undefined => repairUrl(input, schemes).value;
