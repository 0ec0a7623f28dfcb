// @ts-check
// A small, dependency-free HSDS 3.1 API (Open Referral "API Reference") over an in-memory array of fully
// nested services. Used by the demo server (under /hsds) and by serve-api.mjs (at the root).
import { readFile } from 'node:fs/promises';
import { fileURLToPath, URLSearchParams } from 'node:url';
import { HttpError, sendError, sendJson, sendPreflight } from './hsds-http.mjs';
import { buildIndex } from './hsds-index.mjs';
import { quote } from './hsds-util.mjs';
import {
  getService, getTaxonomyTerm, listServiceAtLocations, listServices, listTaxonomyTerms,
} from './hsds-routes.mjs';

const DEFAULT_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.1/schema/openapi.json';
const SAMPLE_FEED_URL = new URL('../data/sample-feed.json', import.meta.url);
const ALLOW = 'GET, OPTIONS';

/**
 * @typedef {{ services: object[], basePath?: string, openapiUrl?: string }} HsdsApiOptions
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} HsdsApiHandler
 */

/**
 * "/hsds/" → "/hsds", "/" → "", "hsds" → "/hsds".
 * @param {string | undefined} basePath
 */
function normalizeBasePath(basePath) {
  const trimmed = (basePath ?? '').trim().replace(/\/+$/u, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Splits a request target into its raw (still percent-encoded) path and query string.
 * @param {string | undefined} url
 */
function splitTarget(url) {
  let target = url ?? '/';
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/iu.exec(target);
  if (origin) target = target.slice(origin[0].length) || '/';
  const hash = target.indexOf('#');
  if (hash !== -1) target = target.slice(0, hash);
  const question = target.indexOf('?');
  if (question === -1) return { path: target, query: '' };
  return { path: target.slice(0, question), query: target.slice(question + 1) };
}

/**
 * Decodes the path segments after the base path; a trailing slash is ignored.
 * @param {string} rest the raw path after the base path: "" or "/…"
 * @returns {string[]}
 */
function decodeSegments(rest) {
  if (rest === '' || rest === '/') return [];
  const raw = rest.slice(1).split('/');
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  try {
    return raw.map((segment) => decodeURIComponent(segment));
  } catch {
    throw new HttpError(400, 'Malformed percent-encoding in the request path');
  }
}

/**
 * Creates a request handler serving the HSDS API under `basePath`.
 * The handler returns true when the request was under `basePath` (and was answered), false otherwise
 * (and then writes nothing).
 * @param {HsdsApiOptions} options
 * @returns {HsdsApiHandler}
 */
export function createHsdsApi(options) {
  if (!options || !Array.isArray(options.services)) {
    throw new TypeError('createHsdsApi: options.services must be an array of HSDS services');
  }
  const basePath = normalizeBasePath(options.basePath);
  const index = buildIndex(options.services);
  const meta = {
    version: '3.1',
    profile: 'https://openreferral.org/hsds/3.1',
    openapi_url: options.openapiUrl ?? DEFAULT_OPENAPI_URL,
    description:
      `Sample HSDS 3.1 API for the resource-directory demo: ${index.services.length} fictional ` +
      `service${index.services.length === 1 ? '' : 's'} ` +
      'in the Cedar Valley area. Not real data; do not use it to find help.',
    publisher: {
      name: 'Cedar Valley 2-1-1 (sample data)',
      website: 'https://example.org/cedar-valley-211',
      email: 'data@example.org',
    },
  };

  /**
   * @param {string[]} segments
   * @param {URLSearchParams} params
   * @param {string} path the raw request path, for messages
   * @returns {unknown}
   */
  function route(segments, params, path) {
    const [resource, id, ...extra] = segments;
    if (segments.length === 0) return meta;
    if (extra.length === 0 && resource === 'services') {
      return id === undefined ? listServices(index, params) : getService(index, id);
    }
    if (segments.length === 1 && resource === 'service_at_locations') return listServiceAtLocations(index, params);
    if (extra.length === 0 && resource === 'taxonomy_terms') {
      return id === undefined ? listTaxonomyTerms(index, params) : getTaxonomyTerm(index, id);
    }
    throw new HttpError(404, `No such endpoint: ${quote(path)}`);
  }

  return function hsdsApi(req, res) {
    const { path, query } = splitTarget(req.url);
    if (!(path === basePath || path.startsWith(`${basePath}/`))) return false;
    try {
      if (req.method === 'OPTIONS') {
        sendPreflight(res);
        return true;
      }
      if (req.method !== 'GET') {
        throw new HttpError(405, `Method ${quote(String(req.method))} not allowed; use GET`, { Allow: ALLOW });
      }
      const segments = decodeSegments(path.slice(basePath.length));
      sendJson(res, 200, route(segments, new URLSearchParams(query), path));
    } catch (error) {
      if (res.headersSent) {
        res.end();
      } else if (error instanceof HttpError) {
        sendError(res, error.status, error.message, error.headers);
      } else {
        console.error('HSDS API error:', error);
        sendError(res, 500, 'Internal server error');
      }
    }
    return true;
  };
}

/**
 * Reads the demo's sample dataset (demo/data/sample-feed.json): an array of fully nested HSDS 3.1
 * services. A paged envelope with `contents` is accepted too.
 * @returns {Promise<object[]>}
 */
export async function loadSampleServices() {
  const file = fileURLToPath(SAMPLE_FEED_URL);
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Could not read the sample HSDS feed at ${file}: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object' && 'contents' in data && Array.isArray(data.contents)) return data.contents;
  throw new Error(`The sample HSDS feed at ${file} is not an array of services`);
}
