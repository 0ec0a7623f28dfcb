import { html, nothing, type TemplateResult } from 'lit';
import type { Failure, FailureKind } from '../../../sdk/index.js';
import type { Localizer } from '../../../i18n/localize.js';
import { help211 } from './help-211.js';

/** The longest wait a busy feed asks for that is worth naming; beyond it the visitor is told "later". */
const MAX_SHOWN_WAIT_MINUTES = 10;
type FailureTextKey = 'errorNotFound' | 'errorNotDirectory' | 'errorTooLarge' | 'errorSiteProblem' | 'errorUnavailable' | 'errorRetryLater' | 'errorTitle' | 'errorHelp';
/**
 * A failure's title and next step; a fault of the site's own (the next step says so) has no retry button.
 * Offline and unknown failures keep the general "check your connection".
 */
const FAILURE_TEXT: Partial<Record<FailureKind, readonly [FailureTextKey, FailureTextKey]>> = {
  'not-found': ['errorNotFound', 'errorSiteProblem'],
  'not-a-feed': ['errorNotDirectory', 'errorSiteProblem'],
  'too-large': ['errorTooLarge', 'errorSiteProblem'],
  unavailable: ['errorUnavailable', 'errorRetryLater'],
};

/** What the visitor is told about a failed search: what happened, and what to do next. */
function failureText(localizer: Localizer, { kind, retryAfterMs }: Failure): [title: string, help: string] {
  const t = localizer.t.bind(localizer);
  if (kind !== 'busy') return (FAILURE_TEXT[kind] ?? ['errorTitle', 'errorHelp']).map((key) => t(key)) as [string, string];
  // No wait named, or one past the limit, is "later".
  const minutes = Math.ceil((retryAfterMs ?? 0) / 60_000);
  return [t('errorBusy'), minutes && minutes <= MAX_SHOWN_WAIT_MINUTES ? t('errorRetryIn', minutes) : t('errorRetryLater')];
}

/** A failed search: what happened, what to do next, a retry button when trying again can help, and 211. */
export function errorView(options: {
  localizer: Localizer;
  failure: Failure;
  /** The error as thrown, for the HTTP status of a place the feed does not know. */
  error: unknown;
  near: string;
  onRetry: () => void;
}): TemplateResult {
  const { localizer, failure, near } = options;
  const t = localizer.t.bind(localizer);
  // A feed answers 400 to a place it does not know: say so, rather than "could not load".
  const badPlace = near && (options.error as { status?: number } | undefined)?.status === 400;
  const [title, help] = badPlace ? [t('nearNotFound', near), t('errorHelp')] : failureText(localizer, failure);
  // Trying again cannot mend a missing, wrong or oversized feed; only the site's owner can.
  const retryable = badPlace || FAILURE_TEXT[failure.kind]?.[1] !== 'errorSiteProblem';
  return html`<div part="message" class="message" role="alert">
        <slot name="error">
          <p><strong>${title}</strong></p>
          <p>${help}</p>
        </slot>
        ${retryable
          ? html`<button part="retry-button" class="secondary" type="button" @click=${options.onRetry}>${t('retry')}</button>`
          : nothing}
        ${help211(localizer)}
      </div>`;
}
