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

/** The visitor submitted a search or changed a filter. Never fired for programmatic changes. */
export class ResourceDirectorySearchEvent extends ResourceDirectoryEvent<{ query: SearchQuery }> {
  static readonly eventName = 'rd-search';
  constructor(query: SearchQuery) {
    super(ResourceDirectorySearchEvent.eventName, { query });
  }
}

/** Results were rendered. */
export class ResourceDirectoryResultsEvent extends ResourceDirectoryEvent<{ query: SearchQuery; total: number; page: number; stale: boolean }> {
  static readonly eventName = 'rd-results';
  constructor(detail: { query: SearchQuery; total: number; page: number; stale: boolean }) {
    super(ResourceDirectoryResultsEvent.eventName, detail);
  }
}

/** A search or load failed; `error` is the SDK's typed error. */
export class ResourceDirectoryErrorEvent extends ResourceDirectoryEvent<{ error: unknown }> {
  static readonly eventName = 'rd-error';
  constructor(error: unknown) {
    super(ResourceDirectoryErrorEvent.eventName, { error });
  }
}

/** The visitor opened a listing's details. */
export class ResourceDirectorySelectEvent extends ResourceDirectoryEvent<{ listingId: string }> {
  static readonly eventName = 'rd-select';
  constructor(listingId: string) {
    super(ResourceDirectorySelectEvent.eventName, { listingId });
  }
}

/** The visitor used a card action. The detail names the action and listing only: no personal data. */
export class ResourceDirectoryActionEvent extends ResourceDirectoryEvent<{ action: ListingAction; listingId: string }> {
  static readonly eventName = 'rd-action';
  constructor(action: ListingAction, listingId: string) {
    super(ResourceDirectoryActionEvent.eventName, { action, listingId });
  }
}

/** The visitor chose an interface language in the switcher; the element's `lang` is now `lang`. */
export class ResourceDirectoryLanguageEvent extends ResourceDirectoryEvent<{ lang: string }> {
  static readonly eventName = 'rd-language';
  constructor(lang: string) {
    super(ResourceDirectoryLanguageEvent.eventName, { lang });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rd-search': ResourceDirectorySearchEvent;
    'rd-results': ResourceDirectoryResultsEvent;
    'rd-error': ResourceDirectoryErrorEvent;
    'rd-select': ResourceDirectorySelectEvent;
    'rd-action': ResourceDirectoryActionEvent;
    'rd-language': ResourceDirectoryLanguageEvent;
  }
}
