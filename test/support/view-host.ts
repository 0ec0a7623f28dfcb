import { fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { Localizer } from '../../src/i18n/localize.js';
import { baseStyles } from '../../src/styles/base.styles.js';
import { directoryStyles } from '../../src/components/directory/directory.styles.js';

/**
 * A bare element that draws one view of the directory in a shadow root with the directory's styles, so a
 * view or controller is tested on its own.
 */
export class ViewHost extends LitElement {
  static override styles = [baseStyles, directoryStyles];
  readonly localizer = new Localizer(this);
  view: (host: ViewHost) => unknown = () => '';

  override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.localizer.lang} dir=${this.localizer.dir}>${this.view(this)}</div>`;
  }
}
customElements.define('rd-view-host', ViewHost);

/** A host drawing `view` in English, once it has drawn. */
export const viewHost = (view: (host: ViewHost) => unknown): Promise<ViewHost> =>
  fixture<ViewHost>(html`<rd-view-host lang="en" .view=${view}></rd-view-host>`);

export const text = (node: Element | ShadowRoot | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
