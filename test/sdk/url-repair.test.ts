import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageReport, normalizeFeed, safeUrl } from '../../src/sdk/index.js';
import { repairEmail, repairUrl, safeEmail } from '../../src/sdk/normalize/url.js';

const FEED = 'https://feed.test/services.json';

describe('web addresses without a scheme', () => {
  it('get https:// when they are plainly a host name', () => {
    expect(repairUrl('unitedway.org')).toEqual({ value: 'https://unitedway.org/', repair: 'no scheme; https:// added' });
    expect(safeUrl('www.foo.org/path?x=1')).toBe('https://www.foo.org/path?x=1');
    expect(safeUrl('foo.org.uk')).toBe('https://foo.org.uk/');
    expect(safeUrl('Harbor-Clinic.health/intake#form')).toBe('https://harbor-clinic.health/intake#form');
    expect(safeUrl('//cdn.example.org/logo.png', ['https'])).toBe('https://cdn.example.org/logo.png');
    expect(safeUrl(' "211sandiego.org/" ')).toBe('https://211sandiego.org/');
    expect(safeUrl('unitedway.org.')).toBe('https://unitedway.org/');
    expect(repairUrl('www.a.org, www.b.org')).toEqual({ value: 'https://www.a.org/', repair: 'several addresses; the first kept; no scheme; https:// added' });
    expect(repairUrl('https://a.org/help https://b.org')).toEqual({ value: 'https://a.org/help', repair: 'several addresses; the first kept' });
    expect(safeUrl('https://example.org/Intake Form.pdf')).toBe('https://example.org/Intake%20Form.pdf');
    expect(repairUrl('foo.org (en español: foo.org/es)')).toEqual({ value: 'https://foo.org/', repair: 'words after the address removed; no scheme; https:// added' });
    expect(repairUrl('Website: https://foo.org/help')).toEqual({ value: 'https://foo.org/help', repair: 'label before the address removed' });
    expect(safeUrl('URL: www.foo.org')).toBe('https://www.foo.org/');
  });

  it('only ever yields an http(s) URL with a host and no user name, whatever the input', () => {
    const piece = fc.constantFrom('www.', 'unitedway', '.org', '.uk', '/', '@', ':', 'javascript:', '//', ' ', '%0A', '?x=1', '#', 'evil.com', '.', '\\');
    const input = fc.oneof(fc.string(), fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(input, (text) => {
        const url = safeUrl(text);
        if (url === undefined) return;
        const parsed = new URL(url);
        expect(['http:', 'https:']).toContain(parsed.protocol);
        expect(parsed.hostname).not.toBe('');
        if (!/^https?:/i.test(text.trim().replace(/^["'<]+/, ''))) expect(parsed.username + parsed.password).toBe('');
      }),
      { numRuns: 3000 },
    );
  });

  it('are refused when they are anything else', () => {
    for (const bad of [
      'help@unitedway.org', // an e-mail address is not a website
      'user@evil.org/path',
      'index.html',
      'brochure.pdf',
      'N/A',
      'see website',
      'Call 555-1234',
      'unitedway',
      'javascript:alert(1)',
      'javascript://evil.org/%0Aalert(1)',
      'data:text/html,unitedway.org',
      '-bad-.org',
      '1.5',
      'e.g.',
    ]) {
      expect(safeUrl(bad), bad).toBeUndefined();
    }
  });
});

describe('e-mail addresses', () => {
  it('lose a trailing full stop, mailto:, angle brackets, quotes and spaces, each named as a repair', () => {
    expect(repairEmail('help@x.org.')).toEqual({ value: 'help@x.org', repair: 'surrounding quotes or punctuation removed' });
    expect(repairEmail('mailto:Info@Example.org')).toEqual({ value: 'Info@Example.org', repair: '"mailto:" removed' });
    expect(repairEmail(' <intake@clinic.org> ').value).toBe('intake@clinic.org');
    expect(repairEmail('"intake@clinic.org"').value).toBe('intake@clinic.org');
    expect(repairEmail('Intake Desk <intake@clinic.org>')).toEqual({ value: 'intake@clinic.org', repair: 'name around the address removed' });
    expect(repairEmail('info@x.org')).toEqual({ value: 'info@x.org' });
    expect(repairEmail('E-mail: intake@clinic.org')).toEqual({ value: 'intake@clinic.org', repair: 'words around the address removed' });
    expect(repairEmail('intake@clinic.org (after hours only)').value).toBe('intake@clinic.org');
    expect(repairEmail('intake@clinic.org - preferred').value).toBe('intake@clinic.org');
    expect(repairEmail('mary smith@clinic.org').value).toBeUndefined(); // not guessed: it may be mary.smith@
  });

  it('never keep feed-chosen mail headers, and keep one address of several', () => {
    expect(repairEmail('help@x.org?bcc=evil@y.com')).toEqual({ value: 'help@x.org', repair: 'mail headers (?…) removed' });
    expect(repairEmail('mailto:help@x.org?subject=Hi&bcc=evil@y.com').value).toBe('help@x.org');
    expect(safeUrl('mailto:help@x.org?bcc=evil@y.com', ['mailto'])).toBe('mailto:help@x.org');
    expect(safeUrl('mailto:help@x.org%3Fbcc%3Devil@y.com', ['mailto'])).toBe('mailto:help@x.org');
    expect(repairEmail('a@x.org; b@x.org')).toEqual({ value: 'a@x.org', repair: 'several addresses; the first kept' });
    expect(safeEmail('intake@x.org or afterhours@x.org')).toBe('intake@x.org');
    expect(safeEmail('help%0Abcc:evil@y.com')).toBeUndefined();
    expect(safeEmail('a?bcc=evil@y.com')).toBeUndefined();
  });
});

describe('URL and e-mail repairs in a feed', () => {
  it('keeps every repaired value and reports each repair; refuses the unsafe ones with an issue', () => {
    const { listings, issues } = normalizeFeed(
      [
        {
          id: 'svc-1',
          name: 'Crisis Counseling',
          url: 'crisiscounseling.org/walk-in',
          email: 'Help@CrisisCounseling.org.',
          organization: { id: 'org-1', name: 'United Way of the Valley', website: 'www.uwvalley.org', email: 'mailto:info@uwvalley.org' },
          service_at_locations: [{ id: 'sal-1', location: { id: 'loc-1', name: 'Main office', url: 'uwvalley.org.uk/main' } }],
        },
        { id: 'svc-2', name: 'Food Pantry', url: 'pantry@food.org', email: 'pantry@food.org?bcc=list@spam.example' },
        { id: 'svc-3', name: 'Shelter', url: 'javascript:alert(document.cookie)' },
      ],
      FEED,
    );
    const [counseling, pantry, shelter] = listings;
    expect(counseling).toMatchObject({
      url: 'https://crisiscounseling.org/walk-in',
      email: 'Help@CrisisCounseling.org',
      organization: { url: 'https://www.uwvalley.org/', email: 'info@uwvalley.org' },
      locations: [{ url: 'https://uwvalley.org.uk/main' }],
    });
    expect(pantry!.url).toBeUndefined();
    expect(pantry!.email).toBe('pantry@food.org');
    expect(shelter!.url).toBeUndefined();
    expect(issues).toEqual([
      { recordId: 'svc-1', path: 'organization.website', message: 'no scheme; https:// added: "www.uwvalley.org"; repaired' },
      { recordId: 'svc-1', path: 'organization.email', message: '"mailto:" removed: "mailto:info@uwvalley.org"; repaired' },
      { recordId: 'svc-1', path: 'service_at_locations.0.location.url', message: 'no scheme; https:// added: "uwvalley.org.uk/main"; repaired' },
      { recordId: 'svc-1', path: 'url', message: 'no scheme; https:// added: "crisiscounseling.org/walk-in"; repaired' },
      { recordId: 'svc-1', path: 'email', message: 'surrounding quotes or punctuation removed: "Help@CrisisCounseling.org."; repaired' },
      { recordId: 'svc-2', path: 'url', message: 'not a usable http(s) URL: "pantry@food.org"; dropped' },
      { recordId: 'svc-2', path: 'email', message: 'mail headers (?…) removed: "pantry@food.org?bcc=list@spam.example"; repaired' },
      { recordId: 'svc-3', path: 'url', message: 'not a usable http(s) URL: "javascript:alert(document.cookie)"; dropped' },
    ]);
  });
});

describe('placeholders', () => {
  it('are reported as empty values, not as lost ones', () => {
    const { listings, issues } = normalizeFeed([{ id: 'svc-9', name: 'Warmline', url: 'N/A', email: 'none', organization: { id: 'o', name: 'Org', website: '-' } }], FEED);
    expect(listings[0]).not.toHaveProperty('url');
    expect(listings[0]).not.toHaveProperty('email');
    expect(issues).toEqual([
      { recordId: 'svc-9', path: 'organization.website', message: 'placeholder "-"; treated as empty' },
      { recordId: 'svc-9', path: 'url', message: 'placeholder "N/A"; treated as empty' },
      { recordId: 'svc-9', path: 'email', message: 'placeholder "none"; treated as empty' },
    ]);
    expect(coverageReport(listings, issues).lost).toMatchObject({ url: { count: 0 }, email: { count: 0 } });
  });
});

// Guards against catastrophic backtracking (38 s on a 100,000-character value before the length caps), not
// speed measurements: the bounds are loose enough for a busy CI machine.
describe('hostile lengths', () => {
  it('refuses huge values quickly', () => {
    for (const text of [`a@b.org${' '.repeat(100_000)}x`, `${'a.'.repeat(50_000)}org`, `Mail: ${'x@'.repeat(50_000)}`, `${'-'.repeat(100_000)}.org`]) {
      const started = performance.now();
      expect(repairEmail(text).value).toBeUndefined();
      expect(safeUrl(text)).toBeUndefined();
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it('handles values of a plausible length quickly', () => {
    for (const text of [`a@b.org${' '.repeat(400)}(x`, `${'a.'.repeat(2000)}org/`, `x: ${'a@'.repeat(250)}`, `help@x.org ${'- '.repeat(240)}`]) {
      const started = performance.now();
      repairEmail(text);
      safeUrl(text);
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(2000);
    }
  });
});
