import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { useBrowserAndServer } from './harness.js';
import { recordQuality } from '../quality/node.js';

/*
 * What a screen reader is given: the accessibility tree of each element, from the built CDN file,
 * in a typical state and after one key press, compared with the reviewed files in __aria__/.
 * Each file holds Playwright's ariaSnapshot() (roles, names, levels, checked/disabled/selected,
 * link targets) and, below it, what ariaSnapshot leaves out but design/accessibility.md asks for:
 * aria-roledescription and live-region settings, read from Chromium's own accessibility tree.
 *
 * When an element's tree changes on purpose, run `npx vitest run test/e2e/aria-snapshots.e2e.test.ts -u`
 * and review the diff of __aria__/ like code: roles, names and states are the interface.
 */

const served = useBrowserAndServer();
const HERE = dirname(fileURLToPath(import.meta.url));

/** Saturday 5 December 2026, 10:00 in Nairobi: the test records' WhatsApp line is closed, their chat open. */
const NOW = new Date('2026-12-05T07:00:00Z');

interface Step {
  /** What the state is, written above its tree in the file. */
  label: string;
  /** The key interaction that leads to this state (none: the state after loading). */
  act?: (page: Page) => Promise<void>;
  /** True in the page once the state is reached (a function: the strict CSP forbids evaluating strings). */
  reached: () => unknown;
}

interface Case {
  name: string;
  tag: string;
  locales: string[];
  steps: Step[];
}

// Each `reached` runs in the page on its own (Playwright sends its source), so it names its element itself.

const CASES: Case[] = [
  {
    name: 'quick-exit',
    tag: 'cop-quick-exit',
    locales: ['en', 'ar'],
    steps: [
      { label: 'loaded', reached: () => document.querySelector('cop-quick-exit')?.shadowRoot?.querySelector('[part~="link"]') },
      {
        label: 'after Shift pressed once (counting)',
        act: (page) => page.keyboard.press('Shift'),
        reached: () => document.querySelector('cop-quick-exit')!.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim(),
      },
    ],
  },
  {
    name: 'campaign-banner',
    tag: 'cop-campaign-banner',
    locales: ['en'],
    steps: [
      { label: 'shown, dismissible, with an action link', reached: () => document.querySelector('cop-campaign-banner')?.shadowRoot?.querySelector('[part~="base"]') },
      {
        label: 'after Enter on the dismiss button (nothing left)',
        act: async (page) => {
          await page.locator('cop-campaign-banner [part="dismiss"]').focus();
          await page.keyboard.press('Enter');
        },
        reached: () => !document.querySelector('cop-campaign-banner')!.shadowRoot!.querySelector('[part~="base"]'),
      },
    ],
  },
  {
    name: 'tip-carousel',
    tag: 'cop-tip-carousel',
    locales: ['en', 'ar'],
    steps: [
      { label: 'built-in tips for children, first tip', reached: () => document.querySelector('cop-tip-carousel')?.shadowRoot?.querySelector('[part~="slide"]') },
      {
        label: 'after Enter on "Next tip"',
        act: async (page) => {
          await page.locator('cop-tip-carousel [part="next"]').focus();
          await page.keyboard.press('Enter');
        },
        reached: () => document.querySelector('cop-tip-carousel')!.shadowRoot!.querySelector('[part="slide"][data-current]')?.id === 'slide-1',
      },
    ],
  },
  {
    name: 'risk-quiz',
    tag: 'cop-risk-quiz',
    locales: ['en', 'ar'],
    steps: [
      { label: 'built-in quiz for children, before it starts', reached: () => document.querySelector('cop-risk-quiz')?.shadowRoot?.querySelector('[part~="intro"]') },
      {
        label: 'after Enter on "Start the quiz": the first question',
        act: async (page) => {
          await page.locator('cop-risk-quiz .actions button').focus();
          await page.keyboard.press('Enter');
        },
        reached: () => document.querySelector('cop-risk-quiz')?.shadowRoot?.querySelector('[part~="question"]'),
      },
      {
        label: 'after Space on the first choice and Enter (check the answer): feedback',
        act: async (page) => {
          await page.locator('cop-risk-quiz input').first().focus();
          await page.keyboard.press('Space');
          await page.keyboard.press('Enter');
        },
        reached: () => document.querySelector('cop-risk-quiz')!.shadowRoot!.querySelector('[part="feedback"]')?.textContent?.trim(),
      },
    ],
  },
  {
    name: 'helpline-finder',
    tag: 'cop-helpline-finder',
    locales: ['en', 'ar'],
    steps: [
      {
        label: "a deployer's two test records for Kenya (bundled=\"false\")",
        reached: () => document.querySelector('cop-helpline-finder')?.shadowRoot?.querySelectorAll('[part="helpline"]').length === 2,
      },
      {
        label: 'after typing "chat" in the search field',
        act: async (page) => {
          await page.locator('cop-helpline-finder [part="search"]').focus();
          await page.keyboard.type('chat');
        },
        reached: () => document.querySelector('cop-helpline-finder')!.shadowRoot!.querySelectorAll('[part="helpline"]').length === 1,
      },
    ],
  },
];

