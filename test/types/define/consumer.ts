// Importing only `resource-directory/define` (the snippet in most pages) types the tags and events too.
// The README's TypeScript snippet, as written there:
import 'resource-directory/define';

const directory = document.createElement('resource-directory');
directory.feed = 'https://example.org/hsds/';
directory.pageSize = 20;
directory.addEventListener('rd-results', (event) => console.log(event.detail.total, event.detail.query.text));
document.addEventListener('rd-action', (event) => console.log(event.detail.action, event.detail.listingId));

document.querySelector('resource-directory')?.addEventListener('rd-search', (event) => console.log(event.detail.query.categories));
// @ts-expect-error: `query` is a string of keywords
directory.query = 3;
// @ts-expect-error: the results detail has `total`, not `count`
directory.addEventListener('rd-results', (event) => event.detail.count);
