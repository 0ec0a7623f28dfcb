// A strict Vue 3 app: `resource-directory/vue` declares both elements as global components, which is what
// vue-tsc checks a template's bindings (`$props`) and `@rd-…` listeners (`$emit`) against.
import { h, type GlobalComponents } from 'vue';
import 'resource-directory/define';
import type {} from 'resource-directory/vue';
import type { ResourceDirectoryResultsEvent } from 'resource-directory';

type DirectoryProps = InstanceType<GlobalComponents['resource-directory']>['$props'];
type CardProps = InstanceType<GlobalComponents['resource-card']>['$props'];

// <resource-directory feed="…" :page-size="20" :noSearch="true" class="help" @rd-results="onResults">
const onResults = (event: ResourceDirectoryResultsEvent) => console.log(event.detail.total);
export const directoryProps: DirectoryProps = {
  feed: 'https://example.org/hsds/',
  pageSize: 20,
  noSearch: true,
  crisisLines: [{ name: 'Warmline', phone: '+1 503 555 0100' }],
  class: 'help',
  'onRd-results': onResults,
  'onRd-action': (event) => console.log(event.detail.action),
};
export const cardProps: CardProps = { listingId: 'svc-1', headingLevel: 2, 'onRd-select': (event) => console.log(event.detail.listingId) };

// A render function takes the same props.
declare const ResourceDirectoryElement: GlobalComponents['resource-directory'];
export const vnode = h(ResourceDirectoryElement, { feed: 'https://example.org/hsds/', 'onRd-search': (event) => console.log(event.detail.query.text) });

declare const emit: InstanceType<GlobalComponents['resource-directory']>['$emit'];
emit('rd-results', new Event('rd-results') as ResourceDirectoryResultsEvent);

// @ts-expect-error: layout is 'list', 'grid' or 'compact'
export const wrongLayout: DirectoryProps = { layout: 'table' };
// @ts-expect-error: the results detail has `total`, not `count`
export const wrongDetail: DirectoryProps = { 'onRd-results': (event) => event.detail.count };
// @ts-expect-error: a card fires no rd-results
export const wrongEvent: CardProps = { 'onRd-results': () => undefined };
