import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cardDefined } from '../../src/define.js';
import type { ResourceDirectory } from '../../src/components/directory/directory.js';
import type { Schedule } from '../../src/sdk/model.js';
import { fakeClient } from '../support/fake-client.js';
import { openFilters } from '../support/filters.js';
import { allElements, layOutEveryCard } from '../support/dom.js';
import { makeListing, makeListings } from '../support/listings.js';

// WCAG 1.4.12 Text Spacing: with line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em and word
// spacing 0.16 em forced on every element, no text may be clipped, overlap other text, or leave its box.

before(() => cardDefined);

const root = (el: ResourceDirectory) => el.shadowRoot!;

/** The WCAG 1.4.12 overrides. Page styles do not pierce shadow DOM, so each shadow root gets its own copy. */
const spacing = new CSSStyleSheet();
spacing.replaceSync(`
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p { margin-block-end: 2em !important; }
`);

function applySpacing(el: ResourceDirectory): number {
  const roots = [el.shadowRoot!, ...allElements(el.shadowRoot!).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
  for (const shadow of roots) {
    if (!shadow.adoptedStyleSheets.includes(spacing)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, spacing];
  }
  if (!document.adoptedStyleSheets.includes(spacing)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
  return roots.length;
}

function removeSpacing(): void {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== spacing);
}

const describeElement = (element: Element) =>
  `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('part') ? `[${element.getAttribute('part')}]` : ''}` +
  `${element.classList.length ? `.${[...element.classList].join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;

const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
const hiddenForScreenReaders = (element: Element) => Boolean(element.closest('.visually-hidden'));
const nativeControl = (element: Element) => element.matches('input, select, textarea, option');

/** Elements that clip (overflow hidden or clip) and whose content is larger than they are. */
function clipped(elements: Element[]): string[] {
  return elements
    .filter((element) => visible(element) && !hiddenForScreenReaders(element) && !nativeControl(element))
    .filter((element) => {
      const style = getComputedStyle(element);
      const clipsX = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
      const clipsY = /hidden|clip/.test(style.overflowY) || Number(style.webkitLineClamp) > 0;
      return (clipsX && element.scrollWidth > element.clientWidth + 1) || (clipsY && element.scrollHeight > element.clientHeight + 1);
    })
    .map(describeElement);
}

interface TextBox {
  node: Text;
  rect: DOMRect;
}

/** The rendered line boxes of every visible text node (not the visually hidden screen-reader text). */
function textBoxes(elements: Element[]): TextBox[] {
  const boxes: TextBox[] = [];
  for (const element of elements) {
    if (!visible(element) || hiddenForScreenReaders(element) || element.closest('select, option')) continue;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) boxes.push({ node: node as Text, rect });
    }
  }
  return boxes;
}

const quote = (node: Text) => `"${node.textContent!.trim().slice(0, 30)}"`;

/** Pairs of text line boxes from different text nodes that overlap by more than a pixel each way. */
function overlappingText(boxes: TextBox[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.node === b.node) continue;
      const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (x > 1 && y > 1) found.push(`${quote(a.node)} overlaps ${quote(b.node)}`);
    }
  }
  return found;
}

/** The box a text node is laid out in: its closest ancestor that is not an inline (or contents) box. */
function container(node: Text): Element {
  let element = node.parentElement!;
  while (/^(inline|contents)$/.test(getComputedStyle(element).display) && element.parentElement) element = element.parentElement;
  return element;
}

/** Text line boxes that stick out of their own container, i.e. spill over whatever is next to it. */
function escapingText(boxes: TextBox[]): string[] {
  return boxes
    .filter(({ node, rect }) => {
      const box = container(node).getBoundingClientRect();
      return rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1;
    })
    .map(({ node }) => `${quote(node)} leaves ${describeElement(container(node))}`);
}

/** The children of the card's article (the header lines, summary, contact, actions …) must not overlap. */
function overlappingCardParts(el: ResourceDirectory): string[] {
  const found: string[] = [];
  for (const card of root(el).querySelectorAll('resource-card')) {
    const parts = [...card.shadowRoot!.querySelector('[part="card"]')!.children].filter((child) => visible(child) && !hiddenForScreenReaders(child));
    for (let i = 0; i < parts.length; i += 1) {
      for (let j = i + 1; j < parts.length; j += 1) {
        const a = parts[i].getBoundingClientRect();
        const b = parts[j].getBoundingClientRect();
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 0.5 && y > 0.5) found.push(`${describeElement(parts[i])} overlaps ${describeElement(parts[j])}`);
      }
    }
  }
  return found;
}

