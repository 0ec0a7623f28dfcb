import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Localizer } from '../../../i18n/localize.js';
import { lazy } from '../../lazy.js';
import { CARD_PARTS } from './card-parts.js';

// The saved list is code most visits never run, so it is a lazy chunk, loaded when first opened.
const savedViewChunk = lazy(() => import('../../saved/saved-view.js'));

/** The visitor's saved list, once its chunk has arrived; nothing until then. */
export function savedListView(options: {
  localizer: Localizer;
  feedLang: string;
  announce: (message: string) => void;
  host: ReactiveControllerHost & Element;
}): TemplateResult | typeof nothing {
  const savedView = savedViewChunk.valueOrLoad(() => options.host.requestUpdate())?.savedView;
  if (!savedView) return nothing;
  return savedView({ localizer: options.localizer, cardParts: CARD_PARTS, feedLang: options.feedLang, onNotice: options.announce, host: options.host });
}
