import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright';
import { useBrowserAndServer } from './harness.js';
import { recordQuality } from '../quality/node.js';

// What a deployer's page meets on a bad day, with the built CDN file under the strict CSP: a
// content server that answers 404, 500, nothing at all, an HTML page or 5 MB; storage that throws,
// is full or is missing; the network gone after the first load. Each time the element says so in
// its language (with "Try again" where trying again can help), a `cop-error` tells the deployer,
// nothing is thrown into the page, and the host page's own button still works.
const served = useBrowserAndServer();

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const ARABIC = /[\u0600-\u06ff]/;

/** The elements that take a `src`, each with a document that loads once the fault is gone, and what shows it loaded. */
const ELEMENTS = [
  { kind: 'banner', tag: 'cop-campaign-banner', attributes: { campaign: 'faults', remember: 'none' }, document: json('test/fixtures/banner.json') },
  { kind: 'tips', tag: 'cop-tip-carousel', attributes: {}, document: json('src/content/tips/core/teens/en.json') },
  { kind: 'quiz', tag: 'cop-risk-quiz', attributes: {}, document: json('src/content/quiz/core/teens/en.json') },
  { kind: 'helplines', tag: 'cop-helpline-finder', attributes: { country: 'FR', bundled: 'false' }, document: json('test/fixtures/helplines-fr.json') },
] as const;

/** The text that shows each element's document once it has loaded. */
const LOADED: Record<string, string> = {
  banner: '#heading',
  tips: '[part="slide"] [part="title"]',
  quiz: '[part="title"]',
  helplines: '[part="helpline"] .name',
};
const loadedText = (kind: (typeof ELEMENTS)[number]['kind']): string => {
  const doc = ELEMENTS.find((e) => e.kind === kind)!.document as Record<string, never>;
  if (kind === 'banner') return doc.heading;
  if (kind === 'tips') return (doc.tips as { title: string }[])[0].title;
  if (kind === 'quiz') return doc.title;
  return (doc.helplines as { name: string }[])[0].name;
};

const FAULTS = ['HTTP 404', 'HTTP 500', 'no answer', 'HTML instead of JSON', '5 MB of JSON'] as const;
type Fault = (typeof FAULTS)[number];

interface Recorded {
  copErrors: { tag: string; id: string; code: string; message: string }[];
  uncaught: string[];
}

/** Opens the host page, recording `cop-error` events and uncaught errors from before the library loads. */
async function openHostPage(setup?: (page: Page) => Promise<unknown>): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await served.browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const recorded = { copErrors: [] as unknown[], uncaught: [] as string[] };
    (window as unknown as { recorded: typeof recorded }).recorded = recorded;
    addEventListener('error', (event) => recorded.uncaught.push(`error: ${event.message}`));
    addEventListener('unhandledrejection', (event) => recorded.uncaught.push(`unhandledrejection: ${String(event.reason)}`));
    document.addEventListener('cop-error', (event) => {
      const target = event.target as Element;
      recorded.copErrors.push({ tag: target.localName, id: target.id, ...(event as CustomEvent).detail });
    });
  });
  await setup?.(page);
  await page.goto(`${served.url}/test/e2e/pages/faults.html`);
  // Polled from here, not in the page: the page's own timers may be a fake clock.
  await expect
    .poll(() => page.evaluate(() => Boolean(customElements.get('cop-helpline-finder') && customElements.get('cop-campaign-banner'))), { timeout: 30_000 })
    .toBe(true);
  return { page, pageErrors };
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { recorded: Recorded }).recorded);

/** Clicks the host page's own button; whether its counter went up. */
async function hostButtonWorks(page: Page): Promise<boolean> {
  const before = Number(await page.locator('#host-count').textContent());
  await page.locator('#host-button').click();
  return Number(await page.locator('#host-count').textContent()) === before + 1;
}

/** An element to put on the page: tag, id, attributes and (plain) light-DOM content. */
interface Added {
  tag: string;
  id: string;
  attributes: Record<string, string>;
  inner?: string;
}

/** Adds elements to the page's stage. */
function addElements(page: Page, elements: Added[]) {
  return page.evaluate((list) => {
    const stage = document.getElementById('stage')!;
    for (const { tag, id, attributes, inner } of list) {
      const el = document.createElement(tag);
      el.id = id;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      if (inner) el.innerHTML = inner;
      stage.append(el);
    }
  }, elements);
}

