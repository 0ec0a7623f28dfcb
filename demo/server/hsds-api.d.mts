import type { IncomingMessage, ServerResponse } from 'node:http';

export interface HsdsApiOptions {
  /** Fully nested HSDS 3.1 services (like examples/3.1/service_full.json). */
  services: object[];
  /** Path prefix the API answers under, e.g. "/hsds"; "" (the default) serves at the root. */
  basePath?: string;
  /** `openapi_url` reported by `GET {basePath}/`. */
  openapiUrl?: string;
}

/**
 * Handles the request and returns true when its path is under `basePath`;
 * otherwise returns false and writes nothing.
 */
export type HsdsApiHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export function createHsdsApi(options: HsdsApiOptions): HsdsApiHandler;

/** Reads demo/data/sample-feed.json (an array of fully nested HSDS 3.1 services). */
export function loadSampleServices(): Promise<object[]>;
