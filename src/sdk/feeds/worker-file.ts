import { ResourceDirectoryError } from '../errors.js';
import { takeEarlyResponse } from '../http/early-responses.js';
import type { Coordinates } from '../geo.js';
import type { Category, Listing } from '../model.js';
import type { UnderstoodText } from '../search/understood-text.js';
import type { FeedQuery } from './feed.js';
import { revivedError, type CallMessage, type OpenMessage, type WorkerReply } from './file-worker-protocol.js';
import type { FileMatches, OpenFile } from './loaded-file.js';

type Call = CallMessage extends infer M ? (M extends unknown ? Omit<M, 'call'> : never) : never;

/** True where a module worker may be tried: browsers (Node has no global Worker). */
export const canUseWorker = (): boolean => typeof Worker === 'function';

interface TrustedTypesApi {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}
let workerPolicy: ReturnType<TrustedTypesApi['createPolicy']> | undefined;

/**
 * A page that requires Trusted Types refuses a plain string as a worker's URL: a policy vouches for our
 * worker's URL and nothing else. Where no policy can be made, the plain URL (and the fallback if refused).
 */
function trustedWorkerUrl(url: URL | string): URL | string {
  // A bundle may have turned the URL into a string already (rollup.config.mjs).
  const href = String(url);
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;
  if (!trustedTypes) return url;
  try {
    workerPolicy ??= trustedTypes.createPolicy('resource-directory-worker', {
      createScriptURL: (value) => {
        if (value !== href) throw new TypeError(`not the file worker: ${value}`);
        return value;
      },
    });
    return workerPolicy.createScriptURL(href) as string;
  } catch {
    return url;
  }
}

/**
 * The open message with the file's response if the elements started it before the SDK arrived
 * (early-responses.ts): its body streams on into the worker, so the file is not fetched twice.
 */
async function withEarlyResponse(message: OpenMessage, signal?: AbortSignal): Promise<OpenMessage> {
  const early = message.settings.headers ? undefined : takeEarlyResponse(message.url, signal);
  // A failed early request is the worker's to make again, with its retries.
  const response = await early?.catch((error: unknown) => {
    if (signal?.aborted) throw error;
    return undefined;
  });
  // A redirect the browser hid is the worker's to follow, as fetch-json.ts does.
  if (!response || response.type === 'opaqueredirect') return message;
  const { status, statusText, body } = response;
  return { ...message, early: { status, statusText, headers: [...response.headers], body } };
}

/** A static file loaded, normalized and searched in a module Web Worker (file-worker.ts). */
export class WorkerFile implements OpenFile {
  readonly version: string;
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  #nextCall = 0;
  #closing = false;
  #stopped: ResourceDirectoryError | undefined;

  private constructor(worker: Worker, version: string) {
    this.version = version;
    this.#worker = worker;
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'opened' || data.call === undefined) return;
      const call = this.#pending.get(data.call);
      this.#pending.delete(data.call);
      if (data.type === 'answer') call?.resolve(data.value);
      else call?.reject(revivedError(data.error));
      if (this.#closing) this.close();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.#stop(new ResourceDirectoryError(`The worker reading the file stopped: ${event.message}`));
    };
  }

  /**
   * Starts a worker on the file; undefined when no worker can run here (a CSP without `worker-src`; the
   * SDK on another origin than the page, as when the classic script comes from a CDN, since browsers start
   * no worker from another origin; a bundler that did not ship file-worker.js; no Worker at all), for the
   * caller to load the file itself.
   * A feed that fails rejects with the typed error the worker met.
   */
  static open(message: OpenMessage, signal?: AbortSignal): Promise<WorkerFile | undefined> {
    signal?.throwIfAborted();
    let worker: Worker;
    try {
      worker = new Worker(trustedWorkerUrl(new URL('./file-worker.js', import.meta.url)), { type: 'module' });
    } catch {
      return Promise.resolve(undefined);
    }
    return new Promise((resolve, reject) => {
      const settle = () => signal?.removeEventListener('abort', onAbort);
      const onAbort = () => {
        worker.terminate();
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
        settle();
        if (data.type === 'opened') return resolve(new WorkerFile(worker, data.version));
        worker.terminate();
        reject(revivedError(data.type === 'failed' ? data.error : { message: 'unexpected reply from the file worker' }));
      };
      // The script could not be fetched or run: blocked by a CSP, missing, or a browser without module workers.
      const fallBack = (event: Event) => {
        event.preventDefault();
        settle();
        worker.terminate();
        resolve(undefined);
      };
      worker.onerror = fallBack;
      worker.onmessageerror = fallBack;
      withEarlyResponse(message, signal).then((open) => {
        try {
          worker.postMessage(open, open.early?.body ? [open.early.body] : []);
        } catch {
          // A browser that cannot transfer a stream: the worker fetches the file itself.
          void open.early?.body?.cancel().catch(() => undefined);
          worker.postMessage(message);
        }
      }, reject);
    });
  }

  #call<T>(call: Call): Promise<T> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextCall++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage({ ...call, call: id } as CallMessage);
    });
  }

  #stop(error: ResourceDirectoryError): void {
    this.#stopped = error;
    this.#worker.terminate();
    for (const call of this.#pending.values()) call.reject(error);
    this.#pending.clear();
  }

  search(query: FeedQuery, geocoded?: Coordinates, understood?: UnderstoodText): Promise<FileMatches> {
    return this.#call({ type: 'search', query, ...(geocoded && { geocoded }), ...(understood && { understood }) });
  }

  get(id: string): Promise<Listing | undefined> {
    return this.#call({ type: 'get', id });
  }

  categories(): Promise<Category[]> {
    return this.#call({ type: 'categories' });
  }

  close(): void {
    this.#closing = true;
    // After the calls already made, and after any caller that has just been handed this file has made its own.
    if (this.#pending.size === 0) setTimeout(() => this.#pending.size === 0 && this.#stop(new ResourceDirectoryError('The file was reloaded; search again')));
  }
}
