import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFeed, describeCheck } from '../../src/cli/check.js';
import { startDemoApi, type DemoApi } from '../sdk/support/demo-api.js';

const bin = fileURLToPath(new URL('../../dist/esm/cli/bin.js', import.meta.url));
const ORIGIN = 'https://church.example.org';

/** Runs the built command; resolves with its exit code and output whatever the code. */
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('resource-directory check', () => {
  let demo: DemoApi;
  beforeAll(async () => {
    demo = await startDemoApi();
  });
  afterAll(() => demo.close());

  it('says what an API feed gives, that browsers on the site may read it, and how fast it answered', async () => {
    const check = await checkFeed(demo.api, { origin: ORIGIN, sampleSize: 50 });
    expect(check).toMatchObject({ usable: true, problems: [], kind: 'api', cors: { origin: ORIGIN, allowed: true, header: '*' } });
    expect(check.coverage).toMatchObject({ listings: 50, sample: { limit: 50 } });
    expect(check.requests).toBeGreaterThan(0);
    const words = describeCheck(check);
    expect(words).toContain('An HSDS API (version 3.1');
    expect(words).toMatch(/\b50 services\b.*\b167\b/);
    expect(words).toMatch(/\d+ % have a phone number \(the Call button\)/);
    expect(words).toContain('Verdict: usable.');
  });

  it('finds what a browser would refuse: no CORS header for the site', async () => {
    const check = await checkFeed(demo.file, { origin: ORIGIN });
    expect(check.coverage?.listings).toBeGreaterThan(100); // the server answers; only a browser would refuse it
    expect(check).toMatchObject({ usable: false, cors: { allowed: false, header: null } });
    expect(check.problems).toEqual([expect.stringContaining('must carry Access-Control-Allow-Origin: * (or https://church.example.org)')]);
  });

  it('says a plain-http feed off this machine cannot be read from an https page, and a broken one why', async () => {
    const fetch = async () => new Response(JSON.stringify([{ id: '1', name: 'Pantry' }]), { headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' } });
    const plain = await checkFeed('http://feeds.example.org/services.json', { origin: ORIGIN, fetch });
    expect(plain.problems).toEqual([expect.stringContaining('served over http')]);
    const missing = await checkFeed('https://feeds.example.org/services.json', { origin: ORIGIN, fetch: async () => new Response('gone', { status: 404 }) });
    expect(missing).toMatchObject({ usable: false, error: expect.stringContaining('404') });
  });

  describe('the command', () => {
    it('is built', () => expect(existsSync(bin), 'run `npm run build` first').toBe(true));

    it('exits 0 for a usable feed, and prints JSON for machines', async () => {
      const { code, stdout } = await run('check', demo.api, '--origin', ORIGIN, '--sample', '20', '--json');
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ usable: true, kind: 'api', coverage: { listings: 20 } });
    });

    it('exits 1 for a feed browsers cannot read, saying why', async () => {
      const { code, stdout } = await run('check', demo.file, '--origin', ORIGIN);
      expect(code).toBe(1);
      expect(stdout).toContain('Verdict: not usable yet.');
      expect(stdout).toContain('Access-Control-Allow-Origin');
    });

    it('exits 2 for a usage error, with the usage', async () => {
      for (const args of [['check'], ['check', 'not a url'], ['check', demo.api, '--kind', 'soap'], ['check', demo.api, '--origin'], ['frobnicate']]) {
        const { code, stderr } = await run(...args);
        expect(code, args.join(' ')).toBe(2);
        expect(stderr).toContain('Usage:');
      }
    });
  });
});
