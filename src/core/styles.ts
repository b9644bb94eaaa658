import { css } from 'lit';

/**
 * Shared by every element. Global tokens (`--cop-*`, set by deployers) are read once here into
 * private aliases (`--_*`); components read the aliases behind their own `--cop-<element>-*`
 * tokens. Colours use light-dark(), so elements turn dark only where the page declares
 * `color-scheme: light dark` (or `dark`) and the person prefers it — never on a light page.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--cop-color-primary, light-dark(#1d4ed8, #93c5fd));
    --_on-primary: var(--cop-color-on-primary, light-dark(#ffffff, #0b1220));
    --_surface: var(--cop-color-surface, light-dark(#ffffff, #1b1f24));
    --_text: var(--cop-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--cop-color-muted, light-dark(#57606a, #a3adb8));
    --_warning: var(--cop-color-warning, light-dark(#9a3412, #fdba74));
    --_success: var(--cop-color-success, light-dark(#166534, #86efac));
    --_focus: var(--cop-color-focus, light-dark(#1d4ed8, #93c5fd));
    --_font-family: var(--cop-font-family, inherit);
    --_font-size: var(--cop-font-size, 1rem);
    --_radius: var(--cop-radius, 0.375rem);
    --_space: var(--cop-space, 1rem);
    color-scheme: inherit;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    /* Set here, not inherited from the page: an indent or nowrap around the element would push
       labels out of their buttons and make it wider than a phone. */
    text-indent: 0;
    white-space: normal;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inset-inline-start: 0 !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
