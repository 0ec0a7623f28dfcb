// @ts-check
// HTTP plumbing for the sample HSDS API: JSON responses with CORS, errors, and query-parameter parsing.
import { sendBody } from './http-body.mjs';
import { quote } from './hsds-util.mjs';

/** The maximum `per_page` the API serves; larger requests are capped to it. */
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 25;

/** An error that becomes a JSON error response with the given status. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  constructor(status, message, headers = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.headers = headers;
  }
}

/** @type {Record<string, string>} */
const COMMON_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'no-store',
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [extraHeaders]
 */
export function sendJson(res, status, body, extraHeaders = {}) {
  sendBody(res.req, res, status, Buffer.from(JSON.stringify(body)), {
    ...COMMON_HEADERS,
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
  });
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [extraHeaders]
 */
export function sendError(res, status, message, extraHeaders = {}) {
  sendJson(res, status, { error: { status, message } }, extraHeaders);
}

/**
 * Answers a CORS preflight.
 * @param {import('node:http').ServerResponse} res
 */
export function sendPreflight(res) {
  res.writeHead(204, {
    ...COMMON_HEADERS,
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
    'Access-Control-Allow-Headers': '*',
    'Access-Control-Max-Age': '86400',
    Allow: 'GET, OPTIONS',
  });
  res.end();
}

/**
 * A query parameter's value, or undefined when absent or blank (blank means "not given").
 * @param {URLSearchParams} params
 * @param {string} name
 */
export function readText(params, name) {
  const value = params.get(name);
  if (value === null) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * @param {URLSearchParams} params
 * @param {string} name
 * @returns {number | undefined}
 */
function readPositiveInteger(params, name) {
  const value = readText(params, name);
  if (value === undefined) return undefined;
  const number = /^\d+$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new HttpError(400, `Invalid ${name} parameter ${quote(value)}: expected a positive integer`);
  }
  return number;
}

/**
 * Reads `page` (1-based, default 1) and `per_page` (default 25, capped at 100).
 * @param {URLSearchParams} params
 */
export function readPaging(params) {
  const page = readPositiveInteger(params, 'page') ?? 1;
  const perPage = Math.min(readPositiveInteger(params, 'per_page') ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
  return { page, perPage };
}

/**
 * Reads `proximity` in metres: a positive finite number, or undefined when absent.
 * @param {URLSearchParams} params
 */
export function readProximity(params) {
  const value = readText(params, 'proximity');
  if (value === undefined) return undefined;
  const number = /^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(number) || number <= 0) {
    throw new HttpError(400, `Invalid proximity parameter ${quote(value)}: expected a positive number of metres`);
  }
  return number;
}

/**
 * Reads a boolean flag such as `full`: only "true" (any case) or "1" switch it on.
 * @param {URLSearchParams} params
 * @param {string} name
 */
export function readFlag(params, name) {
  const value = readText(params, name);
  return value !== undefined && (value.toLowerCase() === 'true' || value === '1');
}
