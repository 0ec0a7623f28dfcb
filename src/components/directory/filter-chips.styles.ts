import { css } from 'lit';

/** The removable filter chips' styles, in their lazy chunk: small pills in one wrapping row. */
export const filterChipsStyles = css`
  .active-filters {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .remove-filter {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 36px;
    padding-block: 0.25rem;
    padding-inline: 0.75rem 0.5rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    color: var(--_text);
  }
  .remove-filter .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }
`;
