import { describe, expect, it } from 'vitest';
import { dialable, safeUrl } from '../../src/sdk/index.js';
import { displayNumber, extensionDigits, extensionIn } from '../../src/sdk/normalize/phone.js';
import { safeEmail } from '../../src/sdk/normalize/url.js';

describe('safeUrl', () => {
  it('keeps http(s) URLs, normalized', () => {
    expect(safeUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeUrl(' http://Example.org ')).toBe('http://example.org/');
    expect(safeUrl('www.example.org/help')).toBe('https://www.example.org/help');
  });

  it('refuses script, data and other schemes, relative paths and junk', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', '/relative', 'example/counselling', 'http://', '', 42, null]) {
      expect(safeUrl(bad), String(bad)).toBeUndefined();
    }
  });

  it('allows only the schemes asked for', () => {
    expect(safeUrl('http://example.org/logo.png', ['https'])).toBeUndefined();
    expect(safeUrl('https://example.org/logo.png', ['https'])).toBe('https://example.org/logo.png');
    expect(safeUrl('mailto:help@example.org', ['mailto'])).toBe('mailto:help@example.org');
    expect(safeUrl('help@example.org', ['mailto'])).toBe('mailto:help@example.org');
    expect(safeUrl('mailto:not-an-address', ['mailto'])).toBeUndefined();
    expect(safeUrl('mailto:help@example.org', ['http', 'https'])).toBeUndefined();
    expect(safeUrl('tel:+1 (555) 123-4567', ['tel'])).toBe('tel:+15551234567');
    expect(safeUrl('0800 123 4567', ['tel'])).toBe('tel:08001234567');
  });
});

describe('safeEmail', () => {
  it('accepts plausible addresses and refuses junk', () => {
    expect(safeEmail('mailto:Help@Example.org')).toBe('Help@Example.org');
    expect(safeEmail('a.b+c@sub.example.co.uk')).toBe('a.b+c@sub.example.co.uk');
    for (const bad of ['email-example_com', 'a@b', 'a b@example.org', 'a?bcc=evil@example.org', 'a%0Abcc:x@example.org', false, 12345]) {
      expect(safeEmail(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('dialable', () => {
  it('keeps digits and a leading +', () => {
    expect(dialable('"+44 1234 234567"')).toBe('+441234234567');
    expect(dialable('(555) 123-4567')).toBe('5551234567');
    expect(dialable('555.123.4567')).toBe('5551234567');
  });

  it('turns vanity letters into keypad digits', () => {
    expect(dialable('1-800-FLOWERS')).toBe('18003569377');
    expect(dialable('1-877-SAMHSA7')).toBe('18777264727');
  });

  it('leaves out labels, extensions, words and alternatives', () => {
    expect(dialable('Tel: 0800 123 4567 (Freephone)')).toBe('08001234567');
    expect(dialable('555-1234 ext. 12')).toBe('5551234');
    expect(dialable('555-1234 x12')).toBe('5551234');
    expect(dialable('555-1234 or 555-9999')).toBe('5551234');
    expect(dialable('+44 (0)20 7946 0000')).toBe('+442079460000');
    expect(dialable('Call 911')).toBe('911');
  });

  it('returns "" when there is no plausible number', () => {
    expect(dialable('FLOWERS')).toBe('');
    expect(dialable('n/a')).toBe('');
    expect(dialable('12')).toBe('');
    expect(dialable(undefined)).toBe('');
  });

  it('accepts numbers', () => {
    expect(dialable(5551234567)).toBe('5551234567');
  });
});

describe('phone extensions and display', () => {
  it('reads numeric and string extensions as digits', () => {
    expect(extensionDigits(100)).toBe('100');
    expect(extensionDigits('x 0042')).toBe('0042');
    expect(extensionDigits('')).toBeUndefined();
    expect(extensionIn('555-1234 ext. 12')).toBe('12');
  });

  it('strips the quote characters around a displayed number', () => {
    expect(displayNumber('"+44 1234 234567"')).toBe('+44 1234 234567');
  });
});
