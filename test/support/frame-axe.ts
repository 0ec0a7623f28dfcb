interface AxeResults {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}
type AxeWindow = Window & {
  axe?: { run(context: Element): Promise<AxeResults> };
  trustedTypes: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string } };
};

/**
 * axe's violations in the `<main>` of a same-origin frame, as `rule: targets`: what our chai helper checks
 * in a test's own document, where it cannot reach into a frame. axe runs inside the frame; the frame requires
 * Trusted Types, so the script URL comes from a policy of the test's.
 */
export async function frameAxeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as AxeWindow;
  if (!win.axe) {
    const policy = win.trustedTypes.createPolicy('test-axe', { createScriptURL: (url) => url });
    const script = win.document.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    script.src = policy.createScriptURL('/node_modules/axe-core/axe.min.js');
    win.document.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(win.document.querySelector('main')!);
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}
