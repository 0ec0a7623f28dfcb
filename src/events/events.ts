/**
 * The element's events: each bubbles and is composed, so a host page can listen on the element, on an
 * ancestor, or on `document`, even when the directory sits inside another shadow root.
 */
export interface SearchQuery {
  text?: string;
  categories?: string[];
  languages?: string[];
  free?: boolean;
  openNow?: boolean;
  page: number;
}

export type ListingAction = 'call' | 'text' | 'directions' | 'website' | 'email' | 'share' | 'save' | 'unsave';

abstract class ResourceDirectoryEvent<Detail> extends Event {
  readonly detail: Detail;

  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** `rd-search`'s detail: the search the visitor asked for. */
export interface ResourceDirectorySearchDetail {
  query: SearchQuery;
}

/** `rd-results`'s detail: the search shown, how many services match, the page, and whether they come from the cache. */
export interface ResourceDirectoryResultsDetail {
  query: SearchQuery;
  total: number;
  page: number;
  /** True when the feed was unreachable and the results come from the cache. */
  stale: boolean;
}

/** `rd-error`'s detail: the SDK's typed error (see `failureOf` and the `is…Error` guards). */
export interface ResourceDirectoryErrorDetail {
  error: unknown;
}

/** `rd-select`'s detail: the listing whose details the visitor opened. */
export interface ResourceDirectorySelectDetail {
  listingId: string;
}

/** `rd-action`'s detail: which action on which listing; no personal data. */
export interface ResourceDirectoryActionDetail {
  action: ListingAction;
  listingId: string;
}

/** `rd-language`'s detail: the interface language the visitor chose, a tag such as `es`. */
export interface ResourceDirectoryLanguageDetail {
  lang: string;
}

/** The visitor submitted a search or changed a filter. Never fired for programmatic changes. */
export class ResourceDirectorySearchEvent extends ResourceDirectoryEvent<ResourceDirectorySearchDetail> {
  static readonly eventName = 'rd-search';
  constructor(query: SearchQuery) {
    super(ResourceDirectorySearchEvent.eventName, { query });
  }
}

/** Results were rendered. */
export class ResourceDirectoryResultsEvent extends ResourceDirectoryEvent<ResourceDirectoryResultsDetail> {
  static readonly eventName = 'rd-results';
  constructor(detail: ResourceDirectoryResultsDetail) {
    super(ResourceDirectoryResultsEvent.eventName, detail);
  }
}

/** A search or load failed; `error` is the SDK's typed error. */
export class ResourceDirectoryErrorEvent extends ResourceDirectoryEvent<ResourceDirectoryErrorDetail> {
  static readonly eventName = 'rd-error';
  constructor(error: unknown) {
    super(ResourceDirectoryErrorEvent.eventName, { error });
  }
}

/** The visitor opened a listing's details. */
export class ResourceDirectorySelectEvent extends ResourceDirectoryEvent<ResourceDirectorySelectDetail> {
  static readonly eventName = 'rd-select';
  constructor(listingId: string) {
    super(ResourceDirectorySelectEvent.eventName, { listingId });
  }
}

/** The visitor used a card action. The detail names the action and listing only: no personal data. */
export class ResourceDirectoryActionEvent extends ResourceDirectoryEvent<ResourceDirectoryActionDetail> {
  static readonly eventName = 'rd-action';
  constructor(action: ListingAction, listingId: string) {
    super(ResourceDirectoryActionEvent.eventName, { action, listingId });
  }
}

/** The visitor chose an interface language in the switcher; the element's `lang` is now `lang`. */
export class ResourceDirectoryLanguageEvent extends ResourceDirectoryEvent<ResourceDirectoryLanguageDetail> {
  static readonly eventName = 'rd-language';
  constructor(lang: string) {
    super(ResourceDirectoryLanguageEvent.eventName, { lang });
  }
}

/**
 * Every event a `<resource-directory>` fires, by name. The cards' `rd-select` and `rd-action` cross its
 * shadow root, so they are the directory's events too.
 */
export interface ResourceDirectoryEventMap {
  'rd-search': ResourceDirectorySearchEvent;
  'rd-results': ResourceDirectoryResultsEvent;
  'rd-error': ResourceDirectoryErrorEvent;
  'rd-select': ResourceDirectorySelectEvent;
  'rd-action': ResourceDirectoryActionEvent;
  'rd-language': ResourceDirectoryLanguageEvent;
}

/** The events a `<resource-card>` fires, by name. */
export type ResourceCardEventMap = Pick<ResourceDirectoryEventMap, 'rd-select' | 'rd-action'>;

// Listeners on an element, on `document` and on `window` all read this map, so `e.detail` is typed on each.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the merge adds the map's entries
  interface GlobalEventHandlersEventMap extends ResourceDirectoryEventMap {}
}
