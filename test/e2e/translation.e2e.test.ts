import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './harness.js';

// A language the library does not ship, added from a translation document at run time.
const served = useBrowserAndServer();

describe('registerTranslation() with the built CDN file', () => {
  it('renders every element in a new language without a rebuild, falling back to English where a string is missing', async () => {
    const page = await served.browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${served.url}/test/e2e/pages/translation.html`);
    await page.waitForFunction(() => document.documentElement.dataset.translated === 'de');
    const text = (selector: string, inner: string) =>
      page.waitForFunction(
        ([host, part]) => {
          const node = document.querySelector(host)?.shadowRoot?.querySelector(part);
          return node && (node.getAttribute('aria-label') || node.textContent?.replace(/\s+/g, ' ').trim());
        },
        [selector, inner],
      ).then((handle) => handle.jsonValue());

    await expect.poll(() => text('cop-campaign-banner', '[part="dismiss"]')).toBe('Kampagnenhinweis schließen');
    await expect.poll(() => text('cop-quick-exit', '[part="link"]')).toBe('Notfall Diese Seite verlassen');
    await expect.poll(() => text('cop-tip-carousel', '[part="next"]')).toBe('Nächster Tipp');
    await expect.poll(() => text('cop-tip-carousel', '[part="slide"]')).toMatch(/^1 von \d+$/);
    await expect.poll(() => text('cop-risk-quiz', '[part="progress"]')).toBe('Fragen: 12. Es gibt kein Zeitlimit.');
    await expect.poll(() => text('cop-helpline-finder', '[part="title"]')).toBe('Ein Hilfetelefon finden');
    await expect.poll(() => text('cop-helpline-finder', '[part="count"]')).toMatch(/^Angezeigte Hilfetelefone: \d+$/);
    // Not in the document: stays English rather than breaking.
    expect(await text('cop-tip-carousel', '[part="previous"]')).toBe('Vorheriger Tipp');
    expect(await text('cop-helpline-finder', 'label[for="country"]')).toBe('Country');
    expect(problems).toEqual([]);
    await page.close();
  });
});
