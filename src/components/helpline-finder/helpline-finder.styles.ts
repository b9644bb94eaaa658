import { css } from 'lit';

export const finderStyles = css`
  :host {
    display: block;
    --_background: var(--cop-finder-background, var(--_surface));
    --_color: var(--cop-finder-color, var(--_text));
    --_accent: var(--cop-finder-accent, var(--_primary));
    --_border: var(--cop-finder-border, light-dark(#d0d7de, #3d444d));
    --_open: var(--cop-finder-open, var(--_success));
  }
  .title {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  .controls {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  select,
  input[type='search'] {
    min-block-size: 2.75rem;
    /* Not as wide as the longest country name: that would make the finder wider than a phone. */
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: 0.25rem 0.5rem;
    font: inherit;
    color: inherit;
    background: var(--_background);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .check {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .hint,
  .count,
  .meta,
  .notes,
  .source {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .list,
  .contacts {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .helpline {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .name {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .contacts {
    gap: calc(var(--_space) * 0.75);
  }
  .contact {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  .action {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    font-weight: 700;
    color: var(--_on-primary);
    text-decoration: none;
    background: var(--_accent);
    border-radius: var(--_radius);
  }
  .number {
    font-variant-numeric: tabular-nums;
    unicode-bidi: isolate;
    direction: ltr;
  }
  .status {
    font-weight: 600;
  }
  .status--open {
    color: var(--_open);
  }
  .source a {
    color: inherit;
  }
  @media (forced-colors: active) {
    .finder {
      border-color: CanvasText;
    }
    .action {
      color: LinkText;
      background: Canvas;
      border: 2px solid LinkText;
    }
  }
  @media print {
    .controls {
      display: none;
    }
  }
`;
