import type { Phone } from '../../sdk/model.js';

// The SDK validates what it reads from a feed, but a card also shows listings the host page hands it and
// listings saved on an earlier visit: links are built only from parts checked here again.
const TEL = /^\+?\d{3,20}$/;
const EXTENSION = /^\d{1,8}$/;
// One address, nothing a mailto link could read as headers or a body (`?`, `&`, `#`, `%`), no spaces, controls
// or invisible characters.
const NOT_IN_ADDRESS = String.raw`\s\0-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff@<>()[\]\\,;:"'?#&%`;
const EMAIL = new RegExp(`^[^${NOT_IN_ADDRESS}]+@[^${NOT_IN_ADDRESS}.]+(?:\\.[^${NOT_IN_ADDRESS}.]+)+$`);

/** `tel:` link for a phone, with its extension as a pause; undefined when the number is not plain digits. */
export function telHref(phone: Phone): string | undefined {
  if (!TEL.test(phone.tel)) return undefined;
  return phone.extension && EXTENSION.test(phone.extension) ? `tel:${phone.tel},${phone.extension}` : `tel:${phone.tel}`;
}

/** `sms:` link for a phone; undefined when the number is not plain digits. */
export const smsHref = (phone: Phone): string | undefined => (TEL.test(phone.tel) ? `sms:${phone.tel}` : undefined);

/** `mailto:` link for one plain address; undefined for anything else. */
export const mailtoHref = (email: string | undefined): string | undefined => (email && EMAIL.test(email) ? `mailto:${email}` : undefined);

