// Starts the demo server (scripts/start-demo.mjs) on a free loopback port for a script that drives a browser.
import { spawn } from 'node:child_process';

/**
 * Resolves with the server's origin and a way to stop it, once it listens. `root`: another checkout to serve
 * (its demo and its dist/), e.g. a baseline build.
 */
export async function startDemoServer({ root } = {}) {
  const server = spawn(process.execPath, ['scripts/start-demo.mjs'], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(String(chunk));
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    server.on('exit', () => reject(new Error('the demo server stopped; run `npm run build` first')));
  });
  return { origin, stop: () => server.kill() };
}
