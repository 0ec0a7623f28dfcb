import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createFormatters, type Formatters, type IntlData } from './formatters.js';
import { loaders, negotiate, type Locale } from './locales.js';
import { en, type Translation } from './translations/en.js';

type Params<K extends keyof Translation> = Translation[K] extends (...args: infer A) => string
  ? A extends [...infer P, Formatters] ? P : A
  : [];

const loaded = new Map<string, Translation>([['en', en]]);
const loading = new Map<string, Promise<void>>();
// What ICU lacks for some languages (Haitian Creole's weekdays and months), from their lazy chunks.
const intlData = new Map<string, IntlData>();

// One set of formatters per language for the whole page, shared by every element's localizer: making one asks
// Intl which locales it supports, which cost each of 25 cards more than all its own formatting (issue #17).
// A language's `IntlData` is in place before the language is shown, so the first set made for it is final.
const formattersByLang = new Map<string, Formatters>();

function formattersFor(lang: string): Formatters {
  let formatters = formattersByLang.get(lang);
  if (!formatters) formattersByLang.set(lang, (formatters = createFormatters(lang, intlData.get(lang))));
  return formatters;
}

/** Makes a translation available to every element on the page (also used to override ours). */
export function registerTranslation(tag: string, translation: Translation): void {
  loaded.set(tag, translation);
}

function load(tag: string): Promise<void> {
  let pending = loading.get(tag);
  if (!pending) {
    const loader = loaders[tag];
    pending = loader
      ? loader().then(({ translation, intl }) => {
          if (intl) intlData.set(tag, intl);
          loaded.set(tag, translation);
        })
      : Promise.reject(new Error(`no translation for ${tag}`));
    // A failed load (offline) is tried again at the next render rather than remembered.
    pending.catch(() => loading.delete(tag));
    loading.set(tag, pending);
  }
  return pending;
}

/** The closest `lang` attribute above an element, crossing shadow roots. */
function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang && lang !== 'auto') return lang;
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return undefined;
}

/**
 * The one localization layer: every UI string goes through `t()`. The UI language is the element's own
 * `lang`; when that is absent or `auto`, the closest `[lang]` in the host page, then the browser's
 * languages; a language the visitor chose (`chosen`) overrides them all, without rewriting the author's
 * `lang`. Unsupported tags fall back (`es-MX` → `es` → English). Languages other than English load lazily;
 * until one arrives the element keeps the language it shows (English at first) and re-renders when it lands.
 */
export class Localizer implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #chosen: () => string | undefined;
  /** The language on screen: the one wanted once it has loaded, until then the one before. */
  #shown: Locale = negotiate(['en']);
  #formatters: Formatters = formattersFor('en');

  #langObserver = new MutationObserver(() => this.#host.requestUpdate());

  constructor(host: ReactiveControllerHost & HTMLElement, chosen: () => string | undefined = () => undefined) {
    this.#host = host;
    this.#chosen = chosen;
    host.addController(this);
  }

  /** The UI language actually in use (a supported tag). */
  get lang(): string {
    return this.#shown.tag;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.#shown.dir;
  }

  get format(): Formatters {
    return this.#formatters;
  }

  hostConnected(): void {
    this.#refresh();
    // `lang` is not a reactive property: watch it, so a switcher, the directory or the host page can change it.
    this.#langObserver.observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#langObserver.disconnect();
  }

  hostUpdate(): void {
    this.#refresh();
  }

  t<K extends keyof Translation>(key: K, ...params: Params<K>): string {
    const value = ((loaded.get(this.lang) ?? en)[key] ?? en[key]) as string | ((...args: unknown[]) => string);
    return typeof value === 'function' ? value(...params, this.#formatters) : value;
  }

  #refresh(): void {
    const own = this.#chosen() || this.#host.getAttribute('lang');
    const parent = this.#host.parentElement ?? (this.#host.getRootNode() as ShadowRoot).host;
    const requested = own && own !== 'auto' ? [own] : [(parent && inheritedLang(parent)) ?? '', ...navigator.languages];
    const wanted = negotiate(requested);
    if (loaded.has(wanted.tag)) this.#shown = wanted;
    else {
      load(wanted.tag).then(
        () => this.#host.requestUpdate(),
        (error) => console.warn(`resource-directory: could not load the ${wanted.endonym} interface; showing ${this.#shown.endonym}.`, error),
      );
    }
    if (this.#formatters.lang !== this.lang) this.#formatters = formattersFor(this.lang);
  }
}
