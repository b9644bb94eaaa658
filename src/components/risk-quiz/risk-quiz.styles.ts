import { css } from 'lit';

export const quizStyles = css`
  :host {
    display: block;
    --_background: var(--cop-quiz-background, var(--_surface));
    --_color: var(--cop-quiz-color, var(--_text));
    --_accent: var(--cop-quiz-accent, var(--_primary));
    --_border: var(--cop-quiz-border, light-dark(#d0d7de, #3d444d));
  }
  .title {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subtitle {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  .result {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .progress {
    color: var(--_muted);
    font-weight: 600;
  }
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: calc(var(--_space) * 0.5);
    padding: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .scenario {
    font-weight: 400;
    font-style: italic;
  }
  .hint {
    font-size: 0.875rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .choice {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
    min-block-size: 2.75rem;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .verdict {
    font-weight: 700;
  }
  .feedback:empty {
    display: none;
  }
  .feedback {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    color: var(--_accent);
    background: transparent;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .primary {
    color: var(--_on-primary);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  ul {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .share {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  /* A heading or result focused by script shows no ring to a pointer user; the shared
     :focus-visible ring still shows when the browser judges one useful. */
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  @media (forced-colors: active) {
    .quiz,
    .choice {
      border-color: CanvasText;
    }
    .choice:has(input:checked) {
      outline: 2px solid Highlight;
    }
    .primary {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
  @media print {
    .actions {
      display: none;
    }
    .quiz {
      border: 0;
    }
  }
`;
