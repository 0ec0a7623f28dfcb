import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What a notice belongs to: it is dropped once the visitor searches again or changes the language. */
export interface NoticeContext {
  search: unknown;
  lang: string;
}

/**
 * The directory's one polite live region (WCAG 4.1.3), for the whole widget: cards and the saved list
 * announce through it too, so the page has one region, not one per card. It holds the latest notice
 * (saved, copied, location); otherwise it says what the directory's status is.
 */
export class Announcer implements ReactiveController {
  #notice = '';
  #noticeFor?: NoticeContext;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The search and language now, to tie a notice to. */
    private readonly context: () => NoticeContext,
  ) {
    host.addController(this);
  }

  /** Says `message`. A new search or language drops it. */
  announce = (message: string): void => {
    // The same words twice ("Copied", "Copied") must still change the region, or the second is not heard.
    this.#notice = message === this.#notice ? `${message}\u00a0` : message;
    this.#noticeFor = this.context();
    this.host.requestUpdate();
  };

  /** Drops the notice, so the region says the status again. */
  clear(): void {
    this.#notice = '';
    this.host.requestUpdate();
  }

  /** A notice said for an earlier search or in another language is dropped. */
  hostUpdate(): void {
    const { search, lang } = this.context();
    const noticeFor = this.#noticeFor;
    if (!noticeFor || noticeFor.search !== search || noticeFor.lang !== lang) this.#notice = '';
  }

  /** The notice, if there is one. */
  get notice(): string | undefined {
    return this.#notice || undefined;
  }

  /**
   * The region: the notice, else `status`. It stays in the DOM across states, so screen readers notice each
   * change.
   */
  region(status: string): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-atomic="true">${this.notice ?? status}</p>`;
  }
}