/** What each element shows: its error line, its "Try again" button, and the text that shows a loaded document. */
function shown(page: Page, ids: string[], loaded: Record<string, string>) {
  return page.evaluate(
    ([ids, loaded]) =>
      Object.fromEntries(
        ids.map((id) => {
          const root = document.getElementById(id)!.shadowRoot;
          const text = (selector: string) => root?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
          return [id, { error: text('[part="error"]'), retry: text('[part="retry"]'), loaded: text(loaded[id]) }];
        }),
      ),
    [ids, loaded] as const,
  );
}

describe('a content server that fails', () => {
  it('404, 500, no answer, HTML, 5 MB: a localized error with "Try again" that works once the fault is gone, a cop-error, and a host page that goes on', async () => {
    // A fake clock, so that the element's 10 s limit for a `src` answer can be passed at once.
    const { page, pageErrors } = await openHostPage((page) => page.clock.install());
    let healed = false;
    const hanging: Route[] = [];
    const requests: Record<string, number> = {};
    await page.route('**/faulty/**', async (route) => {
      const [kind, fault] = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop()!).split('~');
      requests[kind + fault] = (requests[kind + fault] ?? 0) + 1;
      const element = ELEMENTS.find((e) => e.kind === kind)!;
      if (healed) return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(element.document) });
      switch (fault as Fault) {
        case 'HTTP 404':
          return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
        case 'HTTP 500':
          return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
        case 'HTML instead of JSON':
          return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Sign in to the Wi-Fi</title><form><input name="code"></form>' });
        case '5 MB of JSON':
          return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...element.document, padding: 'x'.repeat(5 * 1024 * 1024) }) });
        default:
          hanging.push(route); // never answered
      }
    });

    const cases = ELEMENTS.flatMap((element) =>
      FAULTS.flatMap((fault) =>
        ['en', 'ar'].map((lang) => ({
          ...element,
          fault,
          lang,
          id: `${element.kind}-${FAULTS.indexOf(fault)}-${lang}`,
          src: `/faulty/${element.kind}~${fault}`,
        })),
      ),
    );
    const ids = cases.map((c) => c.id);
    const loaded = Object.fromEntries(cases.map((c) => [c.id, LOADED[c.kind]]));
    await addElements(
      page,
      cases.map(({ tag, id, attributes, src, lang }) => ({ tag, id, attributes: { ...attributes, src, lang } })),
    );
    // Every answer but the missing one arrives; then 11 s pass.
    await expect.poll(() => shown(page, ids, loaded).then((s) => Object.values(s).filter((v) => v.error).length), { timeout: 30_000 }).toBe(
      cases.filter((c) => c.fault !== 'no answer').length,
    );
    await page.clock.fastForward(11_000);
    await expect.poll(() => shown(page, ids, loaded).then((s) => Object.values(s).filter((v) => v.error).length), { timeout: 30_000 }).toBe(cases.length);

    const failed = await shown(page, ids, loaded);
    const hostWorkedDuringFaults = await hostButtonWorks(page);
    const events = (await recorded(page)).copErrors;

    // The fault is gone: a person presses "Try again" in each element.
    healed = true;
    for (const { id } of cases) await page.locator(`#${id}`).locator('[part="retry"]').click();
    await expect.poll(() => shown(page, ids, loaded).then((s) => Object.values(s).filter((v) => v.loaded && !v.error && !v.retry).length), { timeout: 30_000 }).toBe(
      cases.length,
    );
    const after = await shown(page, ids, loaded);
    const hostWorkedAfter = await hostButtonWorks(page);
    const { uncaught } = await recorded(page);
    for (const route of hanging) await route.abort().catch(() => undefined);
    await page.close();

    const problems: string[] = [];
    for (const fault of FAULTS) {
      const these = cases.filter((c) => c.fault === fault);
      let errorsShown = 0;
      let localized = 0;
      let copErrors = 0;
      let retried = 0;
      for (const c of these) {
        const seen = failed[c.id];
        const reports = events.filter((e) => e.id === c.id);
        const english = failed[c.id.replace(/-ar$/, '-en')];
        if (seen.error && seen.retry) errorsShown++;
        else problems.push(`${c.id} (${fault}): no error line or no "Try again": ${JSON.stringify(seen)}`);
        // Arabic for lang="ar", and not the English words; English for lang="en".
        const inLanguage =
          c.lang === 'ar'
            ? ARABIC.test(seen.error ?? '') && ARABIC.test(seen.retry ?? '') && seen.error !== english.error && seen.retry !== english.retry
            : !ARABIC.test(`${seen.error}${seen.retry}`);
        if (inLanguage) localized++;
        else problems.push(`${c.id} (${fault}): not in ${c.lang}: ${JSON.stringify(seen)}`);
        copErrors += reports.length;
        // One report, saying the load failed, in the element's language.
        if (reports.length !== 1 || reports[0].code !== 'load-failed' || !reports[0].message.trim() || ARABIC.test(reports[0].message) !== (c.lang === 'ar')) {
          problems.push(`${c.id} (${fault}): cop-error ${JSON.stringify(reports)}`);
        }
        if (after[c.id].loaded === loadedText(c.kind) && !after[c.id].error) retried++;
        else problems.push(`${c.id} (${fault}): after "Try again": ${JSON.stringify(after[c.id])}`);
      }
      recordQuality({
        id: `faults-src-${fault.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        area: 'Faults',
        check: `A \`src\` that gives ${fault === 'no answer' ? 'no answer (10 s limit, passed with a fake clock)' : fault}: banner, carousel, quiz and finder, in English and Arabic, then "Try again" once the server is fixed`,
        figures: {
          cases: these.length,
          'errors shown': errorsShown,
          'in the element\'s language': localized,
          'cop-error events': copErrors,
          'retries that loaded': retried,
          'cases failing a check': new Set(problems.filter((p) => p.includes(`(${fault})`)).map((p) => p.split(' ')[0])).size,
          'uncaught errors': uncaught.length + pageErrors.length,
          'host breakages': Number(!hostWorkedDuringFaults) + Number(!hostWorkedAfter),
        },
        failures: ['cases failing a check', 'uncaught errors', 'host breakages'],
      });
    }

    expect(problems).toEqual([]);
    expect(uncaught).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(hostWorkedDuringFaults && hostWorkedAfter).toBe(true);
    // Each element asked twice: once into the fault, once after it was fixed.
    expect(Object.values(requests).every((n) => n === 4)).toBe(true);
  });
});

