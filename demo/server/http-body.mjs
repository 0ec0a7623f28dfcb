// @ts-check
// Sends a response body as any static host would, so the demo shows real-world timing: a strong ETag with
// 304 Not Modified on a matching If-None-Match, and brotli (or gzip) for text when the client accepts it.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text compresses; images, fonts and archives are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg\+xml)/;
/** Below a packet, compressing costs more time than it saves. */
const MIN_COMPRESSED_SIZE = 1024;
/** Compressed bodies by ETag: the demo serves the same few files (the 1 MB feed takes a second to brotli). */
const compressedBodies = new Map();
const MAX_CACHED_BODIES = 200;

/**
 * The content coding to send, from an Accept-Encoding header: brotli first, then gzip, else none.
 * A coding with `q=0` is refused.
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | undefined}
 */
export function chooseEncoding(header = '') {
  const accepted = new Set();
  for (const part of header.toLowerCase().split(',')) {
    const [coding, ...parameters] = part.trim().split(';');
    const refused = parameters.some((parameter) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(parameter));
    if (coding && !refused) accepted.add(coding.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

/**
 * Whether an If-None-Match header matches an ETag (weak comparison, as RFC 9110 asks for If-None-Match).
 * @param {string | undefined} header
 * @param {string} etag
 */
function matches(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * @param {Buffer} body
 * @param {'br' | 'gzip'} encoding
 * @param {string} etag
 */
function compress(body, encoding, etag) {
  let compressed = compressedBodies.get(etag);
  if (!compressed) {
    compressed = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : gzipSync(body, { level: 9 });
    if (compressedBodies.size >= MAX_CACHED_BODIES) compressedBodies.delete(compressedBodies.keys().next().value);
    compressedBodies.set(etag, compressed);
  }
  return compressed;
}

/**
 * Sends `body` with `headers` (which must include Content-Type), its ETag and, when the type is text and the
 * client accepts it, compressed. Each coding is its own representation with its own strong ETag.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Buffer} body
 * @param {Record<string, string>} headers
 */
export function sendBody(req, res, status, body, headers) {
  const type = headers['Content-Type'] ?? '';
  const compressible = COMPRESSIBLE.test(type) && body.length >= MIN_COMPRESSED_SIZE;
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : undefined;
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  const etag = `"${hash}${encoding ? `-${encoding}` : ''}"`;
  const common = { ...headers, ETag: etag, ...(compressible ? { Vary: 'Accept-Encoding' } : {}) };
  if (status === 200 && matches(req.headers['if-none-match'], etag)) {
    // A 304 carries the validators and caching headers, not the body's metadata (RFC 9110, 15.4.5).
    const notModified = { ...common };
    delete notModified['Content-Type'];
    res.writeHead(304, notModified).end();
    return;
  }
  const sent = encoding ? compress(body, encoding, etag) : body;
  res.writeHead(status, { ...common, ...(encoding ? { 'Content-Encoding': encoding } : {}), 'Content-Length': String(sent.length) });
  res.end(req.method === 'HEAD' ? undefined : sent);
}
