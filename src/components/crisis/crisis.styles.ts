import { css } from 'lit';

export const crisisStyles = css`
  .crisis {
    display: grid;
    gap: 0.35rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_crisis);
    border-radius: var(--_radius);
  }
  .crisis.urgent {
    border-width: 2px;
    border-inline-start-width: 8px;
    border-color: var(--_crisis);
    padding: var(--_space);
    font-size: 1.1em;
  }
  .crisis.folded {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .folded .crisis-line {
    display: contents;
  }
  .crisis-title {
    margin: 0;
  }
  .crisis-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .crisis-name {
    font-weight: 600;
  }
  .crisis-detail {
    color: var(--_muted);
  }
  .crisis-actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .crisis-action {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.75rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_crisis);
    color: var(--_crisis);
    font-weight: 700;
    text-decoration: none;
  }
  .crisis-more {
    display: grid;
    gap: 0.35rem;
  }
  .crisis-toggle {
    justify-self: start;
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
`;
