import { nextFrame } from '@open-wc/testing';
/** The focused element, inside however many shadow roots. */
export function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/** Every element below `node`, through the shadow roots (a directory and its cards). */
export function allElements(node: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of node.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** Collects what `console.warn` is given until `restore()`, so a test can check the widget's warnings. */
export function captureWarnings(): { warnings: unknown[][]; restore(): void } {
  const original = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  return { warnings, restore: () => (console.warn = original) };
}

/**
 * Resolves once the browser has decided whether a card is near the viewport, and so whether to render its
 * content. Cards are `content-visibility: auto`: the rendering update after a card is inserted or scrolled to
 * decides, and until then its content has no boxes to measure. Two frames: the first one's callbacks run
 * before its rendering update.
 */
export async function afterRenderingUpdate(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/**
 * Brings each card of `root` into view in turn until the browser has laid it out, then scrolls back to the top:
 * every card is then measured as laid out when a visitor reaches it, not as the placeholder of a card far away.
 */
export async function layOutEveryCard(root: ParentNode): Promise<void> {
  for (const card of root.querySelectorAll('resource-card')) {
    card.scrollIntoView({ block: 'start' });
    await afterRenderingUpdate();
  }
  window.scrollTo(0, 0);
}
