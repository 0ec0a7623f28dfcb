/** The message a page that iframes embed.html listens for, to size the iframe to its content. */
export const HEIGHT_MESSAGE = 'resource-directory:height';

/**
 * Tells the parent window how tall the page is whenever that changes (results arriving, details opening),
 * once per frame at most. Any parent may listen: the height is all it learns.
 */
export function reportHeight(): void {
  if (window.parent === window) return;
  let sent = -1;
  let pending = false;
  const send = () => {
    pending = false;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(send);
  }).observe(document.documentElement);
}
