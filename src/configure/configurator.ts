// The configurator's page: check a feed, pick options, preview them live, copy the snippet.
import { html, nothing, render, type TemplateResult } from 'lit';
import { createClient, type Category } from '../sdk/index.js';
import { LOCALES, loaders } from '../i18n/locales.js';
import { en } from '../i18n/translations/en.js';
import { contrastOnWhite, textOn } from './accent-contrast.js';
import { copySnippet } from './copy-snippet.js';
import { attributesOf, DEFAULT_OPTIONS, themeOf, type EmbedOptions } from './embed-options.js';
import { failureExplained, feedAddress } from './feed-failure.js';
import { feedReport, type FeedReport } from './feed-report.js';
import { classicSnippet, iframeSnippet, moduleSnippet } from './snippets.js';

type Check =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'read'; report: FeedReport; categories: Category[] }
  | { state: 'failed'; message: string };

type SnippetForm = 'module' | 'classic' | 'iframe';

const FORMS: { form: SnippetForm; title: string; help: string }[] = [
  { form: 'module', title: 'Module script', help: 'For most sites and CMSs that accept an HTML block with a script. The smallest download.' },
  { form: 'classic', title: 'Classic script', help: 'For editors that accept only a plain <script src>, without type="module".' },
  {
    form: 'iframe',
    title: 'Iframe',
    help: 'For sites that strip scripts (Google Sites, some hosted plans): paste only the <iframe> line if scripts are not allowed; the two script lines, where allowed, size the frame to its content.',
  },
];

const ACCENT = '--rd-accent-color';
const LAYOUTS = [
  ['list', 'List: full cards'],
  ['grid', 'Grid: cards in columns'],
  ['compact', 'Compact: one dense row per service'],
] as const;
const CRISIS = [
  ['us', 'United States lines: 988, Crisis Text Line, Veterans Crisis Line and 911'],
  ['custom', 'Your own line'],
  ['none', 'None'],
] as const;

const categoryValue = (category: Category): string => category.code ?? category.id;

/**
 * The configurator in `root`: the feed check and its report, the options, a live preview and the three
 * snippets. A feed given here is checked at once.
 */
export class Configurator {
  #root: HTMLElement;
  #options: EmbedOptions = { ...DEFAULT_OPTIONS, customLine: { ...DEFAULT_OPTIONS.customLine }, colors: {} };
  #feedInput: string;
  #check: Check = { state: 'idle' };
  #checking?: AbortController;
  #copied: Partial<Record<SnippetForm, string>> = {};
  /** The iframe's title, in the language the directory starts in. */
  #frameTitle = en.searchRegion;
  #preview = document.createElement('resource-directory');

  constructor(root: HTMLElement, feed: string) {
    this.#root = root;
    this.#feedInput = feed;
    this.#preview.id = 'preview-directory';
    this.#draw();
    if (feed) void this.check();
  }

  async check(): Promise<void> {
    this.#checking?.abort();
    const address = feedAddress(this.#feedInput, location.href);
    if (typeof address === 'string') {
      this.#check = { state: 'failed', message: address };
      this.#draw();
      return;
    }
    const checking = (this.#checking = new AbortController());
    const { signal } = checking;
    this.#options.feed = address.href;
    this.#options.categories = [];
    this.#check = { state: 'checking' };
    this.#draw();
    try {
      const client = createClient({ feed: address.href });
      const [info, coverage, categories] = await Promise.all([client.info({ signal }), client.coverage({ signal }), client.categories({ signal })]);
      if (signal.aborted) return;
      const sorted = [...categories].sort((a, b) => (b.services ?? 0) - (a.services ?? 0) || a.name.localeCompare(b.name));
      this.#check = { state: 'read', report: feedReport(info, coverage), categories: sorted };
    } catch (error) {
      if (signal.aborted) return;
      this.#check = { state: 'failed', message: failureExplained(error, address, new URL(location.href)) };
    }
    this.#draw();
  }

  #change(update: (options: EmbedOptions) => void): void {
    update(this.#options);
    this.#copied = {};
    this.#draw();
  }

  async #pickLanguage(lang: string): Promise<void> {
    this.#change((options) => (options.lang = lang));
    const loader = loaders[lang];
    // Offline, the language file may not come: the title stays English, which the webmaster can edit.
    this.#frameTitle = (await loader?.().catch(() => undefined))?.translation.searchRegion ?? en.searchRegion;
    this.#draw();
  }

  async #copy(form: SnippetForm, text: string): Promise<void> {
    const field = this.#root.querySelector<HTMLTextAreaElement>(`#snippet-${form}`)!;
    const outcome = await copySnippet(text, field);
    this.#copied = { [form]: outcome === 'copied' ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.' };
    this.#draw();
  }

