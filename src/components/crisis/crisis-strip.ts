import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import type { Translation } from '../../i18n/translations/en.js';
import type { CrisisLine } from './crisis-lines.js';

type Key = keyof Translation;

/**
 * The crisis lines, always in the same place at the top of the directory (WCAG 3.2.6 Consistent Help).
 * Compact by default: the first line's actions and a disclosure for the rest. `urgent` (a search for
 * crisis terms) opens every line with emphasis.
 */
export function crisisStrip(
  lines: readonly CrisisLine[],
  options: { localizer: Localizer; expanded: boolean; urgent: boolean; onToggle: () => void },
): TemplateResult | typeof nothing {
  if (!lines.length) return nothing;
  const { localizer, expanded, urgent } = options;
  const text = (line: CrisisLine, value: string) => (line.builtIn ? localizer.t(value as Key & 'crisisTitle') : value);
  const open = expanded || urgent;
  const [first, ...rest] = lines;
  const actions = (line: CrisisLine) =>
    line.actions.map(
      (action) => html`<a part="crisis-action" class="crisis-action" href=${action.href}
        target=${action.kind === 'chat' ? '_blank' : nothing} rel=${action.kind === 'chat' ? 'noopener noreferrer' : nothing}
      >${text(line, action.label)}</a>`,
    );
  return html`<section part="crisis" class=${urgent ? 'crisis urgent' : 'crisis'} aria-labelledby="crisis-title">
    <p id="crisis-title" class="crisis-title"><strong>${localizer.t('crisisTitle')}</strong></p>
    <div class="crisis-line">
      <span class="crisis-name">${text(first, first.name)}</span>
      ${first.detail ? html`<span class="crisis-detail">${text(first, first.detail)}</span>` : nothing}
      <span class="crisis-actions">${actions(first)}</span>
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
          </div>
          ${urgent
            ? nothing
            : html`<button part="crisis-toggle" class="crisis-toggle" type="button" aria-expanded=${open ? 'true' : 'false'}
                aria-controls="crisis-more" @click=${options.onToggle}>${open ? localizer.t('crisisFewer') : localizer.t('crisisMore')}</button>`}`
      : nothing}
  </section>`;
}
