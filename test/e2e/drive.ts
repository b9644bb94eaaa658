import type { Locator, Page } from 'playwright';

// What a person does with each element, for the end-to-end checks that use every element on one
// page (test/e2e/pages/all-elements.html and the demo site). Playwright's locators reach into
// shadow roots, so these read like a person's steps.

export const TAGS = ['cop-quick-exit', 'cop-campaign-banner', 'cop-risk-quiz', 'cop-tip-carousel', 'cop-helpline-finder'] as const;

export const SHIPPED_LOCALES = ['en', 'ar', 'es', 'fr', 'ru', 'zh-Hans'] as const;

/** Waits until every element on the page has rendered, and the finder shows its helplines. */
export async function upgraded(page: Page, tags: readonly string[] = TAGS): Promise<void> {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.querySelector('[part~="base"]'))) &&
      [...document.querySelectorAll('cop-helpline-finder')].every((el) =>
        el.shadowRoot!.querySelector('[part="helpline"], [part="fallback"]'),
      ),
    tags,
  );
}

/** The number of cop-* elements on the page that have rendered. */
export const renderedElements = (page: Page, tags: readonly string[] = TAGS) =>
  page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].filter((el) => el.shadowRoot?.firstElementChild).length, tags);

/**
 * Answers every question of a quiz (the first choice each time) and waits for the result. The
 * first question is answered through Playwright (real pointer clicks on visible controls); the
 * rest with the same controls' click(), which is much faster and runs the same code.
 * Returns the number of questions answered.
 */
export async function completeQuiz(quiz: Locator): Promise<number> {
  if (!(await quiz.locator('fieldset').count())) await quiz.locator('.actions button').first().click();
  let answered = 0;
  if (!(await quiz.locator('.feedback p').count())) {
    await quiz.locator('input').first().check();
    await quiz.locator('button[type="submit"]').click();
    await quiz.locator('.feedback p').first().waitFor({ state: 'attached' });
    answered++;
  }
  await quiz.locator('button[type="submit"]').click();
  const rest = await quiz.evaluate(async (el: Element & { updateComplete?: Promise<unknown> }) => {
    const root = el.shadowRoot!;
    let answered = 0;
    for (let step = 0; step < 80 && !root.querySelector('[part="result"]'); step++) {
      if (!root.querySelector('input:checked')) {
        root.querySelector<HTMLInputElement>('input')!.click();
        answered++;
      }
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
    }
    return answered;
  });
  await quiz.locator('[part="result"]').waitFor({ state: 'attached' });
  return answered + rest;
}

/** The carousel's visible counter, e.g. "2 / 12" (digits in the page's language). */
export const carouselCounter = (carousel: Locator) => carousel.locator('[part="counter"]').textContent();

/** Whether a banner is showing. */
export const bannerShown = (banner: Locator) => banner.evaluate((el) => Boolean(el.shadowRoot?.querySelector('[part="base"]')));

/** The number of helplines the finder lists. */
export const helplinesShown = (finder: Locator) => finder.locator('[part="helpline"]').count();
