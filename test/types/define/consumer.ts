// Importing only `resource-directory/define` (the snippet in most pages) types the tags and events too.
import 'resource-directory/define';

const directory = document.querySelector('resource-directory');
directory?.addEventListener('rd-search', (event) => console.log(event.detail.query.categories));
// @ts-expect-error: `query` is a string of keywords
if (directory) directory.query = 3;
