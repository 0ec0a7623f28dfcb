import { Task } from '@lit/task';
import type { Failure, Geocoder, ResourceDirectoryClient, SearchOptions, SearchResult, Vocabulary } from '../../../sdk/index.js';
import type { Listing } from '../../../sdk/model.js';
import { ResourceDirectoryErrorEvent, ResourceDirectoryResultsEvent, ResourceDirectorySearchEvent, type SearchQuery } from '../../../events/events.js';
import type { ResourceDirectoryCard } from '../../card/card.js';
import { logFeedCoverage } from '../../load-client.js';
import { toKm, type DistanceUnit } from '../../listing-format/distance.js';
import type { FilterState, Sort } from '../filter-panel.js';
import { parseNear } from '../near.js';
import { readUrlState, writeUrlState } from '../url-state.js';
import type { CrisisIntent } from './crisis-intent.js';
import { FeedClient, type FeedHost } from './feed-client.js';

export type SearchState = SearchQuery & FilterState;

/** Everything a search depends on: a change to any of them runs it again. */
type SearchArgs = readonly [
  feed: string | undefined,
  search: SearchState,
  pageSize: number,
  near: string,
  radius: number | undefined,
  client: ResourceDirectoryClient | undefined,
  geocode: Geocoder | undefined,
  sort: Sort,
  vocabulary: Vocabulary | false | undefined,
  vocabularySrc: string | undefined,
];

/** What the search reads from the directory: its attributes, and the shadow root the cards are in. */
export interface SearchHost extends FeedHost, HTMLElement {
  near: string;
  radius?: number;
  pageSize: number;
  urlState: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

const splitList = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

/**
 * The visitor's search: its state (words, filters, order, page), the Task that runs it, the listings shown
 * so far, the page URL that keeps it (`url-state`), and focus on the first new card after "Show more".
 */
export class SearchController {
  #search: SearchState = { text: '', categories: [], languages: [], free: false, openNow: false, page: 1 };
  #sort: Sort = 'relevance';
  /** Every page shown so far, in order. */
  listings: Listing[] = [];
  /** The last failed search, as the visitor is told it. */
  failure: Failure = { kind: 'unknown' };
  #focusFrom?: number;
  readonly feed: FeedClient;
  readonly task: Task<SearchArgs, SearchResult | undefined>;

