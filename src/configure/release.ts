/**
 * The release line the snippets pin (`resource-directory@0.1`): a CDN then serves its latest fix, never a
 * new minor version that could change the element under a site. test/build/release-line.test.ts keeps it
 * equal to package.json's major.minor.
 */
export const RELEASE_LINE = '0.2';

/** Where the snippets load the built files from. */
export const CDN_DIST = `https://unpkg.com/resource-directory@${RELEASE_LINE}/dist/`;
