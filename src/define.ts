import { ResourceDirectoryCard } from './components/card/card.js';
import { ResourceDirectory } from './components/directory/directory.js';

const elements: Record<string, CustomElementConstructor> = {
  'resource-directory': ResourceDirectory,
  'resource-card': ResourceDirectoryCard,
};

/**
 * Registers the elements once. Embed snippets get pasted twice, so a tag that is already defined is left
 * alone, with a warning only when it belongs to some other script.
 */
export function defineElements(): void {
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, element);
    else if (existing !== element && existing.name !== element.name) {
      console.warn(`resource-directory: <${tag}> is already defined by another script; keeping that one.`);
    }
  }
}

defineElements();

declare global {
  interface HTMLElementTagNameMap {
    'resource-directory': ResourceDirectory;
    'resource-card': ResourceDirectoryCard;
  }
}