  /** Keeps the preview's attributes and colours equal to the options, as the snippets write them. */
  #updatePreview(): void {
    const wanted = new Map(this.#options.feed ? attributesOf(this.#options) : []);
    for (const name of this.#preview.getAttributeNames()) if (name !== 'id' && name !== 'style' && !wanted.has(name)) this.#preview.removeAttribute(name);
    for (const [name, value] of wanted) if (this.#preview.getAttribute(name) !== value) this.#preview.setAttribute(name, value);
    this.#preview.removeAttribute('style');
    for (const [property, value] of themeOf(this.#options)) this.#preview.style.setProperty(property, value);
  }

  #draw(): void {
    this.#updatePreview();
    render(this.#template(), this.#root);
  }

  #template(): TemplateResult {
    return html`
      <h1>Put a directory of local help on your site</h1>
      <p class="intro">Check your feed, choose what visitors see, and copy the code into your page.</p>
      <div class="layout">
        <section class="feed" aria-labelledby="feed-title">${this.#feedSection()}</section>
        <section class="options" aria-labelledby="options-title">${this.#optionsSection()}</section>
        <section class="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">Preview</h2>
          ${this.#options.feed ? this.#preview : html`<p>Check a feed to see the directory here.</p>`}
        </section>
        <section class="code" aria-labelledby="code-title">${this.#codeSection()}</section>
      </div>
    `;
  }

  #feedSection(): TemplateResult {
    const check = this.#check;
    return html`
      <h2 id="feed-title">1. Your feed</h2>
      <form
        class="feed-form"
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.check();
        }}
      >
        <label for="feed">Feed address: an HSDS API or an HSDS file (JSON, CSV package or zip)</label>
        <div class="row">
          <input id="feed" name="feed" type="text" inputmode="url" autocomplete="url" spellcheck="false" .value=${this.#feedInput}
            @input=${(event: Event) => (this.#feedInput = (event.target as HTMLInputElement).value)} />
          <button type="submit">Check</button>
        </div>
      </form>
      <p id="check-status" class="status ${check.state}" role="status">${this.#checkMessage()}</p>
      ${check.state === 'read' ? this.#report(check.report) : nothing}
    `;
  }

  /** The check's outcome in one line, for the live region; empty before the first check. */
  #checkMessage(): string {
    const check = this.#check;
    if (check.state === 'checking') return 'Checking the feed…';
    if (check.state === 'read') return check.report.summary;
    return check.state === 'failed' ? `Could not read the feed. ${check.message}` : '';
  }

  #report(report: FeedReport): TemplateResult {
    return html`
      <div class="report">
        <h3>What visitors will get</h3>
        <p>${report.kind} Your browser could read it from this page.</p>
        <ul class="present">${report.present.map((line) => html`<li>${line}</li>`)}</ul>
        ${report.losses.length
          ? html`<h3>What reading it lost</h3>
              <ul>${report.losses.map((line) => html`<li>${line}</li>`)}</ul>`
          : html`<p>Nothing was lost reading it.</p>`}
        ${report.issues.length
          ? html`<h3>Commonest problems, for the feed's publisher</h3>
              <ul class="issues">${report.issues.map((line) => html`<li>${line}</li>`)}</ul>`
          : nothing}
      </div>
    `;
  }

