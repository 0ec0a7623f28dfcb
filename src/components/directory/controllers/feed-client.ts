import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Geocoder, ResourceDirectoryClient, Vocabulary } from '../../../sdk/index.js';
import type { Category } from '../../../sdk/model.js';
import { loadClient } from '../../load-client.js';

/** What the feed's client is made from: the directory's attributes. */
export interface FeedHost extends ReactiveControllerHost {
  feed?: string;
  client?: ResourceDirectoryClient;
  geocode?: Geocoder;
  vocabulary?: Vocabulary | false;
  vocabularySrc?: string;
  noFilters: boolean;
}

/**
 * The SDK client the directory searches (the host's own, or one made from `feed`), and what it reads of the
 * feed besides: the publisher's address for "Report a problem", and the categories the filters offer.
 */
export class FeedClient {
  /** A client of the element's own, for a host's geocoder or vocabulary; re-made when either changes. */
  #ownClient?: { feed: string; geocode?: Geocoder; vocabulary?: Vocabulary | false; client: Promise<ResourceDirectoryClient> };

  readonly publisherTask: Task<readonly [string | undefined, ResourceDirectoryClient | undefined], string | undefined>;
  readonly categoriesTask: Task<readonly [string | undefined, ResourceDirectoryClient | undefined, boolean], Category[]>;

  constructor(private readonly host: FeedHost) {
    this.publisherTask = new Task(host, {
      args: () => [this.feedUrl(), host.client] as const,
      task: async ([feed]): Promise<string | undefined> => {
        const publisher = (await (await this.client(feed))?.info())?.publisher;
        if (publisher?.email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(publisher.email)) return `mailto:${publisher.email}`;
        return publisher?.website?.startsWith('https://') ? publisher.website : undefined;
      },
    });
    this.categoriesTask = new Task(host, {
      args: () => [this.feedUrl(), host.client, host.noFilters] as const,
      task: async ([feed, , noFilters]): Promise<Category[]> => {
        const client = noFilters ? undefined : await this.client(feed);
        return client ? client.categories() : [];
      },
    });
  }

  /** The feed as an absolute http(s) URL, or undefined when it is missing or not one (`javascript:`, `data:`…). */
  feedUrl(): string | undefined {
    if (!this.host.feed) return undefined;
    try {
      const url = new URL(this.host.feed, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  async client(feed: string | undefined): Promise<ResourceDirectoryClient | undefined> {
    if (this.host.client) return this.host.client;
    if (!feed) return undefined;
    const { geocode, vocabularySrc: src } = this.host;
    // A vocabulary file is read by a lazy chunk, once per URL and page; an unusable one gives no words.
    const vocabulary = this.host.vocabulary ?? (src ? await (await import('../words-file.js')).vocabularyAt(src) : undefined);
    if (!geocode && vocabulary === undefined) return loadClient(feed);
    const own = this.#ownClient;
    if (own?.feed !== feed || own.geocode !== geocode || own.vocabulary !== vocabulary) {
      this.#ownClient = { feed, geocode, vocabulary, client: loadClient(feed, { geocode, vocabulary }) };
    }
    return this.#ownClient!.client;
  }
}
