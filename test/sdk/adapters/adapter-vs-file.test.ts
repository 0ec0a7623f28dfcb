import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { findTreatmentService } from '../../../src/sdk/feeds/adapters/findtreatment-record.js';
import { createClient, type SearchOptions } from '../../../src/sdk/index.js';
import { useMockServer } from '../support/msw.js';

// The same facilities through the FindTreatment.gov adapter and as a static HSDS file of the services the
// adapter makes of them: every search must give the same listings in the same order, so an adapter searches
// with the file's semantics (words, categories, languages, free, sorts), not semantics of its own.
const ROWS = JSON.parse(readFileSync(new URL('../../../demo/data/findtreatment/rows.json', import.meta.url), 'utf8')) as Record<string, unknown>[];
const SITE = 'https://proxy.example.org/findtreatment/';
const FILE = 'https://feeds.example.org/findtreatment-as-hsds.json';
const PORTLAND = { latitude: 45.52, longitude: -122.68 };

const queries: Record<string, Omit<SearchOptions, 'near' | 'signal'>> = {
  'nothing': {},
  'words': { text: 'substance use' },
  'a typo': { text: 'telehealht' },
  'a category': { categories: ['TC:Mental health treatment'] },
  'two categories': { categories: ['TC:Substance use treatment', 'SET:Outpatient'] },
  'a language': { languages: ['es'] },
  'free': { free: true },
  'by name': { sort: 'name' },
  'words + free': { text: 'treatment', free: true },
  'a radius': { radiusKm: 5 },
};

describe('FindTreatment.gov through its adapter and as an HSDS file', () => {
  const server = useMockServer();

  it('gives the same answers to every search', async () => {
    server.use(
      http.get(`${SITE}locator/exportsAsJson/v2`, () => HttpResponse.json({ page: 1, totalPages: 1, rows: ROWS })),
      http.get(FILE, () => HttpResponse.json(ROWS.map(findTreatmentService))),
    );
    const adapter = createClient({ feed: `${SITE}locator/`, cache: false });
    const file = createClient({ feed: FILE, kind: 'file', cache: false });
    for (const [name, query] of Object.entries(queries)) {
      const search = { ...query, near: PORTLAND, pageSize: 3 };
      const [viaAdapter, viaFile] = await Promise.all([adapter.search(search), file.search(search)]);
      const shown = (result: typeof viaAdapter) => ({ total: result.total, ids: result.items.map((item) => item.id), km: result.items.map((item) => item.distanceKm?.toFixed(3)) });
      expect(shown(viaAdapter), name).toEqual(shown(viaFile));
    }
  });
});
