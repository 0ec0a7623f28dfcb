import { css } from 'lit';

/**
 * The saved list's styles, in its lazy chunk: added to the directory's shadow root when the list is first
 * shown (see adopt-styles.ts).
 */
export const savedStyles = css`
  .saved {
    display: grid;
    gap: var(--_gap);
  }
  .saved-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .saved-header h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .saved-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .saved-cleared {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0;
    font-weight: 600;
  }
  .saved > p {
    margin: 0;
  }
`;

