import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import { createClient } from '../../src/sdk/index.js';

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"\'><svg onload="window.__pwned=1">';

// A third-party feed full of script-injection payloads, in every field that reaches the page.
const hostileServices = Array.from({ length: 3 }, (_, index) => ({
  id: `evil-${index}`,
  name: `${XSS} Service ${index}`,
  description: `<p onclick="window.__pwned=1">Help</p><script>window.__pwned=1</script><a href="javascript:window.__pwned=1">x</a> ${XSS}`,
  status: 'active',
  alert: XSS,
  url: 'javascript:window.__pwned=1',
  email: 'a@b.co?body=<script>',
  organization: { id: 'o', name: XSS, description: XSS, website: 'javascript:alert(1)', logo: 'data:image/svg+xml,<svg onload=alert(1)>' },
  phones: [{ id: 'p', number: 'javascript:window.__pwned=1 555-0100', type: 'voice' }],
  service_at_locations: [
    {
      id: 's',
      location: {
        id: 'l', location_type: 'virtual', name: XSS, url: 'javascript:window.__pwned=1',
        addresses: [{ id: 'a', address_1: XSS, city: XSS, state_province: 'OR', postal_code: '97301', country: 'US', address_type: 'physical' }],
      },
    },
  ],
}));

const allowed = /^(https?:|tel:|sms:|mailto:)/;


// <resource-card> is defined from a lazy chunk; wait for it before testing.
before(() => cardDefined);

describe('a feed full of script-injection payloads', () => {
  it('renders every string as text, drops unsafe links, and executes nothing', async () => {
    const fetch = async () => new Response(JSON.stringify(hostileServices), { headers: { 'Content-Type': 'application/json' } });
    const client = createClient({ feed: 'https://evil.example/feed.json', fetch });
    const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client}></resource-directory>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('resource-card').length === 3, 'cards', { timeout: 4000 });
    const cards = [...el.shadowRoot!.querySelectorAll('resource-card')];
    for (const card of cards) {
      await card.updateComplete;
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
      await card.updateComplete;
      const shadow = card.shadowRoot!;
      // The only SVG is our own icons, drawn beside action labels.
      expect(shadow.querySelector('img, script, svg:not(.icon), iframe, object, embed') === null).to.equal(true);
      expect(shadow.querySelector('[onclick], [onerror], [onload]') === null).to.equal(true);
      for (const link of shadow.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(allowed);
      expect(shadow.querySelector('[part="card-title"]')!.textContent).to.contain(`Service ${cards.indexOf(card)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
