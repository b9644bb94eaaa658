import { css } from 'lit';

/** The card that holds a carousel, a quiz or a finder; each element sets the --_ colours. */
export const panelStyles = css`
  .panel {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    color: var(--_color);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-block-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
  }
`;

/** The message and "Try again" button shown when a content document could not be used. */
export const contentErrorStyles = css`
  .error {
    margin: 0;
    padding: calc(var(--_space) * 0.5) 0;
    color: var(--_text);
  }
  .retry {
    min-block-size: 2.75rem;
    margin-block-end: calc(var(--_space) * 0.5);
    padding: 0 1rem;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
`;
