import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { useBrowserAndServer } from './harness.js';

// Issue 7: a page for one country downloads that country's helplines and no other country's.
// A chunk holds a country's data when it carries a bundled helplines document ("bundled-<cc>").
const served = useBrowserAndServer();

/** Collects the countries whose bundled helplines the page downloads. */
function countryDownloads(page: Page): string[] {
  const countries: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.text().catch(() => '');
    for (const [, cc] of body.matchAll(/["'`]bundled-([a-z]{2})["'`]/g)) countries.push(cc.toUpperCase());
  });
  return countries;
}

describe('helpline data by country', () => {
  for (const [label, path] of [
    ['the finder module', '/test/e2e/pages/finder-one-country.html'],
    ['the single CDN file (demo page)', '/demo/index.html'],
  ] as const) {
    it(`${label}: downloads only the chosen country's helplines, then only the next one chosen`, async () => {
      const page = await served.browser.newPage();
      const countries = countryDownloads(page);
      await page.goto(`${served.url}${path}`);
      const finder = page.locator('cop-helpline-finder').first();
      const country = await finder.locator('[part="country"]').inputValue();
      expect(country).toMatch(/^[A-Z]{2}$/);
      await finder.locator('[part="helpline"], [part="fallback"]').first().waitFor();
      await page.waitForLoadState('networkidle');
      // A country without a confirmed line shows the fallback and has no data to download.
      const confirmed = (await finder.locator('[part="helpline"]').count()) > 0;
      expect(countries).toEqual(confirmed ? [country] : []);

      await finder.locator('[part="country"]').selectOption('ZA');
      await finder.getByText('Childline', { exact: false }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(countries.filter((cc) => cc !== country)).toEqual(['ZA']);
      await page.close();
    });
  }
});
