import { waitUntil } from '@open-wc/testing';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';

/** Opens the directory's filter panel, as a visitor would, and waits for its lazy chunk to render it. */
export async function openFilters(el: ResourceDirectory): Promise<HTMLElement> {
  const root = el.shadowRoot!;
  const toggle = root.querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await waitUntil(() => root.querySelector('#filter-panel'), 'the filter panel');
  return root.querySelector<HTMLElement>('#filter-panel')!;
}
