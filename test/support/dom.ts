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
