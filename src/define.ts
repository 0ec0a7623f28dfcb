import { ResourceDirectory } from './components/directory/directory.js';
import { lazy } from './components/lazy.js';

// Type-only: whoever imports just this module gets `HTMLElementTagNameMap` and the typed `rd-*` events too.
export type { ResourceDirectory, ResourceDirectoryCard, ResourceDirectoryEventMap } from './index.js';

/**
 * Registers a tag once. Embed snippets get pasted twice (and a page may load both the module and the
 * classic script), so a tag that one of our bundles already defined is left alone; only a tag owned by
 * some other script earns a warning.
 */
function defineOnce(tag: string, element: CustomElementConstructor & { library: string }): void {
  const existing = customElements.get(tag) as { library?: string } | undefined;
  if (!existing) customElements.define(tag, element);
  else if (existing.library !== element.library) {
    console.warn(`resource-directory: <${tag}> is already defined by another script; keeping that one.`);
  }
}

/**
 * Only a browser has a registry to define in and a document to listen on. A server prerendering a page
 * (Next.js, Astro) imports this module too: there it does nothing, not even define into the registry that
 * Lit's server build provides, where a server renderer would then try to render the directory with no DOM.
 */
const inBrowser = typeof document !== 'undefined' && typeof customElements !== 'undefined';

if (inBrowser) defineOnce('resource-directory', ResourceDirectory);

/**
 * Cards only show data, which needs the lazily loaded SDK anyway, so their code comes in a lazy chunk too
 * and the directory's first render (search form, crisis lines, loading state) does not wait for it.
 */
const cardChunk = lazy(() => import('./components/card/card.js'));
const defineCard = () => cardChunk.load().then(({ ResourceDirectoryCard: Card }) => defineOnce('resource-card', Card));
/** Settles once `<resource-card>` is defined (at once on a server, where nothing is). */
export const cardDefined: Promise<void> = inBrowser ? defineCard() : Promise.resolve();

// Offline at the first visit, the chunk failed with the SDK: results that arrive later (after "Try again")
// fetch it again, and the cards already in the list upgrade when it lands.
if (inBrowser) {
  document.addEventListener('rd-results', () => {
    if (!customElements.get('resource-card')) defineCard().catch(() => undefined);
  });
}
