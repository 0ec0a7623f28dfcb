/**
 * The module Web Worker that fetches, normalizes, indexes and searches a static file off the main thread
 * (file-feed.ts starts it), so a large file never freezes the page. Only results cross back.
 */
import { offerEarlyResponse } from '../http/early-responses.js';
import { fetchJson } from '../http/fetch-json.js';
import type { CallMessage, OpenMessage, WorkerReply } from './file-worker-protocol.js';
import { sendableError } from './file-worker-protocol.js';
import { readFile, type LoadedFile } from './loaded-file.js';

interface WorkerScope {
  onmessage: ((event: { data: OpenMessage | CallMessage }) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = globalThis as unknown as WorkerScope;
let file: Promise<LoadedFile> | undefined;

/** Posts a reply; one that cannot be cloned is sent as a failure, so the caller never waits forever. */
function reply(message: WorkerReply): void {
  try {
    scope.postMessage(message);
  } catch (error) {
    scope.postMessage({ type: 'failed', ...('call' in message && { call: message.call }), error: sendableError(error) });
  }
}

function open({ url, feedUrl, maxBytes, concurrency, settings, early }: OpenMessage): void {
  if (early) offerEarlyResponse(url, Promise.resolve(new Response(early.body, early)));
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init);
  const request = (requestUrl: string, options: { signal?: AbortSignal; maxBytes: number }) =>
    fetchJson(requestUrl, { fetch, ...settings, ...options, claimEarly: !settings.headers });
  // Nothing else runs here, so the file is normalized in one go.
  file = readFile({ url, feedUrl, request, maxBytes, concurrency }, undefined, { sliceMs: Infinity });
  file.then(
    (loaded) => reply({ type: 'opened', version: loaded.version }),
    (error: unknown) => reply({ type: 'failed', error: sendableError(error) }),
  );
}

async function answer(message: CallMessage): Promise<unknown> {
  const loaded = await file!;
  if (message.type === 'search') return loaded.search(message.query, message.geocoded, message.understood);
  if (message.type === 'get') return loaded.get(message.id);
  return loaded.categories();
}

scope.onmessage = ({ data }) => {
  if (data.type === 'open') return open(data);
  answer(data).then(
    (value) => reply({ type: 'answer', call: data.call, value }),
    (error: unknown) => reply({ type: 'failed', call: data.call, error: sendableError(error) }),
  );
};
