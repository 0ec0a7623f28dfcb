import { expect } from '@open-wc/testing';
import type { SearchResult } from '../../../../src/sdk/index.js';
import { resultCount, statusText } from '../../../../src/components/directory/views/status-text.js';
import { viewHost } from '../../../support/view-host.js';

const result = (total: number, totalIsLowerBound = false): SearchResult => ({ items: [], total, page: 1, pageSize: 10, totalPages: 1, issues: [], totalIsLowerBound });

describe('status text', () => {
  it('counts results, "at least" when an API had more than the SDK looked through', async () => {
    const { localizer } = await viewHost(() => '');
    expect(resultCount(localizer, result(3))).to.equal('3 services found');
    expect(resultCount(localizer, result(300, true))).to.match(/^At least 300/);
    expect(resultCount(localizer, result(0, true))).to.equal('0 services found');
  });

  it('says loading for a first search, the count led by the crisis lines, and nothing over the saved list', async () => {
    const { localizer } = await viewHost(() => '');
    const base = { localizer, loading: false, complete: true, result: result(2), listingsShown: 2, savedOpen: false, crisisPrefix: '' };
    expect(statusText({ ...base, loading: true, complete: false, listingsShown: 0 })).to.equal('Loading services…');
    expect(statusText({ ...base, crisisPrefix: 'Call 988. ' })).to.equal('Call 988. 2 services found');
    expect(statusText({ ...base, savedOpen: true })).to.equal('');
    expect(statusText({ ...base, complete: false })).to.equal('');
  });
});
