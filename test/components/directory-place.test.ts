import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListings } from '../support/listings.js';
import { openFilters } from '../support/filters.js';

before(() => cardDefined);

const root = (el: ResourceDirectory) => el.shadowRoot!;

describe('<resource-directory> place and time', () => {
  it('searches near a ZIP code the visitor types', async () => {
    const client = fakeClient(makeListings(2));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client} units="mi"></resource-directory>`);
    root(el).querySelector<HTMLInputElement>('#place')!.value = '97311';
    root(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => client.calls.at(-1)?.near !== undefined, 'a search near the ZIP');
    expect(client.calls.at(-1)!.near).to.deep.equal({ postcode: '97311' });
    await openFilters(el);
    const radius = root(el).querySelector<HTMLSelectElement>('select[name="radius"]')!;
    radius.value = '10';
    radius.dispatchEvent(new Event('change'));
    await waitUntil(() => client.calls.at(-1)?.radiusKm !== undefined, 'a radius');
    expect(client.calls.at(-1)!.radiusKm).to.be.closeTo(16.09, 0.01);
    await expect(el).to.be.accessible();
  });

  it('asks for the position only after "Use my location" is pressed, and rounds it to about 1 km', async () => {
    const asked: number[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition(success: PositionCallback) {
          asked.push(Date.now());
          success({ coords: { latitude: 45.012345, longitude: -123.045678 } } as GeolocationPosition);
        },
      },
    });
    try {
      const client = fakeClient(makeListings(2));
      const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
      await waitUntil(() => client.calls.length > 0, 'first search');
      expect(asked.length).to.equal(0);
      root(el).querySelector<HTMLButtonElement>('[part="locate-button"]')!.click();
      await waitUntil(() => client.calls.at(-1)?.near !== undefined, 'a search near the visitor');
      expect(asked.length).to.equal(1);
      expect(client.calls.at(-1)!.near).to.deep.equal({ latitude: 45.01, longitude: -123.05 });
      expect(root(el).querySelector('[part="locate-button"]')!.textContent!.trim()).to.equal('Using your approximate location');
    } finally {
      delete (navigator as { geolocation?: unknown }).geolocation;
      Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });

  it('asks the feed for services open now when the visitor ticks "Open now"', async () => {
    const client = fakeClient(makeListings(2));
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await waitUntil(() => root(el).querySelectorAll('resource-card').length === 2, 'cards');
    expect(client.calls.at(-1)!.openAt).to.equal(undefined);
    await openFilters(el);
    const before = Date.now();
    root(el).querySelector<HTMLInputElement>('input[name="open-now"]')!.click();
    await waitUntil(() => client.calls.at(-1)?.openAt !== undefined, 'an open-now search');
    expect(client.calls.at(-1)!.openAt!.getTime()).to.be.within(before, Date.now());
    expect(root(el).querySelector('[part="filters-toggle"]')!.textContent!.trim()).to.equal('Filters (1 on)');
  });

  it('lets the host place a ZIP or town for a static feed with its own geocoder', async () => {
    const asked: string[] = [];
    const geocode = async (place: string) => {
      asked.push(place);
      return place === 'RIVERTON' ? { latitude: 45.215, longitude: -122.85 } : undefined;
    };
    const el = await fixture<ResourceDirectory>(html`<resource-directory feed="/demo/data/sample-feed.json" near="Riverton" radius="3"
      units="km" .geocode=${geocode} page-size="3"></resource-directory>`);
    await waitUntil(() => root(el).querySelectorAll('resource-card').length === 3, 'cards near Riverton', { timeout: 5000 });
    expect(asked).to.deep.equal(['RIVERTON']);
    const listings = [...root(el).querySelectorAll('resource-card')].map((card) => card.listing!);
    expect(listings.every((listing) => listing.distanceKm !== undefined && listing.distanceKm <= 3)).to.equal(true);
    expect(listings.map((listing) => listing.distanceKm)).to.deep.equal([...listings.map((listing) => listing.distanceKm)].sort((a, b) => a! - b!));
  });
});
