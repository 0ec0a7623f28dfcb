import { describe, expect, it } from 'vitest';
import { callingCode, displayNumber, e164 } from '../../src/components/listing-format/phone-format.js';
import type { Phone } from '../../src/sdk/model.js';

// A card shows a phone number one way and dials it in E.164 (`tel:+15035550142`) when the place's country is
// known (issue #14): "+1" from a US or Canadian address, "+44" from a UK one, nothing from an unknown country.

const phone = (number: string, tel: string): Phone => ({ number, tel, kind: 'voice', languages: [] });

describe('the country calling code of a place', () => {
  it.each([
    [{ lines: [], region: 'OR' }, '1'],
    [{ lines: [], region: 'Oregon', country: 'United States' }, '1'],
    [{ lines: [], country: 'US' }, '1'],
    [{ lines: [], region: 'ON', country: 'CA' }, '1'],
    [{ lines: [], country: 'gb' }, '44'],
    [{ lines: [], country: 'Ireland' }, '353'],
    [{ lines: [], region: 'NSW', country: 'Australia' }, '61'],
    [{ lines: [], country: 'NZ' }, '64'],
  ])('%o: +%s', (address, code) => {
    expect(callingCode(address)).toBe(code);
  });

  it('is unknown without an address, or for a country we do not know the numbers of', () => {
    expect(callingCode(undefined)).toBeUndefined();
    expect(callingCode({ lines: ['1 Main St'] })).toBeUndefined();
    expect(callingCode({ lines: [], region: 'Île-de-France', country: 'FR' })).toBeUndefined();
  });
});

describe('E.164 for tel: and sms: links', () => {
  it.each([
    ['5035550142', '1', '+15035550142'],
    ['15035550142', '1', '+15035550142'],
    ['+15035550142', '1', '+15035550142'],
    ['18003569377', '1', '+18003569377'],
    ['02079460958', '44', '+442079460958'],
    ['0800123456', '353', '+353800123456'],
  ])('%s in +%s is %s', (tel, code, expected) => {
    expect(e164(tel, code)).toBe(expected);
  });

  it('leaves short codes, partial numbers and numbers of unknown country as they are', () => {
    expect(e164('211', '1')).toBe('211');
    expect(e164('988', '1')).toBe('988');
    expect(e164('5550142', '1')).toBe('5550142');
    expect(e164('999', '44')).toBe('999');
    expect(e164('5035550142', undefined)).toBe('5035550142');
    expect(e164('0010555009', '1')).toBe('0010555009');
  });
});

describe('a phone number as a card shows it', () => {
  it('writes North American numbers one way, however the feed wrote them', () => {
    for (const [number, tel] of [
      ['503.555.0142', '5035550142'],
      ['503-555-0142', '5035550142'],
      ['(503) 555-0142', '5035550142'],
      ['1 (503) 555-0142', '15035550142'],
      ['+1 503 555 0142', '+15035550142'],
    ]) {
      expect(displayNumber(phone(number!, tel!), '1')).toBe('(503) 555-0142');
    }
  });

  it('keeps numbers spelled with letters, short codes, other countries and unknown countries as published', () => {
    expect(displayNumber(phone('1-800-FLOWERS', '18003569377'), '1')).toBe('1-800-FLOWERS');
    expect(displayNumber(phone('211', '211'), '1')).toBe('211');
    expect(displayNumber(phone('020 7946 0958', '02079460958'), '44')).toBe('020 7946 0958');
    expect(displayNumber(phone('+44 20 7946 0958', '+442079460958'), '1')).toBe('+44 20 7946 0958');
    expect(displayNumber(phone('503.555.0142', '5035550142'), undefined)).toBe('503.555.0142');
  });
});
