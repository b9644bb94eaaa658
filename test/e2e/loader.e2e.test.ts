import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './harness.js';

const served = useBrowserAndServer();

describe('dist/cdn/loader.js', () => {
  it('loads only the elements on the page, then those added later, and says when they are ready', async () => {
    const page = await served.browser.newPage();
    const scripts: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.addInitScript(() => {
      const seen: string[][] = [];
      (window as unknown as { loaded: string[][] }).loaded = seen;
      document.addEventListener('cop-loaded', (event) => seen.push((event as CustomEvent<{ tags: string[] }>).detail.tags));
    });
    await page.goto(`${served.url}/test/e2e/pages/loader.html`);
    await page.waitForFunction(() => document.querySelector('cop-campaign-banner')?.shadowRoot?.querySelector('[part="base"]'));
    const elementFiles = () => scripts.filter((path) => path.startsWith('/dist/cdn/elements/') && !path.includes('/chunks/'));
    expect(elementFiles()).toEqual(['/dist/cdn/elements/campaign-banner.js']);
    expect(scripts.some((path) => /quiz|carousel|finder|quick-exit/.test(path))).toBe(false);

    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div><cop-quick-exit href="#x"></cop-quick-exit></div>'));
    await page.waitForFunction(() => customElements.get('cop-quick-exit'));
    expect(elementFiles()).toEqual(['/dist/cdn/elements/campaign-banner.js', '/dist/cdn/elements/quick-exit.js']);
    expect(await page.evaluate(() => (window as unknown as { loaded: string[][] }).loaded)).toEqual([['cop-campaign-banner'], ['cop-quick-exit']]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('publishes an SRI hash for every CDN file, matching its bytes', () => {
    const hashes = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8')) as Record<string, string>;
    for (const file of ['cop-widgets.js', 'loader.js', 'elements/campaign-banner.js']) {
      const digest = createHash('sha384').update(readFileSync(`dist/cdn/${file}`)).digest('base64');
      expect(hashes[file]).toBe(`sha384-${digest}`);
    }
  });
});
