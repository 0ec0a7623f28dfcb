import { dialable } from './phone.js';

export type UrlScheme = 'http' | 'https' | 'mailto' | 'tel' | 'sms';

const WEB: readonly UrlScheme[] = ['http', 'https'];
// Deliberately loose (one @, a dot in the domain, no spaces or markup characters): good enough to refuse
// obvious junk such as "email-example_com" without rejecting real but unusual addresses.
const PLAUSIBLE_EMAIL = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"'.]+(?:\.[^\s@<>()[\]\\,;:"'.]+)+$/;

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** A plausible e-mail address (a `mailto:` prefix is removed), or undefined. */
export function safeEmail(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const address = input.trim().replace(/^mailto:/i, '');
  return address.length <= 254 && PLAUSIBLE_EMAIL.test(address) ? address : undefined;
}

/**
 * The URL, normalized, if it parses as an absolute URL with one of the allowed schemes; otherwise undefined.
 * Anything else (`javascript:`, `data:`, relative paths, junk) is refused. `www.` hosts get `https://`, and
 * bare addresses or numbers are accepted for `mailto` and `tel`/`sms`.
 */
export function safeUrl(input: unknown, schemes: readonly UrlScheme[] = WEB): string | undefined {
  if (typeof input !== 'string') return undefined;
  let text = input.trim().replace(/^["'<]+|[">']+$/g, '');
  if (!text) return undefined;
  if (/^www\./i.test(text)) text = `https://${text}`;
  if (!/^[a-z][a-z\d+.-]*:/i.test(text)) {
    const email = schemes.includes('mailto') ? safeEmail(text) : undefined;
    if (email) return `mailto:${email}`;
    const number = schemes.includes('tel') ? dialable(text) : '';
    return number ? `tel:${number}` : undefined;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const scheme = url.protocol.slice(0, -1) as UrlScheme;
  if (!schemes.includes(scheme)) return undefined;
  if (scheme === 'mailto') {
    const address = safeEmail(decode(url.pathname));
    return address ? `mailto:${address}${url.search}` : undefined;
  }
  if (scheme === 'tel' || scheme === 'sms') {
    const number = dialable(decode(url.pathname));
    return number ? `${scheme}:${number}` : undefined;
  }
  return url.hostname ? url.href : undefined;
}
