import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ResourceDirectoryClient } from '../../../src/sdk/index.js';
import { startDemoApi, type DemoApi } from '../support/demo-api.js';

// The demo's services as a file: everyday words that are one letter from a need's word are read as what
// they are ("feeling" is not "feeding", "healing" not "heating", French "aide" not AIDS).

let demo: DemoApi;
let file: ResourceDirectoryClient;

beforeAll(async () => {
  demo = await startDemoApi();
  file = createClient({ feed: demo.file, kind: 'file' });
});
afterAll(() => demo.close());

const names = async (text: string) => (await file.search({ text, pageSize: 200 })).items.map((listing) => listing.name);

describe('real words are not typos of a need\'s words', () => {
  it('"feeling …" searches for the feeling, not for food', async () => {
    expect(await names('feeling stressed')).toEqual(await names('stressed'));
    expect(await names('feeling depressed')).toEqual(await names('depressed'));
  });

  it('"healing" and "pills" find no utilities', async () => {
    for (const text of ['healing', 'pills']) {
      const found = await names(text);
      expect(found.length, text).toBeGreaterThan(0);
      expect(found, text).not.toContain('Energy Bill Assistance');
    }
  });

  it('French "aide" (help) leaves the rent it is about', async () => {
    expect(await names('aide pour le loyer')).toContain('Emergency Rent Assistance');
    expect(await names("j'ai besoin d'aide pour payer mon loyer")).toEqual(await names('loyer'));
  });
});