  #optionsSection(): TemplateResult {
    const options = this.#options;
    const categories = this.#check.state === 'read' ? this.#check.categories : [];
    const accent = options.colors[ACCENT];
    return html`
      <h2 id="options-title">2. Choose what it shows</h2>
      <fieldset class="categories">
        <legend>Categories</legend>
        <p class="hint">${categories.length ? 'Tick some to show only those services; tick none to show every service.' : 'Check a feed to choose among its categories.'}</p>
        ${categories.length
          ? html`<div class="category-list">
              ${categories.map((category) => {
                const value = categoryValue(category);
                return html`<label class="check"
                  ><input type="checkbox" name="category" .value=${value} .checked=${options.categories.includes(value)}
                    @change=${(event: Event) =>
                      this.#change((o) => {
                        const checked = (event.target as HTMLInputElement).checked;
                        o.categories = checked ? [...o.categories, value] : o.categories.filter((c) => c !== value);
                      })} />
                  ${category.name}${category.services !== undefined ? html` <span class="count">(${category.services})</span>` : nothing}</label
                >`;
              })}
            </div>`
          : nothing}
      </fieldset>

      <div class="field">
        <label for="lang">Language it starts in</label>
        <select id="lang" @change=${(event: Event) => void this.#pickLanguage((event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!options.lang}>The visitor's own language (recommended)</option>
          ${LOCALES.map((locale) => html`<option value=${locale.tag} lang=${locale.tag} ?selected=${options.lang === locale.tag}>${locale.endonym}</option>`)}
        </select>
        <p class="hint">Visitors can always switch among the 12 languages.</p>
      </div>

      <fieldset>
        <legend>Layout</legend>
        ${LAYOUTS.map(
          ([value, label]) =>
            html`<label class="check"><input type="radio" name="layout" .value=${value} .checked=${options.layout === value}
                @change=${() => this.#change((o) => (o.layout = value))} /> ${label}</label>`,
        )}
      </fieldset>

      <fieldset>
        <legend>Crisis lines, at the top</legend>
        ${CRISIS.map(
          ([value, label]) =>
            html`<label class="check"><input type="radio" name="crisis" .value=${value} .checked=${options.crisis === value}
                @change=${() => this.#change((o) => (o.crisis = value))} /> ${label}</label>`,
        )}
        ${options.crisis === 'custom' ? this.#customLine() : nothing}
        ${options.crisis !== 'none'
          ? html`<label class="check"><input type="checkbox" name="crisis-expanded" .checked=${options.crisisExpanded}
                @change=${(event: Event) => this.#change((o) => (o.crisisExpanded = (event.target as HTMLInputElement).checked))} />
              Always show every line, open (for a page about crisis support)</label>`
          : nothing}
      </fieldset>

      <fieldset>
        <legend>Quick exit</legend>
        <label class="check"><input type="checkbox" name="quick-exit" .checked=${options.quickExit}
            @change=${(event: Event) => this.#change((o) => (o.quickExit = (event.target as HTMLInputElement).checked))} />
          An "Exit this page" button, and Shift pressed three times, leave at once (for pages about abuse or violence)</label>
        <p class="hint">In the iframe form, Shift works only while focus is inside the frame, and browsers without the Navigation API (Chromium-based ones have it) leave only the frame: use a script form where visitors may need to leave in a hurry.</p>
        ${options.quickExit
          ? html`<label for="quick-exit-url">Leave for (optional; default: a weather page)</label>
              <input id="quick-exit-url" type="url" placeholder="https://www.weather.gov/" .value=${options.quickExitUrl}
                @change=${(event: Event) => this.#change((o) => (o.quickExitUrl = (event.target as HTMLInputElement).value))} />`
          : nothing}
      </fieldset>

      <fieldset>
        <legend>Colour</legend>
        <label class="check"><input type="checkbox" name="own-accent" .checked=${accent !== undefined}
            @change=${(event: Event) => this.#setAccent((event.target as HTMLInputElement).checked ? '#7a3e9d' : undefined)} />
          Use your site's colour for buttons and links</label>
        ${accent !== undefined ? this.#accentPicker(accent) : nothing}
      </fieldset>
    `;
  }

  #customLine(): TemplateResult {
    const line = this.#options.customLine;
    const field = (key: 'name' | 'phone' | 'text' | 'chat', label: string, type = 'text') =>
      html`<label for="crisis-${key}">${label}</label>
        <input id="crisis-${key}" type=${type} .value=${line[key] ?? ''}
          @change=${(event: Event) => this.#change((o) => (o.customLine[key] = (event.target as HTMLInputElement).value))} />`;
    return html`<div class="custom-line">
      <p class="hint">Give a name and at least one phone number, text number or chat page; until then the preview shows the US lines.</p>
      ${field('name', 'Name of the line')} ${field('phone', 'Phone number', 'tel')} ${field('text', 'Text message number', 'tel')}
      ${field('chat', 'Chat page (https)', 'url')}
    </div>`;
  }

  #setAccent(accent: string | undefined): void {
    this.#change((options) => {
      options.colors = accent === undefined ? {} : { [ACCENT]: accent, '--rd-accent-text-color': textOn(accent) };
    });
  }

  #accentPicker(accent: string): TemplateResult {
    const ratio = contrastOnWhite(accent);
    return html`<label for="accent">Colour</label>
      <input id="accent" type="color" .value=${accent} @change=${(event: Event) => this.#setAccent((event.target as HTMLInputElement).value)} />
      <p class="hint ${ratio < 4.5 ? 'warning' : ''}">
        ${ratio < 4.5
          ? `Too light for links on a white page: contrast ${ratio.toFixed(1)}:1, where 4.5:1 is needed. Choose a darker shade.`
          : `Contrast with a white page: ${ratio.toFixed(1)}:1 (4.5:1 needed). Button text is set to ${textOn(accent) === '#ffffff' ? 'white' : 'black'}.`}
      </p>`;
  }

  #codeSection(): TemplateResult {
    const options = this.#options;
    if (!options.feed) return html`<h2 id="code-title">3. Copy the code</h2><p>Check a feed first.</p>`;
    const snippets: Record<SnippetForm, string> = {
      module: moduleSnippet(options),
      classic: classicSnippet(options),
      iframe: iframeSnippet(options, this.#frameTitle),
    };
    return html`
      <h2 id="code-title">3. Copy the code</h2>
      <p>Paste one of these where the directory should appear. Each shows the same directory as the preview.</p>
      ${FORMS.map(
        ({ form, title, help }) => html`
          <div class="snippet">
            <h3 id="snippet-${form}-title">${title}</h3>
            <p class="hint" id="snippet-${form}-help">${help}</p>
            <textarea id="snippet-${form}" readonly rows="7" spellcheck="false" aria-labelledby="snippet-${form}-title" aria-describedby="snippet-${form}-help"
              .value=${snippets[form]}></textarea>
            <div class="copy-row">
              <button type="button" @click=${() => void this.#copy(form, snippets[form])}>Copy the ${title.toLowerCase()}</button>
              <span class="copied" role="status">${this.#copied[form] ?? ''}</span>
            </div>
          </div>
        `,
      )}
    `;
  }
}
