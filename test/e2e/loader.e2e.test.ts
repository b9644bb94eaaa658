import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charactersBySource, originalOf } from '../../scripts/sources.mjs';
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

  it('links every CDN code file to a source map of that very code, pointing back to src/', () => {
    const files = readdirSync('dist/cdn', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js') && !/^(elements[\\/])?(content|data)[\\/]/.test(file))
      .map((file) => `dist/cdn/${file}`);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code.trimEnd().endsWith(`//# sourceMappingURL=${basename(file)}.map`), file).toBe(true);
      expect(existsSync(`${file}.map`), file).toBe(true);
      // A map of other code (say, before a second minifier) points past the ends of these lines.
      const chars = charactersBySource(file);
      expect([...chars.values()].every((count) => count >= 0), file).toBe(true);
      const mapped = [...chars].filter(([source]) => /(^|\/)(src|node_modules)\//.test(source)).reduce((sum, [, count]) => sum + count, 0);
      // Small files are mostly import and export lines, which map to nothing.
      expect(mapped / code.length, file).toBeGreaterThan(code.length > 2000 ? 0.75 : 0.3);
    }
  });

  it('maps built code back to the very line of src/ it came from, after collapsed templates too', () => {
    // Strings that come after multi-line html`…` templates in their source files.
    for (const [file, needle, source] of [
      ['dist/cdn/elements/helpline-finder.js', 'finder.kind.child', 'src/components/helpline-finder/helpline-finder.element.ts'],
      ['dist/cdn/cop-widgets.js', 'finder.kind.child', 'src/components/helpline-finder/helpline-finder.element.ts'],
      ['dist/cdn/elements/quick-exit.js', 'quick-exit.label', 'src/components/quick-exit/quick-exit.element.ts'],
    ]) {
      const line = readFileSync(source, 'utf8').split('\n').findIndex((text) => text.includes(needle)) + 1;
      const found = originalOf(file, needle);
      expect(found?.source.endsWith(source), `${file}: ${found?.source}`).toBe(true);
      expect(found?.line, `${file}: ${needle}`).toBe(line);
    }
  });

  it('publishes an SRI hash for every CDN file, matching its bytes', () => {
    const hashes = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8')) as Record<string, string>;
    for (const file of ['cop-widgets.js', 'loader.js', 'elements/campaign-banner.js']) {
      const digest = createHash('sha384').update(readFileSync(`dist/cdn/${file}`)).digest('base64');
      expect(hashes[file]).toBe(`sha384-${digest}`);
    }
  });
});