  constructor(
    private readonly host: SearchHost,
    private readonly options: {
      crisis: CrisisIntent;
      unit: () => DistanceUnit;
      /** A new search drops the last notice (saved, copied, location). */
      onRefine: () => void;
      /** Results are drawn and announced (the directory brings them into view). */
      onShown?: () => void;
      /** The search failed: its message shows where the results would have. */
      onFailed?: () => void;
    },
  ) {
    this.task = new Task(host, {
      args: (): SearchArgs => [this.feed.feedUrl(), this.#search, host.pageSize, host.near, host.radius, host.client, host.geocode, this.#sort, host.vocabulary, host.vocabularySrc],
      task: async ([feed, search, pageSize], { signal }) => {
        try {
          const client = await this.feed.client(feed);
          const searchOptions = this.#searchOptions(search, pageSize, signal);
          const result = await client?.search(searchOptions);
          if (!client || !result || !search.text) return result;
          return await this.options.crisis.resultFor(search.text, client, searchOptions, result);
        } catch (error) {
          if (!signal.aborted) await this.#explain(error);
          throw error;
        }
      },
      onComplete: (result?: SearchResult) => {
        if (!result) return;
        this.listings = result.page > 1 ? [...this.listings, ...result.items] : result.items;
        // Results are announced (rd-results, focus) once they are drawn: the update asked for here.
        host.requestUpdate();
        void host.updateComplete.then(() => this.#afterResults(result));
      },
      onError: (error: unknown) => {
        this.options.onFailed?.();
        host.dispatchEvent(new ResourceDirectoryErrorEvent(error));
      },
    });
    // After the search's Task, so its client is made first and the feed's other reads share it.
    this.feed = new FeedClient(host);
  }

  get search(): SearchState {
    return this.#search;
  }

  set search(search: SearchState) {
    this.#search = search;
    this.host.requestUpdate();
  }

  get sort(): Sort {
    return this.#sort;
  }

  set sort(sort: Sort) {
    this.#sort = sort;
    this.host.requestUpdate();
  }

  /** The author's `query` and `categories` start a new search. */
  preset(query: string, categories: string): void {
    this.search = { ...this.#search, text: query, categories: splitList(categories), page: 1 };
  }

  /** A search kept in the page URL wins over the author's, on the first render. */
  restoreFromUrl(): void {
    this.search = { ...this.#search, ...readUrlState(location.href), page: 1 };
  }

  /** The SDK orders the whole result set, so a new order starts again from its first page. */
  sortBy(sort: Sort): void {
    this.#sort = sort;
    this.search = { ...this.#search, page: 1 };
  }

  hasFilters(): boolean {
    const search = this.#search;
    return Boolean(search.text || search.categories.length || search.languages.length || search.free || search.openNow);
  }

  refine(change: Partial<SearchState>): void {
    this.options.onRefine();
    this.search = { ...this.#search, ...change, page: 1 };
    this.host.dispatchEvent(new ResourceDirectorySearchEvent({ ...this.#search }));
    if (this.host.urlState) writeUrlState(this.#search);
  }

  /** The next page; focus moves to its first card once it is shown. */
  showMore(): void {
    this.#focusFrom = this.listings.length;
    this.search = { ...this.#search, page: this.#search.page + 1 };
  }

  /** Resolves when the current search has finished and its results are rendered. */
  get complete(): Promise<unknown> {
    return this.task.taskComplete.then(() => this.host.updateComplete);
  }

  #searchOptions(search: SearchState, pageSize: number, signal: AbortSignal): SearchOptions {
    const near = parseNear(this.host.near);
    return {
      text: search.text || undefined,
      categories: search.categories.length ? search.categories : undefined,
      languages: search.languages.length ? search.languages : undefined,
      free: search.free || undefined,
      openAt: search.openNow ? new Date() : undefined,
      near,
      radiusKm: near && this.host.radius ? toKm(this.host.radius, this.options.unit()) : undefined,
      sort: this.#sort,
      page: search.page,
      pageSize,
      signal,
    };
  }

  /**
   * Sorts a failed search for the visitor and logs the webmaster's fix. Both come from the SDK chunk, loaded
   * by now unless the host passed its own client; when even that fails to load, the visitor is offline (and
   * the browser has logged the failed chunk).
   */
  async #explain(error: unknown): Promise<void> {
    try {
      const [{ failureOf }, { webmasterAdvice }] = await Promise.all([import('../../../sdk/failure.js'), import('../../../sdk/failure-advice.js')]);
      this.failure = failureOf(error);
      console.warn(`<resource-directory>: ${webmasterAdvice(error)}`, error);
    } catch {
      this.failure = { kind: 'offline' };
    }
  }

  #afterResults(result: SearchResult): void {
    const query: SearchQuery = { ...this.#search };
    this.host.dispatchEvent(new ResourceDirectoryResultsEvent({ query, total: result.total, page: result.page, stale: Boolean(result.stale) }));
    if (this.#focusFrom !== undefined) {
      const cards = this.host.renderRoot.querySelectorAll<ResourceDirectoryCard>('resource-card');
      const firstNew = cards[this.#focusFrom];
      this.#focusFrom = undefined;
      if (firstNew) {
        void customElements.whenDefined('resource-card').then(async () => {
          await firstNew.updateComplete;
          firstNew.focusTitle();
        });
      }
    }
    this.options.onShown?.();
    logFeedCoverage(this.feed.client(this.feed.feedUrl()), this.host.pageSize);
  }
}