// Long German-like compounds, a long name and every part a card can show.
const schedule: Schedule = {
  freq: 'WEEKLY', byDay: [{ day: 'MO' }, { day: 'WE' }, { day: 'FR' }], byMonthDay: [], opensAt: '09:00', closesAt: '17:00',
  timeZone: 'Europe/Berlin', level: 'service', description: 'Montags, mittwochs und freitags nach telefonischer Terminvereinbarung',
};
const wordy = makeListing({
  id: 'wordy',
  name: 'Kinder- und Jugendlichenpsychotherapieberatungsstelle der Donaudampfschifffahrtsgesellschaft für Suchtpräventionsangelegenheiten',
  organization: { id: 'org-long', name: 'Landesarbeitsgemeinschaftsverwaltungsstelle für Rechtsschutzversicherungsgesellschaften Niedersachsen' },
  status: 'temporarily closed',
  alert: 'Vorübergehende Öffnungszeitenänderung wegen Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung.',
  summary: 'Unterstützung bei Arbeitsunfähigkeitsbescheinigungen, Krankenversicherungsangelegenheiten und Schwerbehindertenausweisbeantragungen.',
  description: 'Beratungsgespräche zu Eingliederungshilfeleistungen und Teilhabeplanungsverfahren.\n\nAußerdem Unterstützung bei Rentenversicherungsträgerkorrespondenz und Widerspruchsverfahrensfristen.',
  categories: [{ id: 'term-sg-peer', code: 'SG-PEER', name: 'Peer support groups' }],
  schedules: [schedule],
  phones: [
    { number: '(503) 555-0142', tel: '5035550142', kind: 'voice', description: 'Terminvereinbarungshotline', languages: [] },
    { number: '(503) 555-0143', tel: '5035550143', kind: 'text', languages: [] },
    { number: '(503) 555-0144', tel: '5035550144', kind: 'fax', languages: [] },
  ],
  url: 'https://beratungsstellenverwaltung.donaudampfschifffahrtsgesellschaft.example.de/suchtpraevention',
  email: 'terminvereinbarung@donaudampfschifffahrtsgesellschaft.example.de',
  languages: [{ code: 'de' }, { code: 'tr' }, { name: 'Gebärdensprachdolmetschervermittlung' }],
  eligibility: 'Anspruchsberechtigungsvoraussetzungen: Wohnsitz im Zuständigkeitsbereich.',
  fees: 'Kostenübernahmeerklärung der Krankenversicherung erforderlich.',
  applicationProcess: 'Vorabanmeldung über das Onlineterminvereinbarungsformular.',
  interpretationServices: 'Gebärdensprachdolmetscherinnen und Fremdsprachenkorrespondenten.',
  serviceAreas: [{ name: 'Landkreis Mecklenburgische Seenplatte' }],
  assuredDate: '2020-01-15',
  distanceKm: 3.2,
  locations: [
    {
      id: 'loc-long', name: 'Gemeindezentrumsverwaltungsgebäude', virtual: false, latitude: 45, longitude: -123,
      address: { lines: ['Hauptbahnhofsvorplatzstraße 412'], city: 'Mönchengladbach-Rheydt', region: 'OR', postalCode: '97301', country: 'US' },
      accessibility: ['Rollstuhlgerechter Haupteingangsbereich'], transportation: 'Straßenbahnhaltestelle Hauptbahnhof',
    },
    { id: 'loc-online', virtual: true, url: 'https://videosprechstunde.donaudampfschifffahrtsgesellschaft.example.de/raum', accessibility: [] },
  ],
});

async function renderAll(): Promise<ResourceDirectory> {
  const client = fakeClient([wordy, ...makeListings(2)]);
  client.categories = async () => [
    { id: 'term-food', name: 'Lebensmittelausgabestellen' },
    { id: 'term-housing', name: 'Wohnungslosenhilfeeinrichtungen und Notunterkünfte' },
  ];
  const el = await fixture<ResourceDirectory>(html`<resource-directory .client=${client} near="97311" quick-exit
    report-url="https://report.example/problem"></resource-directory>`);
  await waitUntil(() => root(el).querySelectorAll('resource-card').length === 3, 'cards');
  await openFilters(el);
  await waitUntil(() => root(el).querySelectorAll('[part="filter-chip"]').length === 2, 'category chips');
  const card = root(el).querySelector('resource-card')!;
  await card.updateComplete;
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-details-toggle"]')!.click();
  root(el).querySelector<HTMLButtonElement>('[part="crisis-toggle"]')!.click();
  await el.updateComplete;
  await card.updateComplete;
  return el;
}

describe('text spacing (WCAG 1.4.12)', () => {
  afterEach(async () => {
    removeSpacing();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [800, 320]) {
    it(`loses no text and overlaps none at ${width} CSS px with the spacing overrides`, async () => {
      await setViewport({ width, height: 640 });
      const el = await renderAll();
      const card = root(el).querySelector('resource-card')!;
      expect(card.shadowRoot!.querySelector('[part="card-details"]')!.hasAttribute('hidden')).to.equal(false);
      expect(visible(root(el).querySelector('#filter-panel')!)).to.equal(true);
      expect(applySpacing(el)).to.equal(4); // the directory and its three cards
      // The overrides reach inside the shadow roots.
      const title = card.shadowRoot!.querySelector('[part="card-title"]')!;
      const titleStyle = getComputedStyle(title);
      expect(parseFloat(titleStyle.letterSpacing)).to.be.closeTo(0.12 * parseFloat(titleStyle.fontSize), 0.05);
      expect(parseFloat(titleStyle.lineHeight)).to.be.closeTo(1.5 * parseFloat(titleStyle.fontSize), 0.05);

      await layOutEveryCard(root(el));
      const elements = allElements(root(el));
      const boxes = textBoxes(elements);
      expect(elements.length).to.be.greaterThan(200);
      expect(boxes.length).to.be.greaterThan(100);
      expect(clipped(elements), 'clipped').to.deep.equal([]);
      expect(escapingText(boxes), 'text outside its box').to.deep.equal([]);
      expect(overlappingText(boxes), 'overlapping text').to.deep.equal([]);
      expect(overlappingCardParts(el), 'overlapping card parts').to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'horizontal scrolling').to.be.at.most(width);
      const wide = boxes.filter(({ rect }) => rect.left < -0.5 || rect.right > width + 0.5).map(({ node }) => quote(node));
      expect(wide, 'text off screen').to.deep.equal([]);
    });
  }
});
