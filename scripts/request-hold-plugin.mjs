// @web/test-runner plugin: holds back requests whose URL contains a string until a request containing another
// string has been made, to show that one request does not wait for the other (the feed's first request and
// the SDK chunk) without measuring time.
//
//   await executeServerCommand('hold-requests', { matching: '/dist/chunks/sdk-', until: 'sample-feed.json' });
//   const { untilSeenFirst } = await executeServerCommand('release-requests');
const holds = new Map();
/** A request that never comes must not hang the test: what is held goes on after this, and the answer says so. */
const MAX_HOLD_MS = 5000;

export function requestHoldPlugin() {
  return {
    name: 'request-hold',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hold-requests' && command !== 'release-requests') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'release-requests') {
        const hold = holds.get(session.id);
        holds.delete(session.id);
        if (!hold) return { untilSeenFirst: false };
        hold.release();
        page.off('request', hold.listener);
        await page.setRequestInterception(false);
        await page.setCacheEnabled(true);
        return { untilSeenFirst: hold.untilSeenFirst };
      }
      const held = [];
      const hold = {
        untilSeenFirst: false,
        released: false,
        release() {
          clearTimeout(hold.timer);
          hold.released = true;
          for (const request of held.splice(0)) request.continue().catch(() => undefined);
        },
        listener(request) {
          const url = request.url();
          if (!hold.released && url.includes(payload.until)) {
            hold.untilSeenFirst = true;
            hold.release();
          }
          if (!hold.released && url.includes(payload.matching)) held.push(request);
          else request.continue().catch(() => undefined);
        },
      };
      hold.timer = setTimeout(() => hold.release(), MAX_HOLD_MS);
      holds.set(session.id, hold);
      // A chunk an earlier test fetched would otherwise come from the browser's cache, past the hold.
      await page.setCacheEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', hold.listener);
      return true;
    },
  };
}
