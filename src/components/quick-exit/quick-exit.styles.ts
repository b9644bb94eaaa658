import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    --_background: var(--cop-quick-exit-background, var(--_warning));
    --_color: var(--cop-quick-exit-color, light-dark(#ffffff, #0b1220));
    display: block;
    position: sticky;
    inset-block-start: 0;
    z-index: var(--cop-quick-exit-z-index, 1000);
    /* The bar spans the row; only the link takes the pointer, so the page under the empty part
       of a stuck bar stays clickable. */
    pointer-events: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    align-items: stretch;
  }
  .control {
    position: relative;
    display: flex;
    flex-direction: column;
  }
  .link {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1.25rem;
    color: var(--_color);
    background: var(--_background);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 0 color-mix(in srgb, var(--_background) 55%, #000000);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    pointer-events: auto;
    cursor: pointer;
  }
  .link:hover {
    background: color-mix(in srgb, var(--_background) 85%, #000000);
  }
  /* Under the link, over the page: showing it moves nothing. */
  .indicator {
    position: absolute;
    inset-block-start: 100%;
    inset-inline: 0;
    display: flex;
    gap: 0.375rem;
    inline-size: fit-content;
    margin-inline: auto;
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    background: var(--_background);
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .indicator[hidden] {
    display: none;
  }
  .light {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 2px solid var(--_color);
    border-radius: 50%;
  }
  .light--on {
    background: var(--_color);
  }
  @media (width >= 40rem) {
    .base {
      align-items: flex-end;
    }
  }
  @media (forced-colors: active) {
    .link {
      border-color: LinkText;
    }
    .indicator {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .light {
      border-color: CanvasText;
    }
    .light--on {
      background: CanvasText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
