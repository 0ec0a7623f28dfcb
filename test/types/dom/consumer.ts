// A strict TypeScript page that imports the package by name, as an app would: the main entry alone types
// the tags, the `rd-*` events on the element, on `document` and on `window`, and the named exports.
import type {} from 'resource-directory';
import {
  ResourceDirectoryResultsEvent,
  type CustomCrisisLine,
  type ListingAction,
  type MapProvider,
  type ResourceDirectoryActionDetail,
  type ResourceDirectoryConfig,
  type ResourceDirectoryResultsDetail,
  type SearchQuery,
} from 'resource-directory';

const directory = document.createElement('resource-directory');
directory.feed = 'https://example.org/hsds/';
directory.pageSize = 20;
directory.crisisLines = [{ name: 'Warmline', phone: '+1 503 555 0100' }] satisfies CustomCrisisLine[];
// @ts-expect-error: layout is 'list', 'grid' or 'compact'
directory.layout = 'table';

directory.addEventListener('rd-results', (event) => {
  const total: number = event.detail.total;
  const query: SearchQuery = event.detail.query;
  console.log(total, query.text, event.detail.stale);
  // @ts-expect-error: the detail has `total`, not `count`
  console.log(event.detail.count);
});

document.addEventListener('rd-action', (event) => {
  const detail: ResourceDirectoryActionDetail = event.detail;
  const action: ListingAction = detail.action;
  // @ts-expect-error: an action is never 'delete'
  if (action === 'delete') console.log(detail.listingId);
});

window.addEventListener('rd-language', (event) => console.log(event.detail.lang.toUpperCase()));
document.querySelector('resource-directory')?.addEventListener('rd-error', (event) => console.log(event.detail.error));

const card = document.createElement('resource-card');
card.headingLevel = 2;
card.addEventListener('rd-select', (event) => console.log(event.detail.listingId));
const provider: MapProvider = 'osm';
card.mapProvider = provider;

// A handler written apart from its listener names the event class (in the README).
function onResults(event: ResourceDirectoryResultsEvent) {
  const detail: ResourceDirectoryResultsDetail = event.detail;
  console.log(detail.total);
}
directory.addEventListener(ResourceDirectoryResultsEvent.eventName, onResults);

const config: ResourceDirectoryConfig = { feed: 'https://example.org/feed.json', categories: 'food', quickExit: true };
// @ts-expect-error: pageSize is a number
window.ResourceDirectoryConfig = { ...config, pageSize: '10' };
