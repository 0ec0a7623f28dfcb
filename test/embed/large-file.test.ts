import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../support/frame.js';

/** Long tasks (over 50 ms) on this thread, which a same-origin frame shares, from now until `stop()`. */
function watchLongTasks(): { stop(): number[] } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(Math.round(entry.duration))));
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      observer.takeRecords().forEach((entry) => durations.push(Math.round(entry.duration)));
      observer.disconnect();
      return durations;
    },
  };
}

const cardTitles = (win: Window): string[] => {
  const cards = [...(win.document.querySelector('resource-directory')?.shadowRoot?.querySelectorAll('resource-card') ?? [])];
  return cards.map((card) => card.shadowRoot?.querySelector('h3')?.textContent ?? '').filter(Boolean);
};

const requested = (win: Window): string[] => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('a large static file', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('of 10,000 services is read in a worker, and the page never freezes while it loads', async function () {
    this.timeout(240_000);
    // Made once per run by the test server; fetched here so its making is not counted as loading.
    await fetch('/generated/services-10000.json').then((response) => response.arrayBuffer());
    const longTasks = watchLongTasks();
    const win = (await openFrame('/test/embed/pages/large-file.html')).contentWindow!;
    await waitUntil(() => cardTitles(win).length === 3, 'three cards from the 10,000 services', { timeout: 200_000, interval: 100 });
    const durations = longTasks.stop();
    console.log(`10,000-service file: ${durations.length} long tasks, longest ${Math.max(0, ...durations)} ms`);
    // The page asked for the file before the SDK came (early-responses.ts) and the worker read that response:
    // the worker's script came, and the file once (early-feed-request.test.ts shows the worker asks no more).
    expect(requested(win).some((path) => /^\/dist\/chunks\/file-worker-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(requested(win).filter((path) => path === '/generated/services-10000.json')).to.have.length(1);
    // Generous: the main thread used to be blocked for seconds at once.
    expect(Math.max(0, ...durations)).to.be.below(1000);
  });

  it('is read in a worker on a page with a strict CSP that requires Trusted Types, with no violation', async function () {
    this.timeout(120_000);
    await fetch('/generated/services-1000.json').then((response) => response.arrayBuffer());
    const win = (await openFrame('/test/embed/pages/csp-file.html')).contentWindow!;
    await waitUntil(() => cardTitles(win).length === 3, 'three cards from the 1,000 services', { timeout: 100_000, interval: 100 });
    expect(requested(win).some((path) => /^\/dist\/chunks\/file-worker-[\w-]+\.js$/.test(path))).to.equal(true);
    expect((win as Window & { violations?: string[] }).violations).to.deep.equal([]);
  });

  it('still shows cards where a CSP blocks workers, read on the main thread in slices instead', async function () {
    this.timeout(120_000);
    await fetch('/generated/services-1000.json').then((response) => response.arrayBuffer());
    const longTasks = watchLongTasks();
    const win = (await openFrame('/test/embed/pages/csp-no-worker.html')).contentWindow!;
    await waitUntil(() => cardTitles(win).length === 3, 'three cards from the 1,000 services', { timeout: 100_000, interval: 100 });
    const durations = longTasks.stop();
    console.log(`1,000-service file without a worker: ${durations.length} long tasks, longest ${Math.max(0, ...durations)} ms`);
    expect(Math.max(0, ...durations)).to.be.below(1000);
    expect(requested(win)).to.include('/generated/services-1000.json');
    expect((win as Window & { violations?: string[] }).violations?.some((violation) => violation.startsWith('worker-src'))).to.equal(true);
  });
});