/**
 * Chromium's DevTools protocol (156 here) hands the text of some properties (roledescription) over as the
 * UTF-8 bytes read one by one as Latin-1, while names come through right (the DOM holds the right
 * text): read such a string back as UTF-8. Text that is not of that kind is returned as it is.
 */
function utf8(text: string): string {
  if (![...text].every((c) => c.charCodeAt(0) < 0x100)) return text;
  const decoded = Buffer.from(text, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? text : decoded;
}

/**
 * What ariaSnapshot() does not show: aria-roledescription and live regions, from Chromium's
 * accessibility tree under the element (its shadow tree included).
 */
async function roleDescriptionsAndLiveRegions(page: Page, tag: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector('${tag}')` });
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const lines: string[] = [];
    const walk = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      if (!n.ignored) {
        const wanted = (n.properties ?? []).filter((p) => p.name === 'roledescription' || p.name === 'live');
        if (wanted.length) {
          const name = n.name?.value ? ` ${JSON.stringify(n.name.value)}` : '';
          lines.push(`- ${n.role?.value}${name}: ${wanted.map((p) => `${p.name}=${utf8(String(p.value.value))}`).join(', ')}`);
        }
      }
      for (const child of n.childIds ?? []) walk(child);
    };
    const host = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (host) walk(host.nodeId);
    return lines;
  } finally {
    await cdp.detach();
  }
}

const figures = { compared: 0, mismatches: 0, states: 0, missing: 0 };

afterAll(() => {
  recordQuality({
    id: 'a11y-aria-snapshots',
    area: 'Accessibility',
    check:
      'Accessibility tree of each element from the built CDN file (roles, names, states, roledescriptions, live regions), loaded and after a key press, English and Arabic, against the reviewed files in test/e2e/__aria__/',
    figures: {
      'snapshot files compared': figures.compared,
      'states captured': figures.states,
      mismatches: figures.mismatches,
      'files missing': figures.missing,
    },
    failures: ['mismatches', 'files missing'],
  });
});

describe('accessibility trees of the elements (test/e2e/__aria__/)', () => {
  for (const testCase of CASES) {
    for (const locale of testCase.locales) {
      it(`<${testCase.tag}> in ${locale}`, async () => {
        const context = await served.browser.newContext({ timezoneId: 'Africa/Nairobi', locale: 'en-GB' });
        const page = await context.newPage();
        await page.clock.setFixedTime(NOW);
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
        await page.goto(`${served.url}/test/e2e/pages/aria.html?lang=${locale}`);

        const parts: string[] = [`# <${testCase.tag}> on test/e2e/pages/aria.html, lang="${locale}"`];
        for (const step of testCase.steps) {
          if (step.act) await step.act(page);
          await page.waitForFunction(step.reached, null, { timeout: 20_000 });
          const element = page.locator(testCase.tag);
          await page.evaluate((tag) => (document.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete, testCase.tag);
          const tree = (await element.ariaSnapshot()).replaceAll(served.url, '');
          const extra = await roleDescriptionsAndLiveRegions(page, testCase.tag);
          parts.push(
            `# ${step.label}`,
            tree || '# (an empty tree: the element shows nothing)',
            ...(extra.length ? ['# roledescription and live regions (Chromium accessibility tree)', ...extra.map((line) => `# ${line}`)] : []),
          );
          figures.states++;
        }
        await context.close();
        const text = `${parts.join('\n')}\n`;

        const file = join(HERE, '__aria__', `${testCase.name}.${locale}.yml`);
        figures.compared++;
        if (!existsSync(file)) figures.missing++;
        else if (readFileSync(file, 'utf8') !== text) figures.mismatches++;
        expect(problems).toEqual([]);
        await expect(text).toMatchFileSnapshot(file);
      });
    }
  }
});
