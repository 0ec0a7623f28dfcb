import { css } from 'lit';

/**
 * The card's part of the default theme. Type scale (from the body size, at least 16 px on phones): title
 * 1.1875em, body and actions 1em, secondary lines 0.9375em, small print and action labels 0.875em. Spacing:
 * fractions of `--rd-spacing`. Layouts: `list` (a two-row footer on a narrow card, one row on a wide one),
 * `grid` (even heights, footer at the bottom) and `compact` (a dense divided list: name, status line, Call,
 * Details and More).
 */
export const cardStyles = css`
  /* !important in a shadow root wins over the page's !important: theme resets cannot hide the widget. */
  :host {
    display: block !important;
    /* A card away from the viewport is neither laid out nor painted until it comes near (issue #17: 25 cards
       in under 50 ms); it stays in the accessibility tree, find in page and tab order. Its height until then:
       about a collapsed card's (250 px wide, 350 px on a phone), then the last it had. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 18em;
  }
  .card {
    --_s1: calc(var(--_space) / 4);
    --_s2: calc(var(--_space) / 2);
    --_s3: calc(var(--_space) * 0.75);
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    min-width: 0;
    padding: calc(var(--_space) * 0.875) var(--_space);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
  }
  .card > *,
  .meta {
    margin: 0;
  }
  .title {
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .organization,
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.4;
  }
  .organization {
    margin-top: -0.125rem;
  }
  .icon {
    inline-size: 1.125em;
    block-size: 1.125em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .hours,
  .meta {
    display: flex;
    align-items: flex-start;
    gap: 0.375em;
  }
  /* The icon sits on the first line's middle (line height 1.4, icon 1.125em). */
  .hours .icon,
  .meta .icon {
    margin-block-start: 0.1375em;
  }
  .hours {
    font-size: 0.9375em;
    font-weight: 600;
    line-height: 1.4;
  }
  .hours.open {
    color: var(--rd-open-color, light-dark(#0a6b2d, #7ee2a0));
  }
  /* Distance and town, with "Details" at the end of the line. */
  .place-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_s2);
  }
  .summary {
    overflow-wrap: anywhere;
  }
  /* Two lines until the details are open; the full text is one press away, never lost. */
  .card:not(.expanded) > .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .badge {
    align-self: flex-start;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_warning);
  }
  .alert {
    padding: var(--_s2) var(--_s3);
    border-inline-start: 4px solid var(--_warning);
    border-radius: 2px;
    background: color-mix(in srgb, var(--_warning) 10%, transparent);
  }
  .tags {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1);
    font-size: 0.875em;
  }
  .tags li {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.6em;
  }
  .verified {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .verified.old strong {
    color: var(--_warning);
  }

  /* Actions: one primary, "Details", then the secondary ones, which stack icon over label on a narrow card. */
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
  }
  .action,
  .toggle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-decoration: none;
    cursor: pointer;
  }
  .action .icon {
    color: var(--_accent);
  }
  .action:hover,
  .toggle:hover {
    background: color-mix(in srgb, var(--_text) 6%, transparent);
  }
  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .primary .icon {
    color: inherit;
  }
  .primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }
  /* A phone number (and its extension) is not broken across lines. */
  .action [dir='ltr'],
  .action .phone {
    white-space: nowrap;
  }
  .action[aria-pressed='true'] .icon {
    fill: currentColor;
  }
  .more-toggle[aria-expanded='true'] {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
    border-color: var(--_accent);
  }
  .toggle {
    gap: 0.25em;
    min-height: 32px;
    margin-inline-start: auto;
    margin-inline-end: -0.5em;
    padding: 0 0.5em;
    border-color: transparent;
    color: var(--_accent);
    font-size: 0.9375em;
  }
  .toggle[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }
  .actions,
  .more {
    flex: 1 0 100%;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1);
  }
  /* Tiles of one width, each at least as wide as its longest word: labels wrap between words, not inside them. */
  .actions .action {
    flex: 1 1 0;
    min-width: min-content;
    flex-direction: column;
    gap: 0;
    padding: 0.25rem;
    font-size: 0.875em;
    overflow-wrap: break-word;
    text-align: center;
  }
  @container (min-width: 40rem) {
    .actions {
      flex: 0 1 auto;
    }
    .actions .action {
      flex: none;
      flex-direction: row;
      gap: 0.5em;
      padding: 0.5em 0.875em;
      font-size: inherit;
    }
  }

  /* Details */
  .details {
    display: grid;
    gap: var(--_s2);
    padding-top: var(--_s3);
    border-top: 1px solid var(--_border);
  }
  .details a {
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
  .detail-list {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .detail-list dt {
    font-weight: 600;
    margin-top: 0.5rem;
  }
  .detail-list dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .detail-list ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .description p {
    margin: 0 0 0.5rem;
  }
  .details > .action {
    justify-self: start;
  }
  .week {
    border-collapse: collapse;
    margin-block: 0.25rem;
  }
  /* A weekday's name breaks between words only, never inside one ("Wednes-day"). */
  .week th {
    text-align: start;
    font-weight: 400;
    padding-inline-end: 1rem;
    overflow-wrap: normal;
  }
  .special-hours caption,
  .building-hours {
    text-align: start;
    font-weight: 600;
  }
  /* A place's name in the caption is not squeezed into the width of two short columns. */
  .week.named {
    width: min(100%, 30rem);
  }
  /* A wide card: labels in a column of their own, as in a summary list. */
  @container (min-width: 40rem) {
    .detail-list {
      grid-template-columns: minmax(8rem, 25%) 1fr;
      gap: 0.75rem 1.5rem;
    }
    .detail-list dt {
      margin-top: 0;
    }
  }
  .place-hours + .place-hours {
    margin-top: 0.75rem;
  }
  .place-hours > p {
    margin: 0;
  }

  /* grid: cards of one row share a height; the actions line up at the bottom. */
  :host([layout='grid']) {
    height: 100%;
  }
  :host([layout='grid']) .card {
    height: 100%;
  }
  :host([layout='grid']) .footer {
    margin-top: auto;
  }

  /* compact: a dense divided list; the status line and the place share a line, every secondary action is under More. */
  :host([layout='compact']) .card {
    flex-flow: row wrap;
    gap: var(--_s1) var(--_s3);
    padding: var(--_s3) var(--_s1);
    background: none;
    border-width: 0 0 1px;
    border-radius: 0;
  }
  :host([layout='compact']) .card > * {
    flex: 1 0 100%;
  }
  :host([layout='compact']) .card > .hours {
    flex: 0 1 auto;
  }
  :host([layout='compact']) .card > .place-row {
    flex: 1 1 auto;
  }
  :host([layout='compact']) .title {
    font-size: 1.0625em;
  }
  :host([layout='compact']) .organization,
  :host([layout='compact']) .tags,
  :host([layout='compact']) .card:not(.expanded) > .summary {
    display: none;
  }
  :host([layout='compact']) .actions {
    flex: 0 1 auto;
  }
  :host([layout='compact']) .actions .action {
    flex-direction: row;
    gap: 0.375em;
    padding-inline: 0.75em;
  }

  @media print {
    /* Every card printed, not only those that were near the viewport. */
    :host {
      content-visibility: visible;
    }
    .footer > :not(.primary),
    .primary .icon {
      display: none;
    }
    .primary {
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
    }
    .card {
      break-inside: avoid;
    }
    .card:not(.expanded) > .summary {
      display: block;
    }
  }
`;
