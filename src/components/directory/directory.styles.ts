import { css } from 'lit';

export const directoryStyles = css`
  /* !important in a shadow root wins over the page's !important: theme resets cannot hide the widget. */
  :host {
    display: block !important;
  }
  .base,
  .results-area {
    display: grid;
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
  .saved {
    display: grid;
    gap: var(--_gap);
  }
  .saved-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .filters {
    display: grid;
    gap: 0.75rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 36px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-weight: 400;
    cursor: pointer;
  }
  .chip:has(input:checked) {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    font-weight: 600;
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
  .filter-panel {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filter-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1.5rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    font-weight: 400;
  }
  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
    accent-color: var(--_accent);
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
  .layout-compact .results {
    gap: 0.25rem;
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
`;
