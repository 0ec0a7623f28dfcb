import { css } from 'lit';

// Comments stay outside the CSS, which ships as written in the entry bundle:
// - `.skip`: the skip link is visually hidden (.visually-hidden) until it has focus, then takes its place on top;
// - the filter panel and the saved list bring their own styles with their lazy chunks (filter-panel.styles.ts,
//   saved/saved.styles.ts);
// - in a narrow directory (a phone, `@container`): the keyword, "Near" and Search in one row, the place and "Use
//   my location" below only when Near is pressed, the toolbar in one row, the map's source under the toggle.
export const directoryStyles = css`
  /* !important in a shadow root wins over the page's !important: theme resets cannot hide the widget. */
  :host {
    display: block !important;
    container-type: inline-size;
  }
  .base,
  .results-area {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    min-width: 0;
  }
  .quick-exit {
    position: sticky;
    top: 0;
    z-index: 1;
    justify-self: end;
    background: var(--_crisis);
    border-color: var(--_crisis);
    color: light-dark(#fff, #000);
    white-space: nowrap;
  }
  /* Read by scroll-margin in base styles: room for the sticky quick exit */
  .quick-exit ~ * {
    --_sticky-clearance: calc(max(44px, 1.5em + 1rem + 4px) + 0.5rem);
  }
  .skip:focus-within {
    position: static !important;
    width: auto;
    height: auto;
    margin: 0;
    overflow: visible;
    clip: auto;
    white-space: normal;
  }
  .search-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 16rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  .field.place {
    flex: 0 1 11rem;
  }
  .near-toggle {
    display: none;
  }
  .place-row {
    display: contents;
  }
  input,
  button {
    font: inherit;
    min-height: 44px;
    border-radius: var(--_radius);
  }
  input {
    width: 100%;
    padding: 0.5rem 0.75rem;
    color: var(--rd-field-text-color, FieldText);
    background: var(--rd-field-color, Field);
    border: 1px solid var(--_border);
  }
  button {
    cursor: pointer;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  button.secondary,
  a.button {
    background: transparent;
    color: var(--_accent);
  }
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
    text-decoration: none;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .browse-slot {
    min-height: 44px;
  }
  .filters {
    display: grid;
    gap: 0.75rem;
  }
  .filter-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.75rem;
  }
  .select.inline {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .language {
    margin-inline-start: auto;
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  .select {
    display: grid;
    gap: 0.25rem;
  }
  select {
    font: inherit;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    color: var(--rd-field-text-color, FieldText);
    background: var(--rd-field-color, Field);
  }
  .notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_warning);
  }
  .layout-grid .results {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  /* Compact cards are rows of one list, divided by their bottom borders. */
  .layout-compact .results {
    gap: 0;
  }
  .more {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
  }
  @media print {
    .search-form,
    .filters,
    .more,
    .message button {
      display: none;
    }
    .results {
      display: block;
    }
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .message {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .message p {
    margin: 0 0 0.5rem;
  }
  .skeleton {
    height: 7rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 8%, transparent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
    @keyframes pulse {
      to {
        opacity: 0.5;
      }
    }
  }
  @container (max-width: 36rem) {
    .base {
      gap: calc(var(--_space) * 0.75);
    }
    .search-form,
    .place-row[data-open] {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto auto;
      gap: 0.25rem 0.5rem;
    }
    .search-form .field {
      display: contents;
    }
    .search-form label,
    .place-row {
      grid-column: 1 / -1;
    }
    .place-row {
      display: none;
    }
    .near-toggle {
      display: block;
    }
    [part='locate-button'] {
      grid-column: 2 / -1;
    }
    .filter-bar {
      justify-content: start;
      gap: 0.5rem;
    }
    .language {
      gap: 0.25rem;
    }
    .language select {
      max-width: 7rem;
    }
    .results-bar > .view-toggle {
      display: contents;
    }
    .results-bar .map-source {
      flex: 1 1 100%;
      margin-block-start: -0.25rem;
      text-align: end;
    }
    .filter-bar button,
    .search-form .secondary {
      padding-inline: 0.75rem;
    }
  }
`;
