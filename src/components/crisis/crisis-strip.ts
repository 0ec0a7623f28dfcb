import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import type { Translation } from '../../i18n/translations/en.js';
import type { CrisisLine } from './crisis-lines.js';

type Key = keyof Translation;

/**
 * The crisis lines, always in the same place at the top of the directory (WCAG 3.2.6 Consistent Help).
 * Folded by default to one line, "In crisis? Call or text 988" and its first action, with a disclosure for
 * the others; `urgent` (a search for crisis terms) opens them all with emphasis, and `pinned` (the page's
 * `crisis-expanded`) opens them all without. Folded lines stay in the DOM, hidden, so the disclosure only
 * reveals them.
 */
export function crisisStrip(
  lines: readonly CrisisLine[],
  options: { localizer: Localizer; expanded: boolean; urgent: boolean; pinned?: boolean; onToggle: () => void },
): TemplateResult | typeof nothing {
  if (!lines.length) return nothing;
  const { localizer, expanded, urgent } = options;
  const text = (line: CrisisLine, value: string) => (line.builtIn ? localizer.t(value as Key & 'crisisTitle') : value);
  const [first, ...rest] = lines;
  // A single line is shown whole: there is nothing to unfold.
  const fixed = urgent || options.pinned || !rest.length;
  const open = expanded || fixed;
  const actions = (line: CrisisLine, shown = line.actions.length) =>
    line.actions.map(
      (action, index) => html`<a part="crisis-action" class="crisis-action" href=${action.href} ?hidden=${index >= shown}
        target=${action.kind === 'chat' ? '_blank' : nothing} rel=${action.kind === 'chat' ? 'noopener noreferrer' : nothing}
      >${text(line, action.label)}</a>`,
    );
  const title = open ? localizer.t('crisisTitle') : first.builtIn ? localizer.t('crisisShort') : localizer.t('crisisShortNamed', first.name);
  return html`<section part="crisis" class=${urgent ? 'crisis urgent' : open ? 'crisis' : 'crisis folded'} aria-labelledby="crisis-title">
    <p id="crisis-title" class="crisis-title"><strong>${title}</strong></p>
    <div class="crisis-line">
      <span class="crisis-name" ?hidden=${!open}>${text(first, first.name)}</span>
      ${first.detail ? html`<span class="crisis-detail" ?hidden=${!open}>${text(first, first.detail)}</span>` : nothing}
      <span class="crisis-actions">${actions(first, open ? undefined : 1)}</span>
    </div>
    ${rest.length
      ? html`<div id="crisis-more" class="crisis-more" ?hidden=${!open}>
          ${rest.map(
            (line) => html`<div class="crisis-line">
              <span class="crisis-name">${text(line, line.name)}</span>
              ${line.detail ? html`<span class="crisis-detail">${text(line, line.detail)}</span>` : nothing}
              <span class="crisis-actions">${actions(line)}</span>
            </div>`,
          )}
        </div>`
      : nothing}
    ${fixed
      ? nothing
      : html`<button part="crisis-toggle" class="crisis-toggle" type="button" aria-expanded=${open ? 'true' : 'false'}
          aria-controls="crisis-more" @click=${options.onToggle}>${open ? localizer.t('crisisFewer') : localizer.t('crisisMore')}</button>`}
  </section>`;
}
