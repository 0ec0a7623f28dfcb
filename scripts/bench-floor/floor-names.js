// The floor of the fixed design, for scripts/bench-first-cards.mjs: the bare page's work (fetch the feed, print
// ten names) done with what every build of the directory must load before its first card, and nothing of
// the directory itself: an external module script, a Lit element with shadow DOM, and each record checked by
// the SDK's own zod/mini service schema. Built by the bench into dist/bench-floor/, served by demo/bench-floor.html.
import { LitElement, html } from 'lit';
import { serviceEntity } from '../../dist/esm/sdk/schemas/hsds.js';

class FloorNames extends LitElement {
  static properties = { src: {}, names: { state: true } };

  constructor() {
    super();
    this.names = [];
  }

  async connectedCallback() {
    super.connectedCallback();
    const body = await (await fetch(this.src, { headers: { accept: 'application/json' } })).json();
    const services = Array.isArray(body) ? body : body.contents;
    const valid = services.map((service) => serviceEntity.schema.safeParse(service)).filter((result) => result.success);
    this.names = valid.slice(0, 10).map((result) => result.data.name);
  }

  render() {
    return html`<ol>${this.names.map((name) => html`<li><h3>${name}</h3></li>`)}</ol>`;
  }
}
customElements.define('floor-names', FloorNames);
