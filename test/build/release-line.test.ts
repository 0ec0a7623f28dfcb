import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CDN_DIST, RELEASE_LINE } from '../../src/configure/release.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe("the configurator's snippets", () => {
  it("pin package.json's major.minor version (update src/configure/release.ts with the version)", () => {
    expect(RELEASE_LINE).toBe(version.split('.').slice(0, 2).join('.'));
    expect(CDN_DIST).toBe(`https://unpkg.com/resource-directory@${RELEASE_LINE}/dist/`);
  });
});
