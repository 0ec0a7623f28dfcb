// @web/test-runner plugin: lets a browser test read Chromium's own network log (through the DevTools
// protocol, which sees every request the page and its frames make) and its cookie jar.
const logs = new Map();

export function networkLogPlugin() {
  return {
    name: 'network-log',
    async executeCommand({ command, session }) {
      if (!command.startsWith('network-log-')) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'network-log-start') {
        const log = { requests: [], listener: (request) => log.requests.push({ url: request.url(), frame: request.frame()?.url() }) };
        logs.get(session.id)?.stop();
        log.stop = () => page.off('request', log.listener);
        page.on('request', log.listener);
        logs.set(session.id, log);
        return true;
      }
      if (command === 'network-log-stop') {
        const log = logs.get(session.id);
        log?.stop();
        logs.delete(session.id);
        const client = await page.createCDPSession();
        const { cookies } = await client.send('Network.getAllCookies');
        await client.detach();
        return { requests: log?.requests ?? [], cookies: cookies.map((cookie) => `${cookie.domain} ${cookie.name}`) };
      }
      return undefined;
    },
  };
}
