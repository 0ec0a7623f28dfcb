import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cardCount, openFrame, type NetworkLog } from '../support/frame.js';

describe('what the first cards do not need waits for them', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("module script, sample API: the crisis words and the List · Map toggle are fetched after the first results' request, the toggle still comes", async () => {
    await executeServerCommand('network-log-start');
    const frame = await openFrame('/test/embed/pages/module-api.html');
    const directory = () => frame.contentDocument!.querySelector('resource-directory')?.shadowRoot;
    await waitUntil(() => cardCount(frame.contentWindow!) === 3, 'three cards', { timeout: 10000 });
    await waitUntil(() => directory()?.querySelectorAll('.view-toggle button').length === 2, 'the List · Map toggle', { timeout: 5000 });
    const log = (await executeServerCommand<NetworkLog, undefined>('network-log-stop'))!;
    const paths = log.requests.map((request) => new URL(request.url).pathname);
    const results = paths.indexOf('/hsds/services');
    expect(results, 'the first results were asked for').to.be.greaterThan(-1);
    for (const chunk of [/\/chunks\/crisis-terms-[\w-]+\.js$/, /\/chunks\/map-controller-[\w-]+\.js$/]) {
      const at = paths.findIndex((path) => chunk.test(path));
      expect(at, `${chunk} was fetched`).to.be.greaterThan(-1);
      expect(at, `${chunk} came after the first results' request`).to.be.greaterThan(results);
    }
  });
});
