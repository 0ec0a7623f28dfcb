import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The npm registry shows README.md and resolves its relative links and images against the GitHub repository in
// package.json: so every relative target must be a file (or folder) the repository tracks, and the repository a
// GitHub one.
const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Link and image targets outside fenced code blocks (snippets hold example URLs, not links). */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  const markdownLinks = [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
  const htmlLinks = [...prose.matchAll(/<(?:img|a)\b[^>]*?\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
  return [...markdownLinks, ...htmlLinks];
}

const isRelative = (target: string) => !/^(?:[a-z][a-z+.-]*:|#|\/\/)/i.test(target);

/** The anchors GitHub and the registry give headings: lower case, punctuation dropped, spaces as hyphens. */
const headingAnchors = (markdown: string): string[] =>
  [...markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
    match[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'),
  );

describe('the README as the registry shows it', () => {
  const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
  const targets = linkTargets(readme).filter(isRelative);

  it('links only to files and folders the repository tracks', () => {
    expect(targets.length).toBeGreaterThan(3);
    const broken = targets
      .map((target) => decodeURIComponent(target.split('#')[0]!).replace(/^\.\//, ''))
      .filter((path) => !tracked.some((file) => file === path || file.startsWith(path.endsWith('/') ? path : `${path}/`)));
    expect(broken).toEqual([]);
  });

  it('links within itself only to headings it has', () => {
    const anchors = headingAnchors(readme);
    const missing = linkTargets(readme)
      .filter((target) => target.startsWith('#'))
      .filter((target) => !anchors.includes(target.slice(1)));
    expect(missing).toEqual([]);
  });

  it('names a GitHub repository, which the registry resolves those links against', () => {
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
  });
});
