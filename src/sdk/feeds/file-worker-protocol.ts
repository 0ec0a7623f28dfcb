import { ResourceDirectoryError } from '../errors.js';
import type { Coordinates } from '../geo.js';
import { isResourceDirectoryError } from '../type-guards.js';
import type { UnderstoodText } from '../search/understood-text.js';
import type { FeedQuery } from './feed.js';

/** How the worker repeats the client's requests: the global fetch, with the client's settings. */
export interface WorkerRequestSettings {
  headers?: Record<string, string>;
  timeoutMs: number;
  retries: number;
}

export interface OpenMessage {
  type: 'open';
  url: string;
  feedUrl: string;
  maxBytes: number;
  concurrency: number;
  settings: WorkerRequestSettings;
  /** The file's response, started before the SDK arrived, its body streaming on into the worker. */
  early?: EarlyResponse;
}

/** A response as it crosses postMessage: its body a transferred stream. */
export interface EarlyResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ReadableStream<Uint8Array> | null;
}

export type CallMessage = { call: number } & (
  | { type: 'search'; query: FeedQuery; geocoded?: Coordinates; understood?: UnderstoodText }
  | { type: 'get'; id: string }
  | { type: 'categories' }
);

/** An error as it crosses postMessage: structured clone keeps neither our classes nor our brand. */
export interface SentError {
  message: string;
  /** Own fields (`name`, `status`, `url`, …) of one of our errors; absent for anything else. */
  fields?: Record<string, unknown>;
}

export type WorkerReply =
  | { type: 'opened'; version: string }
  | { type: 'answer'; call: number; value: unknown }
  | { type: 'failed'; call?: number; error: SentError };

export function sendableError(error: unknown): SentError {
  const message = error instanceof Error ? error.message : String(error);
  if (!isResourceDirectoryError(error)) return { message };
  const fields = Object.fromEntries(Object.entries(error).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value)));
  return { message, fields: { ...fields, name: error.name } };
}

/**
 * One of our typed errors again, with its name and fields, so the `isX` guards match it; anything else
 * that went wrong in the worker becomes a plain ResourceDirectoryError.
 */
export function revivedError(sent: SentError): ResourceDirectoryError {
  return Object.assign(new ResourceDirectoryError(sent.message), sent.fields);
}
