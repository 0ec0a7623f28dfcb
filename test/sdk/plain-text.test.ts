import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../src/sdk/normalize/plain-text.js';
import { summarize } from '../../src/sdk/normalize/summary.js';

describe('toPlainText', () => {
  it('turns block elements into paragraphs and <br> into line breaks', () => {
    expect(toPlainText('<p>Food bank</p><p>Open <b>daily</b>.<br>Bring ID</p>')).toBe('Food bank\n\nOpen daily.\nBring ID');
  });

  it('turns list items into bullet lines', () => {
    expect(toPlainText('<p>We offer:</p><ul><li>Meals</li><li>Showers</li></ul>')).toBe('We offer:\n\n• Meals\n• Showers');
  });

  it('drops script and style elements with their content, including unterminated ones', () => {
    expect(toPlainText('Hi<script>alert(1)</script><style>p{}</style> there')).toBe('Hi there');
    expect(toPlainText('Safe <script src=x>evil()')).toBe('Safe');
    expect(toPlainText('a<!-- hidden -->b')).toBe('a b');
  });

  it('keeps the text after an unclosed non-script element such as <svg>', () => {
    expect(toPlainText('<svg onload="x()"> Service 0')).toBe('Service 0');
    expect(toPlainText('<svg><script>x()</script></svg>Open')).toBe('Open');
  });

  it('keeps the text of links and ignores attributes, even ones holding ">"', () => {
    expect(toPlainText('<a href="javascript:alert(1)" title="a > b">Visit us</a>')).toBe('Visit us');
  });

  it('decodes named, accented and numeric entities once', () => {
    expect(toPlainText('Caf&eacute; &amp; B&Uuml;RO &#8212; &#x27;ok&#39; &pound;5&nbsp;off')).toBe("Café & BÜRO — 'ok' £5 off");
    expect(toPlainText('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
    expect(toPlainText('&#0; &#xD800; &bogus;')).toBe('\uFFFD \uFFFD &bogus;');
  });

  it('never emits a tag even when the feed escaped one', () => {
    expect(toPlainText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('< script>alert(1)< /script>');
  });

  it('reduces Markdown to text', () => {
    const markdown = '# Help with rent\n\n**Free** advice for *tenants* and __landlords__.\n\n- Call [our line](https://x.org)\n- Visit `us`\n\n> Quote';
    expect(toPlainText(markdown)).toBe('Help with rent\n\nFree advice for tenants and landlords.\n\n• Call our line\n• Visit us\n\nQuote');
  });

  it('leaves snake_case, arithmetic and e-mail addresses alone', () => {
    expect(toPlainText('file_name_here 2 * 3 * 4 and a_b@example.org')).toBe('file_name_here 2 * 3 * 4 and a_b@example.org');
  });

  it('collapses whitespace and can produce a single line', () => {
    expect(toPlainText('  a \t b \r\n\r\n\r\n c  ')).toBe('a b\n\nc');
    expect(toPlainText('<h1>Title</h1><p>line</p>', { singleLine: true })).toBe('Title line');
  });

  it('returns "" for non-strings', () => {
    expect(toPlainText(undefined)).toBe('');
    expect(toPlainText(null)).toBe('');
    expect(toPlainText({})).toBe('');
  });

  it('never throws and never outputs <script or "<" followed by a letter (property)', () => {
    const tagish = fc.constantFrom('<script>', '</script>', '<SCRIPT src=x>', '<b>', '<p>', '<li>', '<!--', '-->', '<', '>', '&lt;', '&gt;', '&#60;', '&#x3c;', '"', "'", '<a href="', '*', '_', '#', '[', '](', '`', '\n');
    const input = fc.array(fc.oneof(fc.string(), tagish, fc.string({ unit: 'grapheme' })), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(input, (html) => {
        const text = toPlainText(html);
        expect(typeof text).toBe('string');
        expect(text).not.toMatch(/<script/i);
        expect(text).not.toMatch(/<[a-z!/?]/i);
      }),
      { numRuns: 2000 },
    );
  });

  // The old regular expressions rescanned these from every starting point: 2–10 s and 20–50 s before, 1–2 ms now.
  it.each([
    ['a heading with a run of 60,000 spaces', `# a${' '.repeat(60_000)}b`, false],
    ['a run of 100,000 U+2028 line separators on one line', `${'\u2028'.repeat(100_000)}x<`, true],
  ])('stays linear on %s: well under 1 s', (_name, input, singleLine) => {
    const started = performance.now();
    toPlainText(input, { singleLine });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('still drops each closed <svg> and <title>, and keeps the text around them and after an unclosed one', () => {
    expect(toPlainText(`${'<svg>x</svg>Open '.repeat(3)}<title>t</title>daily<svg>`)).toBe('Open Open Open daily');
    expect(toPlainText('<style>a{}</STYLE >Kept<script>never closed')).toBe('Kept');
  });

  it('reduces headings, strong text and links as before the linear rewrite', () => {
    expect(toPlainText('## Opening hours ##')).toBe('Opening hours');
    expect(toPlainText('# C#')).toBe('C#');
    expect(toPlainText('**Walk-in *only* today** and [call](https://x.org)')).toBe('Walk-in only today and call');
    expect(toPlainText('Line one\u2028\u2028 two\n three', { singleLine: true })).toBe('Line one\u2028\u2028 two three');
  });

  it('stays fast on adversarial input', () => {
    const hostile = `${'<a title="'.repeat(5000)}${'**x'.repeat(5000)}${'_a'.repeat(5000)}${'[x]('.repeat(5000)}`;
    const started = performance.now();
    toPlainText(hostile);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('summarize', () => {
  it('takes the first sentence of the first line', () => {
    expect(summarize('We give out food parcels. Bring ID.\nMore text')).toBe('We give out food parcels.');
    expect(summarize('Short line\nSecond line')).toBe('Short line');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const summary = summarize('word '.repeat(100));
    expect(summary.length).toBeLessThanOrEqual(201);
    expect(summary).toMatch(/word…$/);
  });
});
