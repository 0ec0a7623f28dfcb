#!/usr/bin/env node
/// <reference types="node" />
// `npx resource-directory check <feed-url>` and `npx resource-directory proxy`: see README, "Check a feed".
import { serveProxy } from '../proxy/node.js';
import { checkFeed, describeCheck } from './check.js';
import type { FeedKind } from '../sdk/index.js';

const USAGE = `Usage:
  resource-directory check <feed-url> [--origin https://www.example.org] [--kind api|file|ndp|findtreatment] [--sample N] [--json]
      Reads the feed as the directory would and says what visitors will see; exits 0 when it is usable, 1 when not.
  resource-directory proxy [--port 8787] [--host 127.0.0.1]
      Serves the key-hiding proxy, configured by RD_ALLOWED_ORIGINS, RD_NDP_API_KEY and the other RD_* variables.`;

const KINDS: readonly FeedKind[] = ['api', 'file', 'ndp', 'findtreatment'];

class UsageError extends Error {}

/** `--name value` and `--flag` options after the positional arguments. */
function parse(args: string[]): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (arg === '--json' || arg === '--help') options.set(arg.slice(2), true);
    else if (i + 1 < args.length) options.set(arg.slice(2), args[++i]!);
    else throw new UsageError(`${arg} needs a value`);
  }
  return { positional, options };
}

async function check(positional: string[], options: Map<string, string | true>): Promise<number> {
  const [feed] = positional;
  if (!feed || !URL.canParse(feed) || !/^https?:$/.test(new URL(feed).protocol)) throw new UsageError('give the feed as an http(s) URL');
  const origin = options.get('origin') ?? 'https://www.example.org';
  if (typeof origin !== 'string' || !URL.canParse(origin)) throw new UsageError('--origin must be a site origin, like https://www.example.org');
  const kind = options.get('kind');
  if (kind !== undefined && !KINDS.includes(kind as FeedKind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
  const sample = options.get('sample');
  if (sample !== undefined && !/^\d+$/.test(String(sample))) throw new UsageError('--sample must be a whole number');
  const result = await checkFeed(feed, {
    origin: new URL(origin).origin,
    ...(kind && { kind: kind as FeedKind }),
    ...(sample && { sampleSize: Number(sample) }),
  });
  console.log(options.get('json') ? JSON.stringify(result, null, 2) : describeCheck(result));
  return result.usable ? 0 : 1;
}

function proxy(options: Map<string, string | true>): number {
  const port = Number(options.get('port') ?? process.env.PORT ?? 8787);
  const host = String(options.get('host') ?? '127.0.0.1');
  serveProxy({ port, host }).once('listening', () => console.log(`resource-directory proxy on http://${host}:${port}/ (logs nothing further)`));
  return 0;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const { positional, options } = parse(rest);
  if (command === 'check' && !options.has('help')) return check(positional, options);
  if (command === 'proxy' && !options.has('help')) return proxy(options);
  if (command === undefined || command === '--help' || options.has('help')) {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown command "${command}"`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof UsageError ? `resource-directory: ${error.message}\n\n${USAGE}` : error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
