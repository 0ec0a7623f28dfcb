// @ts-check
// Stand-ins for the 211 National Data Platform and FindTreatment.gov, answering from the responses written in
// demo/data/ndp and demo/data/findtreatment as the documentation says the real ones do: NDP's paging and
// filters in headers, 204 for nothing found, a key required; the locator's pages of rows. A Fetch handler, so
// the demo server, the proxy's tests and the adapters' demo pages all use the same one.
import { readFile } from 'node:fs/promises';

/** The key the stand-in NDP accepts; the demo's proxy holds it, the pages never see it. */
export const DEMO_NDP_KEY = 'demo-key-not-secret';

const data = async (/** @type {string} */ path) => JSON.parse(await readFile(new URL(`../data/${path}`, import.meta.url), 'utf8'));

/** @param {unknown} body @param {number} [status] */
const json = (body, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const fold = (/** @type {unknown} */ value) => String(value ?? '').toLowerCase();

/** @returns {Promise<{ fetch(request: Request): Promise<Response> }>} */
export async function recordedSources() {
  /** @type {{ count: number, results: Record<string, any>[] }} */
  const search = await data('ndp/search.json');
  /** @type {Record<string, unknown>} */
  const details = await data('ndp/details.json');
  /** @type {Record<string, unknown>[]} */
  const rows = await data('findtreatment/rows.json');

  /** @param {Request} request @param {URL} url */
  function ndpSearch(request, url) {
    const keywords = fold(url.searchParams.get('keywords') ?? '*');
    const byCode = request.headers.get('keywordIsTaxonomyCode') === 'true';
    const codes = fold(request.headers.get('taxonomyCodes'));
    /** @param {Record<string, any>} record @param {string} code */
    const hasCode = (record, code) => (record.taxonomy ?? []).some((/** @type {any} */ term) => fold(term.taxonomyCode).startsWith(code.replace(/\*$/, '')));
    const matches = search.results.filter((record) => {
      if (byCode) return hasCode(record, keywords);
      if (codes && !hasCode(record, codes)) return false;
      const text = fold([record.nameService, record.descriptionService, record.nameOrganization].join(' '));
      return keywords === '*' || keywords.split(/\s+/).every((word) => text.includes(word));
    });
    const skip = Number(request.headers.get('skip') ?? 0);
    const size = Number(request.headers.get('size') ?? 10);
    const page = matches.slice(skip, skip + size);
    return page.length ? json({ count: matches.length, results: page }) : new Response(null, { status: 204 });
  }

  /** @param {URL} url */
  function locator(url) {
    const pageSize = Math.max(1, Math.min(Number(url.searchParams.get('pageSize') ?? 10), 100));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    if (!url.searchParams.get('sAddr')) return json({ page, totalPages: 0, rows: [] });
    return json({ page, totalPages: Math.ceil(rows.length / pageSize), rows: rows.slice((page - 1) * pageSize, page * pageSize) });
  }

  return {
    async fetch(request) {
      const url = new URL(request.url);
      if (url.pathname.startsWith('/resources/v2/')) {
        if (request.headers.get('api-key') !== DEMO_NDP_KEY) return json({ statusCode: 401, message: 'Access denied due to missing subscription key.' }, 401);
        if (url.pathname === '/resources/v2/search/keyword') return ndpSearch(request, url);
        const id = /^\/resources\/v2\/query\/service-at-location-details\/([^/]+)$/.exec(url.pathname)?.[1];
        if (id && details[decodeURIComponent(id)]) return json(details[decodeURIComponent(id)]);
        return json({ statusCode: 404, message: 'Resource not found' }, 404);
      }
      if (url.pathname === '/locator/exportsAsJson/v2') return locator(url);
      return json({ message: 'not found' }, 404);
    },
  };
}
