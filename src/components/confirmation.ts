import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long a visible confirmation ("Copied", "Saved") stays on screen, in milliseconds; tests shorten it. */
export const confirmationTiming = { ms: 5000 };

/** Its look, shared by the card and the saved list. */
export const confirmationStyles = css`
  .confirmation {
    justify-self: start;
    margin: 0;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    font-weight: 600;
  }
  .confirmation::before {
    content: '✓ ';
  }
`;

/**
 * A short confirmation shown next to the button that caused it ("Copied to clipboard"), for a few seconds.
 * It is seen, not heard: the same words go to the live region, so it is hidden from screen readers, which
 * would otherwise meet them twice.
 */
export class Confirmation implements ReactiveController {
  #host: ReactiveControllerHost;
  #text = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  show(text: string): void {
    clearTimeout(this.#timer);
    this.#text = text;
    this.#timer = setTimeout(() => this.clear(), confirmationTiming.ms);
    this.#host.requestUpdate();
  }

  clear(): void {
    clearTimeout(this.#timer);
    if (!this.#text) return;
    this.#text = '';
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.clear();
  }

  render(): TemplateResult | typeof nothing {
    return this.#text ? html`<p class="confirmation" aria-hidden="true">${this.#text}</p>` : nothing;
  }
}
