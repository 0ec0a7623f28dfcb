import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ResourceDirectoryClient, SearchOptions, SearchResult } from '../../../sdk/index.js';
import type { Localizer } from '../../../i18n/localize.js';
import { crisisLinesFor, type CrisisLine, type CustomCrisisLine } from '../../crisis/crisis-lines.js';
import { crisisStrip } from '../../crisis/crisis-strip.js';
import { lazy } from '../../lazy.js';

// The crisis words of twelve languages, and the search for crisis services, are lazy chunks.
const crisisTerms = lazy(() => import('../../crisis/crisis-terms.js'));
const crisisServicesChunk = lazy(() => import('../../crisis/crisis-services.js'));

/** What the crisis lines read from the directory. */
export interface CrisisHost extends ReactiveControllerHost {
  crisis: string;
  crisisLines?: CustomCrisisLine[];
  crisisExpanded: boolean;
}

/**
 * Whether the visitor's search calls for the crisis lines (it holds a crisis term in some language), the
 * lines themselves, and the strip that shows them.
 */
export class CrisisIntent implements ReactiveController {
  /** Parsed from `crisis`/`crisisLines` when they change, not on every render (it parses JSON and may warn). */
  lines: CrisisLine[] = [];
  #linesFrom?: [string, CustomCrisisLine[] | undefined];
  /** The search calls for the crisis lines. */
  urgent = false;
  #urgencyOf?: string;
  /** The visitor unfolded the lines. */
  #expanded = false;
  /** How the last crisis search shows its later pages, when its crisis services led the first. */
  #laterPage?: (literal: SearchResult) => SearchResult;

  constructor(
    private readonly host: CrisisHost,
    /** The words searched for now. */
    private readonly text: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { crisis, crisisLines } = this.host;
    if (!this.#linesFrom || this.#linesFrom[0] !== crisis || this.#linesFrom[1] !== crisisLines) {
      this.#linesFrom = [crisis, crisisLines];
      this.lines = crisisLinesFor(crisis, crisisLines);
    }
    const text = this.text();
    if (text !== this.#urgencyOf) this.#checkUrgency(text);
  }

  /** Fetches the crisis terms before a visitor's first search of their own, so they are almost always in hand by then. */
  prefetch(): void {
    crisisTerms.load().catch(() => undefined); // retried by the first search that needs it
  }

  /** If the terms have not arrived by the search, the emphasis follows them. */
  #checkUrgency(text: string | undefined): void {
    this.#urgencyOf = text;
    if (!text) {
      this.urgent = false;
      return;
    }
    if (crisisTerms.value) {
      this.urgent = crisisTerms.value.isCrisisSearch(text);
      return;
    }
    crisisTerms.load().then(
      ({ isCrisisSearch }) => {
        if (this.#urgencyOf !== text) return;
        this.urgent = isCrisisSearch(text);
        this.host.requestUpdate();
      },
      () => {
        if (this.#urgencyOf === text) this.#urgencyOf = undefined; // try again at the next render
      },
    );
  }

  /** A crisis search's result as the visitor should see it (see crisisResult). */
  async resultFor(text: string, client: ResourceDirectoryClient, options: SearchOptions, literal: SearchResult): Promise<SearchResult> {
    if ((options.page ?? 1) > 1) return this.#laterPage?.(literal) ?? literal;
    this.#laterPage = undefined;
    try {
      if (!(await crisisTerms.load()).isCrisisSearch(text)) return literal;
      const { result, laterPage } = await (await crisisServicesChunk.load()).crisisResult(client, options, literal);
      this.#laterPage = laterPage;
      return result;
    } catch {
      return literal; // the literal result stands, and the crisis lines are still on screen
    }
  }

  /** Leads the result count when the search calls for the crisis lines and there are lines to show. */
  prefix(localizer: Localizer): string {
    return this.urgent && this.lines.length ? `${localizer.t('crisisAnnouncement')} ` : '';
  }

  strip(localizer: Localizer): TemplateResult | typeof nothing {
    return crisisStrip(this.lines, {
      localizer,
      expanded: this.#expanded,
      urgent: this.urgent,
      pinned: this.host.crisisExpanded,
      onToggle: () => {
        this.#expanded = !this.#expanded;
        this.host.requestUpdate();
      },
    });
  }
}
