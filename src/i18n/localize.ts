import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createFormatters, type Formatters } from './formatters.js';
import { en, type Translation } from './translations/en.js';

type Params<K extends keyof Translation> = Translation[K] extends (...args: infer A) => string
  ? A extends [...infer P, Formatters] ? P : A
  : [];

const translations = new Map<string, Translation>([['en', en]]);

/** Makes a translation available to every element on the page. */
export function registerTranslation(lang: string, translation: Translation): void {
  translations.set(lang.toLowerCase(), translation);
}

/** The closest registered language: `es-MX` falls back to `es`, then to English. */
export function resolveLanguage(requested: string | undefined): string {
  let candidate = (requested ?? '').toLowerCase();
  while (candidate) {
    if (translations.has(candidate)) return candidate;
    candidate = candidate.includes('-') ? candidate.slice(0, candidate.lastIndexOf('-')) : '';
  }
  return 'en';
}

/**
 * The one localization layer: every UI string goes through `t()`. The UI language comes from the
 * element's own `lang`, else the closest `[lang]` ancestor in the host page, else English.
 */
export class Localizer implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #formatters: Formatters = createFormatters('en');

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  get lang(): string {
    return this.#formatters.lang;
  }

  get format(): Formatters {
    return this.#formatters;
  }

  hostConnected(): void {
    this.#refresh();
  }

  hostUpdate(): void {
    this.#refresh();
  }

  t<K extends keyof Translation>(key: K, ...params: Params<K>): string {
    const value = (translations.get(this.lang) ?? en)[key] as string | ((...args: unknown[]) => string);
    return typeof value === 'function' ? value(...params, this.#formatters) : value;
  }

  #refresh(): void {
    const requested = this.#host.closest('[lang]')?.getAttribute('lang') ?? undefined;
    const lang = resolveLanguage(requested);
    if (lang !== this.#formatters.lang) this.#formatters = createFormatters(lang);
  }
}
