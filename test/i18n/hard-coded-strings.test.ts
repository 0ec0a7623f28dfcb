import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanSource } from './lit-template-scanner.js';

// Every word a visitor reads must come from a translation: a hard-coded English word in a template
// stays English for a visitor who chose Arabic or Vietnamese, often in the crisis strip or a button.
const componentsDir = fileURLToPath(new URL('../../src/components/', import.meta.url));

const componentFiles = readdirSync(componentsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.styles.ts'))
  .sort();

describe('component templates', () => {
  it('hold no hard-coded text: every word a visitor reads goes through t()', () => {
    let templates = 0;
    const problems: string[] = [];
    for (const file of componentFiles) {
      const result = scanSource(readFileSync(join(componentsDir, file), 'utf8'));
      templates += result.templates;
      for (const finding of result.findings) problems.push(`src/components/${file}:${finding.line} ${finding.where}: "${finding.text}"`);
    }
    // The scan must have read the real templates: the directory, card, crisis strip and saved list.
    expect(componentFiles).toEqual(expect.arrayContaining(['card/card.ts', 'directory/directory.ts', 'crisis/crisis-strip.ts']));
    expect(templates).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
});

/** Wraps a template body in a little component so the scanner sees it as real source. */
const component = (body: string) => `import { html } from 'lit';\nexport const view = (t: (key: string) => string, items: string[]) => ${body};\n`;

describe('the hard-coded string scanner', () => {
  it('finds a word in a text node, with its line', () => {
    const { findings } = scanSource(component('html`<p>Hello</p>`'));
    expect(findings).toEqual([{ line: 2, where: 'text', text: 'Hello' }]);
  });

  it('finds words in any script, not only English', () => {
    expect(scanSource(component('html`<p>你好</p>`')).findings.map((f) => f.text)).toEqual(['你好']);
    expect(scanSource(component('html`<p>مرحبا ${t("x")}</p>`')).findings.map((f) => f.text)).toEqual(['مرحبا ${…}']);
  });

  it('accepts text that comes only from expressions, punctuation and numbers', () => {
    const source = component("html`<p class=\"status\" part=\"status\">${t('alert')}: ${items[0]} · 1–2 (${t('online')}) &middot;</p>`");
    expect(scanSource(source)).toEqual({ templates: 1, findings: [] });
  });

  it('ignores attributes nobody reads, and bindings', () => {
    const source = component(
      "html`<a href=\"tel:211\" class=\"action secondary\" part=\"card-action\" target=${'_blank'} rel=\"noopener noreferrer\"\n" +
        "  aria-label=${t('call')} .value=${'x'} ?hidden=${true} @click=${() => {}}>${t('call')}</a>`",
    );
    expect(scanSource(source).findings).toEqual([]);
  });

  it('finds letters in user-visible attributes, outside ${}', () => {
    const source = component(
      'html`<input placeholder="Search" /><img alt=\'Logo\' /><button title=${t("x")} aria-label="Close ${items[0]}">x</button>`',
    );
    expect(scanSource(source).findings.map((f) => `${f.where}: ${f.text}`)).toEqual([
      'attribute placeholder: Search',
      'attribute alt: Logo',
      'attribute aria-label: Close ${…}',
      'text: x',
    ]);
  });

  it('removes nested expressions by counting braces, and still scans nested templates', () => {
    const clean = component(
      "html`<ul>${items.map((item) => html`<li>${item}</li>`)}${{ a: '}' }.a}${`${'}'}`}${/}`/.test('x') ? 1 : 2}</ul>`",
    );
    expect(scanSource(clean)).toEqual({ templates: 2, findings: [] });
    const nested = component("html`<ul>${items.map((item) => html`<li>Item ${item}</li>`)}</ul>`");
    expect(scanSource(nested).findings.map((f) => f.text)).toEqual(['Item ${…}']);
  });

  it('skips comments, strings, style bodies and untagged templates', () => {
    const source = [
      "// html`<p>Not a template</p>`",
      "/* html`<p>Nor this</p>` */",
      "const s = 'html`<p>A string</p>';",
      'const u = `<p>Untagged</p>`;',
      "const r = /^https:\\/\\//i.test(s) ? html`<style>p { color: red }</style><!-- a note --><p>${s}</p>` : '';",
      'const late = html`<b>Late</b>`;',
    ].join('\n');
    expect(scanSource(source)).toEqual({ templates: 2, findings: [{ line: 6, where: 'text', text: 'Late' }] });
  });
});
