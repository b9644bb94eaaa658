import type { Page } from 'playwright';

// Hearing Storybook from a test: its preview sends the play function's outcome and the a11y
// addon's axe results over a channel object it sets on window; catching that setter lets a test
// collect the events, in window.storyEvents.

export interface StoryEvent {
  name: string;
  args: unknown[];
}

/** The events that tell how a story ended. */
export const STORY_EVENTS = ['storyFinished', 'playFunctionThrewException', 'storyThrewException', 'storyErrored', 'unhandledErrorsWhilePlaying'];

/**
 * Collects the story events of every page load into window.storyEvents. With `keepShadows`, it
 * also keeps each element's shadow tree at storyFinished (window.shadowsAtFinish), so a test can
 * check afterwards that axe saw the settled state.
 */
export async function hearStorybook(page: Page, keepShadows = false): Promise<void> {
  await page.addInitScript(
    ({ names, keepShadows }) => {
      const events: { name: string; args: unknown[] }[] = [];
      const win = window as unknown as { storyEvents: typeof events; shadowsAtFinish: string[] };
      win.storyEvents = events;
      let channel: { on(name: string, listener: (...args: unknown[]) => void): void } | undefined;
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set(value) {
          channel = value;
          for (const name of names)
            value.on(name, (...args: unknown[]) => {
              if (keepShadows && name === 'storyFinished') {
                win.shadowsAtFinish = [...document.querySelectorAll('#storybook-root *')]
                  .filter((el) => el.localName.startsWith('cop-'))
                  .map((el) => el.shadowRoot?.innerHTML ?? '');
              }
              events.push({ name, args: JSON.parse(JSON.stringify(args)) });
            });
        },
      });
    },
    { names: STORY_EVENTS, keepShadows },
  );
}
