import { css } from 'lit';

export const cardStyles = css`
  /* !important in a shadow root wins over the page's !important: theme resets cannot hide the widget. */
  :host {
    display: block !important;
  }
  .card {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .organization,
  .meta {
    margin: 0;
    color: var(--_muted);
  }
  .badge {
    justify-self: start;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_warning);
  }
  .alert {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_warning);
    background: color-mix(in srgb, var(--_warning) 10%, var(--_surface));
  }
  .summary {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .contact {
    margin: 0;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
  }
  .contact dt {
    font-weight: 600;
  }
  .contact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .contact a,
  .details a {
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .action,
  .toggle {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4rem 0.9rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .action[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .toggle {
    justify-self: start;
    border-color: transparent;
    padding-inline: 0;
    text-decoration: underline;
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
  .verified {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .verified.old strong {
    color: var(--_warning);
  }
  .hours {
    margin: 0;
    font-weight: 600;
  }
  .hours.open {
    color: var(--rd-open-color, light-dark(#0a6b2d, #7ee2a0));
  }
  .week {
    border-collapse: collapse;
    margin-block: 0.25rem;
  }
  .week th {
    text-align: start;
    font-weight: 400;
    padding-inline-end: 1rem;
  }
  .special-hours caption,
  .building-hours {
    text-align: start;
    font-weight: 600;
  }
  .tags {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .tags li {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.875em;
  }
  @media print {
    .actions,
    .toggle {
      display: none;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
