import { css } from 'lit';

export const carouselStyles = css`
  :host {
    display: block;
    --_background: var(--cop-carousel-background, var(--_surface));
    --_color: var(--cop-carousel-color, var(--_text));
    --_accent: var(--cop-carousel-accent, var(--_primary));
    --_border: var(--cop-carousel-border, light-dark(#d0d7de, #3d444d));
    --_min-height: var(--cop-carousel-min-height, 12rem);
  }
  .carousel {
    gap: calc(var(--_space) * 0.75);
  }
  .pack-title {
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
    text-transform: none;
  }
  .slides {
    min-block-size: var(--_min-height);
    touch-action: pan-y;
  }
  .slide:not([data-current]) {
    display: none;
  }
  .title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .body {
    margin: 0;
    max-inline-size: 65ch;
  }
  .link {
    display: inline-block;
    margin-block-start: calc(var(--_space) * 0.5);
    color: var(--_accent);
  }
  .reason {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .counter {
    margin-inline-start: auto;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  button {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    padding: 0 calc(var(--_space) * 0.5);
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Chevrons point in reading direction: "next" points left in right-to-left text. */
  [dir='rtl'] .previous svg,
  [dir='rtl'] .next svg {
    transform: scaleX(-1);
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  [role='tab'] {
    min-inline-size: 1.5rem;
    min-block-size: 1.5rem;
    padding: 0;
    border-radius: 50%;
    border-width: 2px;
  }
  [role='tab'][aria-selected='true'] {
    background: currentColor;
  }
  @media (forced-colors: active) {
    .carousel {
      border-color: CanvasText;
    }
    button {
      color: ButtonText;
      border-color: ButtonText;
    }
    [role='tab'][aria-selected='true'] {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
  @media print {
    .controls,
    .reason {
      display: none;
    }
    .slide:not([data-current]) {
      display: block;
    }
    .slide + .slide {
      margin-block-start: var(--_space);
    }
  }
`;
