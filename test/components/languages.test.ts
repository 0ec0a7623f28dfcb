import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListings } from '../support/listings.js';

before(() => cardDefined);

const button = (el: ResourceDirectory) => el.shadowRoot!.querySelector('[part="search-button"]')!.textContent!.trim();

describe('interface languages', () => {
  it('loads Spanish for lang="es-MX", and marks the widget with it', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory lang="es-MX" .client=${fakeClient(makeListings(2))}></resource-directory>`);
    await waitUntil(() => button(el) === 'Buscar', 'Spanish interface');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('lays Arabic out right to left', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory lang="ar" .client=${fakeClient(makeListings(2))}></resource-directory>`);
    await waitUntil(() => button(el) === 'بحث', 'Arabic interface');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('follows the closest lang in the host page, and falls back to English for others', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi"><resource-directory .client=${fakeClient(makeListings(1))}></resource-directory></div>`);
    const el = wrapper.querySelector('resource-directory')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') === 'vi', 'Vietnamese from the page');
    const german = await fixture<ResourceDirectory>(html`<resource-directory lang="de" .client=${fakeClient(makeListings(1))}></resource-directory>`);
    expect(button(german)).to.equal('Search');
  });
});
