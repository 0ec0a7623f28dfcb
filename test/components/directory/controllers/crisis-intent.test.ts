import { expect, waitUntil } from '@open-wc/testing';
import { CrisisIntent, type CrisisHost } from '../../../../src/components/directory/controllers/crisis-intent.js';
import { text, viewHost, type ViewHost } from '../../../support/view-host.js';

type Host = ViewHost & CrisisHost;

async function crisisHost(words: { text: string }, crisis = 'us'): Promise<{ host: Host; intent: CrisisIntent }> {
  let intent!: CrisisIntent;
  const host = (await viewHost((el) => (intent ??= new CrisisIntent(el as Host, () => words.text)).strip(el.localizer))) as Host;
  Object.assign(host, { crisis, crisisExpanded: false });
  host.requestUpdate();
  await host.updateComplete;
  return { host, intent };
}

describe('CrisisIntent', () => {
  it('reads the crisis lines, folded to one line the visitor can unfold, and passes axe', async () => {
    const { host, intent } = await crisisHost({ text: '' });
    expect(intent.lines.length).to.be.greaterThan(1);
    expect(intent.urgent).to.equal(false);
    const toggle = host.shadowRoot!.querySelector<HTMLButtonElement>('[part="crisis-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('[part="crisis-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(host).to.be.accessible();
  });

  it('opens the lines with emphasis for a crisis said in another language, and leads the count with them', async () => {
    const words = { text: 'food' };
    const { host, intent } = await crisisHost(words);
    expect(intent.prefix(host.localizer)).to.equal('');
    words.text = 'quiero suicidarme';
    host.requestUpdate();
    await waitUntil(() => intent.urgent, 'urgent, once the crisis terms arrive');
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('[part="crisis"]')!.classList.contains('urgent')).to.equal(true);
    expect(intent.prefix(host.localizer)).to.match(/988/);
  });

  it('shows no lines, and leads with nothing, for crisis="none"', async () => {
    const { host, intent } = await crisisHost({ text: 'suicide' }, 'none');
    expect(intent.lines).to.deep.equal([]);
    expect(text(host.shadowRoot!.querySelector('.base'))).to.equal('');
    expect(intent.prefix(host.localizer)).to.equal('');
  });
});
