import { css } from 'lit';

/**
 * The browse tiles' styles, in their lazy chunk. In a wide directory, tiles in columns; at a phone's width, one
 * row that scrolls sideways, so the first card stays in the first screen; narrower still (320 CSS px, a page
 * zoomed to 400%), a column again, so nothing needs scrolling sideways (WCAG 1.4.10). In the row, the focus
 * ring is drawn inside the tile, where the row cannot clip it. Tiles are positioned, so their visually hidden
 * text stays inside the row rather than widening the page.
 */
export const browseTilesStyles = css`
  .browse {
    min-width: 0;
  }
  .tiles {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0.5rem;
  }
  .tiles li {
    display: flex;
  }
  .tile {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    inline-size: 100%;
    min-height: 44px;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
    text-align: start;
  }
  .tile:hover {
    border-color: var(--_accent);
  }
  .tile.pending {
    min-inline-size: 9rem;
    border-style: dashed;
    background: none;
  }
  .tile .icon {
    color: var(--_accent);
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .tile-name {
    flex: 1;
  }
  .tile-count {
    color: var(--_muted);
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  @container (22rem < width <= 36rem) {
    .tiles {
      display: flex;
      overflow-x: auto;
      scroll-snap-type: x proximity;
      scrollbar-width: none;
    }
    .tile:focus-visible {
      outline-offset: -5px;
    }
    .tiles li {
      flex: none;
      scroll-snap-align: start;
    }
    .tile {
      white-space: nowrap;
      overflow-wrap: normal;
    }
  }
`;
