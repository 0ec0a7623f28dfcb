import type { Phone } from '../../sdk/model.js';
import { e164 } from './phone-format.js';

// The SDK validates what it reads from a feed, but a card also shows listings the host page hands it and
// listings saved on an earlier visit: links are built only from parts checked here again.
const TEL = /^\+?\d{3,20}$/;
const EXTENSION = /^\d{1,8}$/;
// One address, nothing a mailto link could read as headers or a body (`?`, `&`, `#`, `%`), no spaces, controls
// or invisible characters.
const NOT_IN_ADDRESS = String.raw`\s\0-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff@<>()[\]\\,;:"'?#&%`;
const EMAIL = new RegExp(`^[^${NOT_IN_ADDRESS}]+@[^${NOT_IN_ADDRESS}.]+(?:\\.[^${NOT_IN_ADDRESS}.]+)+$`);

/** True when `tel` is plain digits a `tel:` or `sms:` link can dial. */
export const isDialable = (tel: string): boolean => TEL.test(tel);

/**
 * `tel:` link for a phone, with its extension as a pause, in E.164 when `code` (the country's calling code)
 * is known; undefined when the number is not plain digits.
 */
export function telHref(phone: Phone, code?: string): string | undefined {
  if (!TEL.test(phone.tel)) return undefined;
  const tel = e164(phone.tel, code);
  return phone.extension && EXTENSION.test(phone.extension) ? `tel:${tel},${phone.extension}` : `tel:${tel}`;
}

/** `sms:` link for a phone, in E.164 when the country is known; undefined when the number is not plain digits. */
export const smsHref = (phone: Phone, code?: string): string | undefined => (TEL.test(phone.tel) ? `sms:${e164(phone.tel, code)}` : undefined);

/** `mailto:` link for one plain address; undefined for anything else. */
export const mailtoHref = (email: string | undefined): string | undefined => (email && EMAIL.test(email) ? `mailto:${email}` : undefined);

