import { css } from 'lit';

export const bannerStyles = css`
  :host {
    display: block;
    --_accent: var(--cop-banner-accent, var(--_primary));
    --_background: var(--cop-banner-background, light-dark(#eef4ff, #17223a));
    --_color: var(--cop-banner-color, var(--_text));
    --_padding: var(--cop-banner-padding, var(--_space));
  }
  :host(:state(inactive)) {
    display: none !important;
  }
  .banner {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: calc(var(--_space) * 0.75);
    align-items: start;
    padding: var(--_padding);
    color: var(--_color);
    background: var(--_background);
    border: 1px solid color-mix(in srgb, var(--_accent) 35%, transparent);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .banner--warning {
    --_accent: var(--cop-banner-accent, var(--_warning));
    --_background: var(--cop-banner-background, light-dark(#fff4e8, #2e1e10));
  }
  .banner--success {
    --_accent: var(--cop-banner-accent, var(--_success));
    --_background: var(--cop-banner-background, light-dark(#edf8f0, #11261a));
  }
  .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_accent);
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .message ::slotted(*) {
    margin-block: 0;
  }
  .message p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .actions[hidden] {
    display: none;
  }
  .action {
    color: inherit;
    font-weight: 600;
    text-underline-offset: 0.15em;
  }
  .dismiss {
    display: grid;
    place-items: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    margin: calc(var(--_space) * -0.5);
    padding: 0;
    /* A button's own font would keep the × at 13px whatever size the text is. */
    font: inherit;
    color: inherit;
    background: transparent;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .dismiss:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .dismiss svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    .banner {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.375rem;
    }
    .icon {
      color: CanvasText;
    }
    .dismiss {
      border: 2px solid ButtonText;
    }
  }
  @media print {
    .dismiss {
      display: none;
    }
  }
`;
