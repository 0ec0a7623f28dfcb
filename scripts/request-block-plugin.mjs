// @web/test-runner plugin: lets a browser test cut off requests whose URL contains a string, as a flaky
// network would, to test what the widget does when a lazy chunk cannot be fetched.
//
//   await executeServerCommand('block-requests', { matching: 'filter-panel' }); // or an array of strings
//   await executeServerCommand('unblock-requests');
const blocks = new Map();

export function requestBlockPlugin() {
  return {
    name: 'request-block',
    async executeCommand({ command, payload, session }) {
      if (command !== 'block-requests' && command !== 'unblock-requests') return undefined;
      const page = session.browser.getPage(session.id);
      const previous = blocks.get(session.id);
      if (previous) {
        page.off('request', previous);
        blocks.delete(session.id);
        await page.setRequestInterception(false);
        await page.setCacheEnabled(true);
      }
      if (command === 'block-requests') {
        const matching = [payload.matching].flat();
        const listener = (request) =>
          matching.some((part) => request.url().includes(part)) ? request.abort('internetdisconnected') : request.continue();
        blocks.set(session.id, listener);
        // A file an earlier test fetched would otherwise come from the browser's cache, past the block.
        await page.setCacheEnabled(false);
        await page.setRequestInterception(true);
        page.on('request', listener);
      }
      return true;
    },
  };
}
