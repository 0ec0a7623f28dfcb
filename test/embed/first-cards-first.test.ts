import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cardCount, openFrame, type NetworkLog } from '../support/frame.js';

describe('what the first cards do not need waits for them, and moves nothing once they are drawn', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("module script, sample API: the crisis words are fetched after the first results' request, and the List · Map toggle comes", async () => {
    await executeServerCommand('network-log-start');
    const frame = await openFrame('/test/embed/pages/module-api.html');
    const directory = () => frame.contentDocument!.querySelector('resource-directory')?.shadowRoot;
    await waitUntil(() => cardCount(frame.contentWindow!) === 3, 'three cards', { timeout: 10000 });
    await waitUntil(() => directory()?.querySelectorAll('.view-toggle button').length === 2, 'the List · Map toggle', { timeout: 5000 });
    const log = (await executeServerCommand<NetworkLog, undefined>('network-log-stop'))!;
    const paths = log.requests.map((request) => new URL(request.url).pathname);
    const results = paths.indexOf('/hsds/services');
    expect(results, 'the first results were asked for').to.be.greaterThan(-1);
    const crisisWords = paths.findIndex((path) => /\/chunks\/crisis-terms-[\w-]+\.js$/.test(path));
    expect(crisisWords, 'the crisis words were fetched').to.be.greaterThan(-1);
    expect(crisisWords, "the crisis words came after the first results' request").to.be.greaterThan(results);
  });

  // On a phone the tiles are one row of one line each, so their place is known before they come; in a wide
  // grid a long name may take a second line, which empty tiles cannot foresee.
  for (const [width, height, what, most] of [
    [390, 844, 'a phone, where the tiles are one row: the first card never moves once drawn', 0],
    [800, 600, "a wide page, where the tiles are a grid: the first card moves at most by a tile name's second line once drawn", 24],
  ] as const) {
    it(`module script, sample API, ${what}, though the toggle and the tiles come after it`, async () => {
      const frame = await openFrame('/test/embed/pages/module-api.html', { width, height });
      const win = frame.contentWindow!;
      const directory = () => win.document.querySelector('resource-directory')?.shadowRoot;
      // Where the first card is, in every frame from the first it is drawn in.
      const tops: number[] = [];
      let recording = true;
      const record = () => {
        const card = directory()?.querySelector('resource-card');
        if (card?.shadowRoot?.querySelector('h3')) tops.push(Math.round(card.getBoundingClientRect().top));
        if (recording) win.requestAnimationFrame(record);
      };
      record();
      await waitUntil(() => cardCount(win) === 3, 'three cards', { timeout: 10000 });
      await waitUntil(() => directory()?.querySelectorAll('.view-toggle button').length === 2, 'the List · Map toggle', { timeout: 5000 });
      await waitUntil(() => directory()?.querySelector('[part="browse-tile"]'), 'the browse tiles', { timeout: 5000 });
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      recording = false;
      expect(tops.length, 'frames with the first card').to.be.above(1);
      expect(Math.max(...tops) - Math.min(...tops), `the first card's top, frame by frame: ${[...new Set(tops)].join(', ')}`).to.be.at.most(most);
    });
  }
});
