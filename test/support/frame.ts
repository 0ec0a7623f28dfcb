/** Loads a page in an iframe, as a visitor's browser would load a webmaster's page; resolves once loaded. */
export async function openFrame(path: string, { width = 800, height = 600 } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** What the network-log server command answers: every request the page made, in order (the file worker's too). */
export interface NetworkLog {
  requests: { url: string }[];
}

/** The cards in a framed page's directory that show their name. */
export const cardCount = (win: Window): number =>
  [...(win.document.querySelector('resource-directory')?.shadowRoot?.querySelectorAll('resource-card') ?? [])].filter((card) =>
    card.shadowRoot?.querySelector('h3'),
  ).length;

/** The crisis words the classic script fetches from beside itself once its first results are shown. */
export const CLASSIC_CRISIS_WORDS = '/dist/resource-directory-crisis-words.js';

/**
 * The scripts the classic script fetches for a Spanish directory on an API feed, itself included, whatever
 * origin it comes from: its language, the SDK file and the SDK's chunks, and the crisis words (sorted, as the
 * tests list them).
 */
export const CLASSIC_SPANISH_API_SCRIPTS = [
  '/dist/i18n/es.js',
  CLASSIC_CRISIS_WORDS,
  '/dist/resource-directory-sdk.js',
  '/dist/resource-directory.iife.js',
  '/dist/sdk/needs.js',
  '/dist/sdk/resource-directory-sdk.js',
  '/dist/sdk/sdk.js',
];