/** Ways the browser's storage fails: set up before any script of the page runs. */
const STORAGE_FAULTS = {
  'getters throw SecurityError': () => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  },
  'setItem throws SecurityError': () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  },
  'full (QuotaExceededError)': () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  absent: () => {
    for (const name of ['localStorage', 'sessionStorage']) Object.defineProperty(window, name, { configurable: true, value: undefined });
  },
} as const;

const BANNER = '<span slot="heading">Stay safe online</span><p>Talk about the apps you use.</p>';

describe('storage that fails', () => {
  for (const [fault, install] of Object.entries(STORAGE_FAULTS)) {
    it(`${fault}: banners show, dismiss and stay dismissed for the page; the quiz (with resume) completes; nothing thrown`, async () => {
      const { page, pageErrors } = await openHostPage((page) => page.addInitScript(install));
      // The fault is really there.
      const probe = await page.evaluate(() => {
        try {
          localStorage.setItem('cop-widgets:probe', '1');
          return 'stored';
        } catch (error) {
          return (error as Error).name;
        }
      });
      expect(probe).not.toBe('stored');

      const banners = ['session', 'local'].map((remember) => ({
        tag: 'cop-campaign-banner', id: `banner-${remember}`, attributes: { campaign: `storage-${remember}`, remember, dismissible: '' }, inner: BANNER,
      }));
      await addElements(page, [...banners, { tag: 'cop-risk-quiz', id: 'quiz', attributes: { audience: 'teens', resume: '' } }]);
      const visible = (id: string) => page.locator(`#${id}`).locator('[part="base"]').isVisible();
      await page.locator('#quiz').locator('[part="intro"]').waitFor();
      let shownCount = 0;
      let dismissed = 0;
      let kept = 0;
      let bannersOk = 0;
      for (const banner of banners) {
        const base = page.locator(`#${banner.id}`).locator('[part="base"]');
        const shown = await base.waitFor().then(() => visible(banner.id), () => false);
        await page.locator(`#${banner.id}`).locator('[part="dismiss"]').click();
        const gone = await base.waitFor({ state: 'detached' }).then(() => true, () => false);
        // The page puts the same banner up again (a single-page app changing view): it stays dismissed.
        await addElements(page, [{ ...banner, id: `${banner.id}-again` }]);
        await page.evaluate((id) => (document.getElementById(id) as unknown as { updateComplete: Promise<unknown> }).updateComplete, `${banner.id}-again`);
        const stays = !(await visible(`${banner.id}-again`));
        shownCount += Number(shown);
        dismissed += Number(gone);
        kept += Number(stays);
        bannersOk += Number(shown && gone && stays);
      }

      // A person goes through the whole quiz.
      const completed = await page.evaluate(async () => {
        const quiz = document.getElementById('quiz') as HTMLElement & { updateComplete: Promise<unknown> };
        const root = quiz.shadowRoot!;
        const click = async (element: Element | null) => {
          (element as HTMLElement | null)?.click();
          await quiz.updateComplete;
        };
        await click(root.querySelector('[part="actions"] button'));
        for (let q = 0; q < 50 && root.querySelector('[part="question"]'); q++) {
          await click(root.querySelector('input[name="answer"]'));
          await click(root.querySelector('button[type="submit"]'));
          await click(root.querySelector('button[type="submit"]'));
        }
        return root.querySelector('[part="result"]') !== null;
      });
      const hostWorks = await hostButtonWorks(page);
      const { uncaught } = await recorded(page);
      await page.close();

      const cases = banners.length + 1;
      const passed = bannersOk + Number(completed);
      recordQuality({
        id: `faults-storage-${fault.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`,
        area: 'Faults',
        check: `Storage ${fault}: two banners (remember session, local) show, dismiss and stay dismissed when put up again; the quiz with \`resume\` completes`,
        figures: {
          cases,
          'banners shown': shownCount,
          'banners dismissed': dismissed,
          'dismissals kept for the page': kept,
          'quizzes completed': Number(completed),
          'cases failing a check': cases - passed,
          'uncaught errors': uncaught.length + pageErrors.length,
          'host breakages': Number(!hostWorks),
        },
        failures: ['cases failing a check', 'uncaught errors', 'host breakages'],
      });
      expect({ shownCount, dismissed, kept, completed }).toEqual({ shownCount: 2, dismissed: 2, kept: 2, completed: true });
      expect(uncaught).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(hostWorks).toBe(true);
    });
  }
});

