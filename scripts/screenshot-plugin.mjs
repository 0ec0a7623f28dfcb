// @web/test-runner plugin: lets a browser test take a real screenshot of part of its own page (through
// Puppeteer, i.e. the DevTools protocol's Page.captureScreenshot), to check a layout from its pixels.
//
//   const png = await executeServerCommand('screenshot', { name: 'card-ar', x, y, width, height });
//
// x and y are CSS px from the top left of the document (a viewport rect plus scrollX / scrollY), width
// and height CSS px. The answer is the PNG as base64. When RD_RESULTS_DIR is set, the PNG is also saved
// as $RD_RESULTS_DIR/screenshots/<name>.png, so a person can look at what the test saw.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A file name from the test's name: letters, digits, dot, dash and underscore only. */
function fileName(name) {
  const safe = String(name).replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '').slice(0, 100);
  return `${safe || 'screenshot'}.png`;
}

export function screenshotPlugin({ resultsDir = process.env.RD_RESULTS_DIR } = {}) {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const { name, x, y, width, height } = payload ?? {};
      if (![x, y, width, height].every(Number.isFinite) || !(width > 0) || !(height > 0)) {
        throw new Error(`screenshot: needs a clip { x, y, width, height } in CSS px, got ${JSON.stringify(payload)}`);
      }
      const page = session.browser.getPage(session.id);
      const data = await page.screenshot({
        type: 'png',
        encoding: 'base64',
        clip: { x, y, width, height },
        captureBeyondViewport: true,
      });
      if (resultsDir && name) {
        const dir = path.join(resultsDir, 'screenshots');
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, fileName(name)), Buffer.from(data, 'base64'));
      }
      return data;
    },
  };
}
