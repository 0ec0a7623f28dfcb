import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { LOCALES } from '../../src/i18n/locales.js';
import { translation as spanish } from '../../src/i18n/translations/es.js';
import { fakeClient } from '../support/fake-client.js';
import { makeListings } from '../support/listings.js';

before(() => cardDefined);

const menu = (el: ResourceDirectory) => el.shadowRoot!.querySelector<HTMLSelectElement>('[part="language-select"]');
const searchButton = (el: ResourceDirectory) => el.shadowRoot!.querySelector('[part="search-button"]')!.textContent!.trim();
const cardsIn = (el: ResourceDirectory, lang: string) =>
  [...el.shadowRoot!.querySelectorAll('resource-card')].filter((card) => card.shadowRoot?.querySelector(`[part="card-actions"]`) && card.getAttribute('lang') === lang);

describe('language switcher', () => {
  it('offers every interface language in its own name, each marked with its language', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))}></resource-directory>`);
    const options = [...menu(el)!.options];
    expect(options.map((option) => option.textContent!.trim())).to.deep.equal(LOCALES.map((locale) => locale.endonym));
    expect(options.map((option) => option.lang)).to.deep.equal(LOCALES.map((locale) => locale.tag));
    expect(menu(el)!.value).to.equal('en');
    expect(menu(el)!.labels[0].querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Language');
  });

  it('switches the whole widget, cards included, when the visitor picks a language by keyboard', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient(makeListings(2))}></resource-directory>`);
    await waitUntil(() => cardsIn(el, 'en').length === 2, 'English cards');
    menu(el)!.focus();
    const chosen = oneEvent(el, 'rd-language');
    await sendKeys({ press: 'ArrowDown' }); // English → Español
    expect((await chosen).detail.lang).to.equal('es');
    expect(el.hasAttribute('lang'), "the author's lang is left as written").to.equal(false);
    await waitUntil(() => searchButton(el) === spanish.searchButton, 'Spanish interface');
    await waitUntil(() => cardsIn(el, 'es').length === 2, 'Spanish cards');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
    expect(menu(el)!.value).to.equal('es');
    expect(menu(el)!.labels[0].querySelector('.visually-hidden')!.textContent!.trim()).to.equal(spanish.uiLanguage);
    await expect(el).to.be.accessible();
  });

  it('keeps the chosen language in a shared link only with url-state', async () => {
    const before = location.href;
    const plain = await fixture<ResourceDirectory>(html`<resource-directory .client=${fakeClient([])}></resource-directory>`);
    menu(plain)!.value = 'vi';
    menu(plain)!.dispatchEvent(new Event('change'));
    expect(location.href).to.equal(before);
    const linked = await fixture<ResourceDirectory>(html`<resource-directory url-state .client=${fakeClient([])}></resource-directory>`);
    menu(linked)!.value = 'ko';
    menu(linked)!.dispatchEvent(new Event('change'));
    expect(new URL(location.href).searchParams.get('rd-ui')).to.equal('ko');
    const opened = await fixture<ResourceDirectory>(html`<resource-directory lang="en" url-state .client=${fakeClient([])}></resource-directory>`);
    await waitUntil(() => opened.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') === 'ko', 'Korean from the link');
    history.replaceState(null, '', `${location.pathname}?rd-ui=${encodeURIComponent('"><img src=x>')}`);
    const hostile = await fixture<ResourceDirectory>(html`<resource-directory lang="en" url-state .client=${fakeClient([])}></resource-directory>`);
    expect(hostile.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect(menu(hostile)!.value).to.equal('en');
    history.replaceState(null, '', before);
  });

  it('offers only the languages the page lists, and hides when that is one', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory ui-languages="en, es-MX, xx" .client=${fakeClient([])}></resource-directory>`);
    expect([...menu(el)!.options].map((option) => option.value)).to.deep.equal(['en', 'es']);
    el.uiLanguages = 'en';
    await el.updateComplete;
    expect(menu(el) === null, 'no switcher for one language').to.equal(true);
  });

  it("leaves the page's own content in the page's language", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><resource-directory .client=${fakeClient([])}>
      <h2 slot="header">Find help near you</h2></resource-directory></div>`);
    const el = wrapper.querySelector('resource-directory')!;
    menu(el)!.value = 'ar';
    menu(el)!.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir') === 'rtl', 'Arabic interface');
    expect(wrapper.querySelector('h2')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('keeps the chosen language selected when the menu loses the one it had', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory lang="en" ui-languages="es,vi" .client=${fakeClient([])}></resource-directory>`);
    expect([...menu(el)!.options].map((option) => option.value)).to.deep.equal(['en', 'es', 'vi']);
    menu(el)!.value = 'es';
    menu(el)!.dispatchEvent(new Event('change'));
    await waitUntil(() => searchButton(el) === spanish.searchButton, 'Spanish interface');
    expect([...menu(el)!.options].map((option) => option.value)).to.deep.equal(['es', 'vi']);
    expect(menu(el)!.value).to.equal('es');
  });

  it('keeps the language in use in the menu even when the page does not list it', async () => {
    const el = await fixture<ResourceDirectory>(html`<resource-directory lang="vi" ui-languages="en,es" .client=${fakeClient([])}></resource-directory>`);
    expect([...menu(el)!.options].map((option) => option.value)).to.deep.equal(['en', 'es', 'vi']);
    expect(menu(el)!.value).to.equal('vi');
  });
});