describe('offline after the first load', () => {
  it('built-in content already loaded still shows in new elements; content never fetched gives a clear error, not an empty element', async () => {
    const { page, pageErrors } = await openHostPage();
    await addElements(page, [
      { tag: 'cop-campaign-banner', id: 'first-banner', attributes: { campaign: 'offline' }, inner: BANNER },
      { tag: 'cop-tip-carousel', id: 'first-tips', attributes: { audience: 'teens' } },
      { tag: 'cop-risk-quiz', id: 'first-quiz', attributes: { audience: 'teens' } },
      // In French, so that French strings are in hand when the network goes.
      { tag: 'cop-helpline-finder', id: 'first-finder', attributes: { country: 'FR', lang: 'fr' } },
    ]);
    for (const [id, part] of [['first-banner', 'base'], ['first-tips', 'slide'], ['first-quiz', 'intro'], ['first-finder', 'helpline']]) {
      await page.locator(`#${id}`).locator(`[part="${part}"]`).first().waitFor();
    }

    await page.context().setOffline(true);
    expect(await page.evaluate(() => fetch('/test/fixtures/banner.json').then(() => 'online', () => 'offline'))).toBe('offline');

    // What each new element shows when its content was fetched before (`part`), or never was (an error).
    const cached: (Added & { part: string })[] = [
      { tag: 'cop-campaign-banner', id: 'banner', attributes: { campaign: 'offline-2' }, inner: BANNER, part: 'base' },
      { tag: 'cop-tip-carousel', id: 'tips-teens', attributes: { audience: 'teens' }, part: 'slide' },
      { tag: 'cop-risk-quiz', id: 'quiz-teens', attributes: { audience: 'teens' }, part: 'intro' },
      { tag: 'cop-helpline-finder', id: 'finder-fr', attributes: { country: 'FR' }, part: 'helpline' },
    ];
    const never: Added[] = [
      { tag: 'cop-tip-carousel', id: 'tips-children', attributes: { audience: 'children' } },
      { tag: 'cop-risk-quiz', id: 'quiz-children', attributes: { audience: 'children' } },
      { tag: 'cop-helpline-finder', id: 'finder-de', attributes: { country: 'DE' } },
      { tag: 'cop-risk-quiz', id: 'quiz-parents-fr', attributes: { audience: 'parents', lang: 'fr' } },
    ];
    // The cop-error message: in the element's language, naming what could not be loaded.
    const expectedMessage: Record<string, string> = {
      'tips-children': 'This content could not be loaded. (tips children/en)',
      'quiz-children': 'This content could not be loaded. (quiz children/en)',
      'finder-de': 'This content could not be loaded. (helplines DE)',
      'quiz-parents-fr': 'Ce contenu n’a pas pu être chargé. (quiz parents/fr)',
    };
    // Arabic strings never fetched: the carousel falls back to English strings and the English tips it has, and says so.
    const language = { tag: 'cop-tip-carousel', id: 'tips-teens-ar', attributes: { audience: 'teens', lang: 'ar' }, part: 'slide' };
    await addElements(page, [...cached, ...never, language]);
    const problems: string[] = [];
    let stillShown = 0;
    for (const { id, part } of [...cached, language]) {
      const ok = await page.locator(`#${id}`).locator(`[part="${part}"]`).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
      if (ok) stillShown++;
      else problems.push(`${id}: its ${part} is not shown`);
    }
    const errorLine = (id: string) => page.locator(`#${id}`).locator('[part="error"]');
    let errorsShown = 0;
    for (const { id } of never) {
      await errorLine(id).waitFor({ timeout: 15_000 }).catch(() => undefined);
      const text = (await errorLine(id).count()) ? (await errorLine(id).textContent())?.trim() : '';
      if (text) errorsShown++;
      else problems.push(`${id}: no error line`);
    }
    await expect.poll(async () => (await recorded(page)).copErrors.filter((e) => e.code === 'load-failed').length, { timeout: 15_000 }).toBeGreaterThanOrEqual(never.length);
    const { copErrors, uncaught } = await recorded(page);
    let reported = 0;
    for (const { id } of never) {
      // Once, however often the element tries again.
      const own = copErrors.filter((e) => e.id === id);
      if (own.length === 1 && own[0].code === 'load-failed' && own[0].message === expectedMessage[id]) reported++;
      else problems.push(`${id}: not one load-failed cop-error saying "${expectedMessage[id]}": ${JSON.stringify(own)}`);
    }
    for (const { id } of cached) if (copErrors.some((e) => e.id === id)) problems.push(`${id}: cop-error ${JSON.stringify(copErrors.filter((e) => e.id === id))}`);
    const fellBack = copErrors.some((e) => e.id === language.id && e.code === 'locale-unavailable' && e.message.trim());
    if (!fellBack) problems.push(`${language.id}: no locale-unavailable cop-error`);
    const hostWorks = await hostButtonWorks(page);
    await page.context().setOffline(false);
    await page.close();

    const cases = cached.length + never.length + 1;
    recordQuality({
      id: 'faults-offline',
      area: 'Faults',
      check: 'Offline after the first load: a new banner, carousel, quiz and finder whose built-in content was loaded before; a carousel (another audience), a quiz (another audience, in English and in French) and a finder (another country) whose chunks never were, each reported in its language and named; a carousel in Arabic, whose strings never were',
      figures: {
        cases,
        'loaded before: still shown': stillShown - 1,
        'never fetched: error shown': errorsShown,
        'never fetched: cop-error events': reported,
        'Arabic never fetched: English shown, cop-error': Number(fellBack),
        'cases failing a check': new Set(problems.map((p) => p.split(':')[0])).size,
        'uncaught errors': uncaught.length + pageErrors.length,
        'host breakages': Number(!hostWorks),
      },
      failures: ['cases failing a check', 'uncaught errors', 'host breakages'],
    });
    expect(problems).toEqual([]);
    expect(stillShown).toBe(cached.length + 1);
    expect(errorsShown).toBe(never.length);
    expect(uncaught).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(hostWorks).toBe(true);
  });
});
