import { expect } from '@open-wc/testing';
import { Announcer } from '../../../../src/components/directory/controllers/announcer.js';
import { text, viewHost } from '../../../support/view-host.js';

describe('Announcer', () => {
  it('says a notice in its one polite region, else the status, and passes axe', async () => {
    const context = { search: {}, lang: 'en' };
    let announcer!: Announcer;
    const host = await viewHost((el) => {
      announcer ??= new Announcer(el, () => ({ ...context }));
      return announcer.region('3 services found');
    });
    const region = () => host.shadowRoot!.querySelectorAll('[role="status"]');
    expect(region()).to.have.length(1);
    expect(region()[0]!.getAttribute('aria-atomic')).to.equal('true');
    expect(text(region()[0])).to.equal('3 services found');
    announcer.announce('Copied');
    await host.updateComplete;
    expect(region()[0]!.textContent).to.equal('Copied');
    await expect(host).to.be.accessible();
  });

  it('changes the region for the same words twice, so the second is heard too', async () => {
    const context = { search: {}, lang: 'en' };
    let announcer!: Announcer;
    const host = await viewHost((el) => (announcer ??= new Announcer(el, () => ({ ...context }))).region(''));
    announcer.announce('Copied');
    await host.updateComplete;
    const first = host.shadowRoot!.querySelector('[role="status"]')!.textContent;
    announcer.announce('Copied');
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('[role="status"]')!.textContent).not.to.equal(first);
  });

  it('drops a notice once the search or the language changes, or when cleared', async () => {
    const context = { search: {}, lang: 'en' };
    let announcer!: Announcer;
    const host = await viewHost((el) => (announcer ??= new Announcer(el, () => ({ ...context }))).region('status'));
    const said = () => host.shadowRoot!.querySelector('[role="status"]')!.textContent;
    announcer.announce('Saved');
    await host.updateComplete;
    context.search = {};
    host.requestUpdate();
    await host.updateComplete;
    expect(said()).to.equal('status');
    announcer.announce('Saved');
    await host.updateComplete;
    context.lang = 'es';
    host.requestUpdate();
    await host.updateComplete;
    expect(said()).to.equal('status');
    announcer.announce('Saved');
    announcer.clear();
    await host.updateComplete;
    expect(said()).to.equal('status');
  });
});
