import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What `npm publish` would ship, checked against what a consumer may load: nothing else (no source maps
// pointing at an unshipped src/, no tests, no demo data), and every file package.json points at.
const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const ALLOWED: RegExp[] = [
  /^(?:package\.json|README\.md|LICENSE|CHANGELOG\.md)$/,
  /^dist\/resource-directory(?:\.iife|-sdk|-map|-card-details|-crisis-words)?\.js$/,
  /^dist\/(?:chunks|sdk|i18n)\/[\w-]+\.js$/,
  /^dist\/esm\/(?:[\w-]+\/)*[\w.-]+\.(?:js|d\.ts)$/,
  /^dist\/(?:custom-elements|web-types|vscode\.html-custom-data)\.json$/,
  // The iframe page and the configurator, with their scripts and style.
  /^dist\/(?:embed\.html|embed-page\.js|configure\.(?:html|js|css))$/,
];

function packedFiles(): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  const [report] = JSON.parse(output) as { files: { path: string }[] }[];
  return report!.files.map((file) => file.path);
}

/** Every file package.json names for a consumer: entries, export targets, types, manifests, bins. */
function referencedFiles(): string[] {
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect([pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, pkg['web-types'], pkg.bin, pkg.exports]);
  return targets.filter(Boolean).map((target) => target.replace(/^\.\//, ''));
}

describe('the published package', () => {
  const files = packedFiles();

  it('holds only files a consumer loads, and the notices', () => {
    const unexpected = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    expect(unexpected, 'files `npm pack` would publish outside the allow-list').toEqual([]);
  });

  it('holds every file package.json points at', () => {
    const missing = referencedFiles().filter((file) => !files.includes(file));
    expect(missing).toEqual([]);
  });

  it('carries the licence, the changelog and the registry metadata', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'README.md']));
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(new URL('LICENSE', root), 'utf8')).toMatch(/^MIT License/);
    for (const field of ['repository', 'homepage', 'bugs', 'keywords']) expect(pkg[field], field).toBeTruthy();
  });

  it('gives every export a default condition, for tools that know neither import nor require', () => {
    for (const [path, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
      if (typeof target === 'object' && target) expect(Object.keys(target).at(-1), path).toBe('default');
    }
  });
});
