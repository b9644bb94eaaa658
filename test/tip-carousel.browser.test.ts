import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/tip-carousel.js';
import type { CopTipCarousel } from '../src/tip-carousel.js';
import { collectErrors } from './errors.js';
import childrenEn from '../src/content/tips/core/children/en.json';
import childrenAr from '../src/content/tips/core/children/ar.json';
import parentsFr from '../src/content/tips/core/parents/fr.json';

const part = <T extends Element = HTMLElement>(el: Element, name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const slides = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="slide"]')];
const current = (el: Element) => slides(el).find((slide) => slide.hasAttribute('data-current'))!;
const titleOf = (slide: Element) => slide.querySelector('[part="title"]')!.textContent!.trim();

async function settle(el: CopTipCarousel) {
  await el.updateComplete;
  await aTimeout(30);
  await el.updateComplete;
}

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<CopTipCarousel>(template);
  await settle(el);
  return el;
}


beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  await cdp().send('Emulation.setEmulatedMedia', { features: [], media: '' });
});

describe('<cop-tip-carousel> pattern', () => {
  it('shows the built-in pack as a named carousel of "n of N" slides, one at a time', async () => {
    const el = await mount(html`<cop-tip-carousel audience="children"></cop-tip-carousel>`);
    const base = part(el, 'base')!;
    expect(base.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(base.getAttribute('aria-label')).to.equal(childrenEn.title);
    expect(base.getAttribute('aria-label')).not.to.match(/carousel/i);
    const all = slides(el);
    expect(all).to.have.length(childrenEn.tips.length);
    expect(all[0].getAttribute('aria-roledescription')).to.equal('slide');
    expect(all[0].getAttribute('aria-label')).to.equal(`1 of ${childrenEn.tips.length}`);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[0].title);
    expect(all.slice(1).every((slide) => slide.inert && getComputedStyle(slide).display === 'none')).to.equal(true);
    expect(part(el, 'slides')!.getAttribute('aria-live')).to.equal('polite');
    expect(part(el, 'rotation')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('moves with next and previous without moving focus, wrapping at the ends', async () => {
    const el = await mount(html`<cop-tip-carousel></cop-tip-carousel>`);
    const next = part<HTMLButtonElement>(el, 'next')!;
    expect(next.getAttribute('aria-label')).to.equal('Next tip');
    next.focus();
    const change = oneEvent(el, 'cop-tip-change');
    await userEvent.keyboard('{Enter}');
    expect((await change).detail).to.deep.equal({ index: 1, tipId: childrenEn.tips[1].id });
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[1].title);
    expect(el.shadowRoot!.activeElement).to.equal(next);
    part<HTMLButtonElement>(el, 'previous')!.click();
    part<HTMLButtonElement>(el, 'previous')!.click();
    await settle(el);
    expect(current(el).getAttribute('aria-label')).to.equal(`${childrenEn.tips.length} of ${childrenEn.tips.length}`);
  });

  it('follows the arrow keys in reading direction, and in Arabic "next" points left', async () => {
    const el = await mount(html`<cop-tip-carousel lang="ar" audience="children"></cop-tip-carousel>`);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(childrenAr.title);
    expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('النصيحة التالية');
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    const nextBox = part(el, 'next')!.getBoundingClientRect();
    const previousBox = part(el, 'previous')!.getBoundingClientRect();
    expect(nextBox.left).to.be.lessThan(previousBox.left);
    expect(getComputedStyle(part(el, 'next')!.querySelector('svg')!).transform).to.contain('matrix(-1');
    part(el, 'next')!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenAr.tips[1].title);
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenAr.tips[0].title);
    await expect(el).to.be.accessible();
  });

  it('offers a tab list with picker="tabs"', async () => {
    const el = await mount(html`<cop-tip-carousel picker="tabs"></cop-tip-carousel>`);
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs).to.have.length(childrenEn.tips.length);
    expect(tabs[0].getAttribute('aria-selected')).to.equal('true');
    expect(tabs[0].getAttribute('aria-label')).to.equal(`Tip 1: ${childrenEn.tips[0].title}`);
    expect(slides(el)[0].getAttribute('role')).to.equal('tabpanel');
    tabs[0].focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    const selected = el.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!;
    expect(selected.id).to.equal('tab-1');
    expect(el.shadowRoot!.activeElement).to.equal(selected);
    tabs[4].click();
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[4].title);
    await expect(el).to.be.accessible();
  });

  it('turns a page with a swipe, as an extra', async () => {
    const el = await mount(html`<cop-tip-carousel></cop-tip-carousel>`);
    const area = part(el, 'slides')!;
    const box = area.getBoundingClientRect();
    area.dispatchEvent(new PointerEvent('pointerdown', { clientX: box.right - 10, bubbles: true, composed: true }));
    area.dispatchEvent(new PointerEvent('pointerup', { clientX: box.right - 120, bubbles: true, composed: true }));
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[1].title);
  });

  it('lists every tip when printed', async () => {
    const el = await mount(html`<cop-tip-carousel></cop-tip-carousel>`);
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    expect(slides(el).every((slide) => getComputedStyle(slide).display !== 'none')).to.equal(true);
    expect(getComputedStyle(part(el, 'controls')!).display).to.equal('none');
  });
});

describe('<cop-tip-carousel> rotation', () => {
  // A real pointer resting over the carousel (left there by an earlier test) pauses it, as it
  // should; start each rotation test with the pointer out of the way.
  beforeEach(async () => {
    await cdp().send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: window.innerWidth - 2, y: window.innerHeight - 2 });
  });

  it('rotates only with autoplay, with a stop button first, the live region off, and stops on focus', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const el = await mount(html`<cop-tip-carousel autoplay interval="5000"></cop-tip-carousel>`);
    const rotation = part<HTMLButtonElement>(el, 'rotation')!;
    const focusable = [...el.shadowRoot!.querySelectorAll('button')];
    expect(focusable[0]).to.equal(rotation);
    expect(rotation.getAttribute('aria-label')).to.equal('Stop tip rotation');
    expect(rotation.hasAttribute('aria-pressed')).to.equal(false);
    expect(part(el, 'slides')!.getAttribute('aria-live')).to.equal('off');
    vi.advanceTimersByTime(5000);
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[1].title);

    part<HTMLButtonElement>(el, 'next')!.focus();
    await settle(el);
    expect(rotation.getAttribute('aria-label')).to.equal('Start tip rotation');
    expect(part(el, 'slides')!.getAttribute('aria-live')).to.equal('polite');
    vi.advanceTimersByTime(20_000);
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[1].title);

    rotation.click();
    await settle(el);
    expect(rotation.getAttribute('aria-label')).to.equal('Stop tip rotation');
    await expect(el).to.be.accessible();
  });

  it('pauses while hovered and never rotates faster than every 5 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { errors, stop } = collectErrors();
    const el = await mount(html`<cop-tip-carousel autoplay interval="1000"></cop-tip-carousel>`);
    vi.advanceTimersByTime(4999);
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[0].title);
    vi.advanceTimersByTime(1);
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[1].title);
    part(el, 'base')!.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(15_000);
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[1].title);
    part(el, 'base')!.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(5000);
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[2].title);
    await stop(1);
    expect(errors.map((e) => e.message)).to.include('The attribute "interval" cannot be "1000"; "5000" is used instead.');
  });

  it('pauses while the page is hidden', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const el = await mount(html`<cop-tip-carousel autoplay></cop-tip-carousel>`);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(30_000);
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[0].title);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(7000);
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[1].title);
  });

  it('never rotates, and offers no rotation, under reduced motion', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const el = await mount(html`<cop-tip-carousel autoplay></cop-tip-carousel>`);
    expect(part(el, 'rotation')).to.equal(null);
    vi.advanceTimersByTime(60_000);
    await settle(el);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[0].title);
    expect(part(el, 'slides')!.getAttribute('aria-live')).to.equal('polite');
  });
});

describe('<cop-tip-carousel> content', () => {
  it('loads the pack of its audience in its language, and follows a change of lang', async () => {
    const el = await mount(html`<cop-tip-carousel audience="parents" lang="fr"></cop-tip-carousel>`);
    expect(titleOf(current(el))).to.equal(parentsFr.tips[0].title);
    expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('Conseil suivant');
    el.lang = 'en';
    await el.updateComplete;
    expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('Next tip');
    // The English pack is fetched after the strings; the tips follow once it has arrived.
    await waitUntil(() => titleOf(current(el)) !== parentsFr.tips[0].title, 'the English pack', { timeout: 5000 });
  });

  it('keeps only the risks asked for', async () => {
    const el = await mount(html`<cop-tip-carousel risks="contract"></cop-tip-carousel>`);
    const expected = childrenEn.tips.filter((t) => t.risk === 'contract');
    expect(slides(el)).to.have.length(expected.length);
    expect(titleOf(current(el))).to.equal(expected[0].title);
  });

  it('puts the tips for the weakest risks first after its quiz completes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div id="quiz-1"></div><div id="other-quiz"></div>
      <cop-tip-carousel for="quiz-1"></cop-tip-carousel>
    </div>`);
    const el = wrapper.querySelector('cop-tip-carousel')!;
    await settle(el);
    const profile = { content: 1, contact: 1, conduct: 0.25, contract: 1 };
    const complete = (id: string) =>
      wrapper.querySelector(`#${id}`)!.dispatchEvent(
        new CustomEvent('cop-quiz-complete', { bubbles: true, composed: true, detail: { quizId: 'q', version: 1, score: 5, total: 8, profile } }),
      );
    complete('other-quiz');
    await settle(el);
    expect(part(el, 'reason')).to.equal(null);
    complete('quiz-1');
    await settle(el);
    const conduct = childrenEn.tips.filter((t) => t.risk === 'conduct');
    expect(slides(el).slice(0, conduct.length).map(titleOf)).to.deep.equal(conduct.map((t) => t.title));
    expect(titleOf(current(el))).to.equal(conduct[0].title);
    expect(part(el, 'reason')!.textContent).to.equal('Tips about what your quiz showed come first.');
  });

  it('renders a deployer\'s inline document, as text', async () => {
    const el = await mount(html`<cop-tip-carousel audience="parents">
      <script type="application/json">
        { "schema": "cop-widgets/tips@1", "id": "isp", "version": 1, "locale": "en", "title": "Tips from your provider",
          "tips": [
            { "id": "a", "risk": "contract", "audience": ["parents"], "title": "<b>Router</b> settings", "body": "Turn on the family filter." },
            { "id": "b", "risk": "contact", "audience": ["children"], "title": "Not for parents", "body": "Hidden." },
            { "id": "c", "risk": "content", "audience": ["parents", "educators"], "title": "Check ratings", "body": "Look at age ratings.", "link": "https://example.org/ratings" }
          ] }
      </script>
    </cop-tip-carousel>`);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Tips from your provider');
    expect(slides(el).map(titleOf)).to.deep.equal(['<b>Router</b> settings', 'Check ratings']);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    part<HTMLButtonElement>(el, 'next')!.click();
    await settle(el);
    expect(part<HTMLAnchorElement>(el, 'link')!.href).to.equal('https://example.org/ratings');
  });

  it('reports a document with an unknown risk, naming the allowed ones', async () => {
    const { errors, stop } = collectErrors();
    const el = document.createElement('cop-tip-carousel');
    el.content = { schema: 'cop-widgets/tips@1', id: 'x', version: 1, locale: 'en', tips: [{ id: 'a', risk: 'money', audience: ['teens'], title: 'T', body: 'B' }] };
    await fixture(el);
    await settle(el);
    await aTimeout(50);
    await stop(1);
    expect(errors).to.deep.equal([
      { code: 'invalid-content', message: 'Content problem: "tips.0.risk" must be one of: content, contact, conduct, contract.' },
    ]);
    expect(part(el, 'error')!.textContent).to.equal('This content could not be shown.');
  });

  it('falls back to children and reports an unknown audience', async () => {
    const { errors, stop } = collectErrors();
    const el = await mount(html`<cop-tip-carousel audience="adults"></cop-tip-carousel>`);
    await stop(1);
    expect(titleOf(current(el))).to.equal(childrenEn.tips[0].title);
    expect(errors.map((e) => e.message)).to.deep.equal(['The attribute "audience" cannot be "adults"; "children" is used instead.']);
  });
});

describe('<cop-tip-carousel> in every language and state', () => {
  const positions: Record<string, string> = { en: '1 of ', ar: '1 من ', es: '1 de ', fr: '1 sur ', ru: '1 из ', 'zh-Hans': '第 1 条，共 ' };
  const states = {
    default: (lang: string) => html`<cop-tip-carousel lang=${lang} audience="teens"></cop-tip-carousel>`,
    'rotating, with tabs': (lang: string) => html`<cop-tip-carousel lang=${lang} audience="parents" autoplay picker="tabs"></cop-tip-carousel>`,
    'no match': (lang: string) => html`<cop-tip-carousel lang=${lang}>
      <script type="application/json">{"schema":"cop-widgets/tips@1","id":"x","version":1,"locale":"en","tips":[{"id":"a","risk":"contract","audience":["children"],"title":"T","body":"B"}]}</script>
    </cop-tip-carousel>`,
    'invalid document': (lang: string) => html`<cop-tip-carousel lang=${lang}><script type="application/json">{ nope }</script></cop-tip-carousel>`,
  };

  for (const lang of Object.keys(positions)) {
    for (const [name, template] of Object.entries(states)) {
      it(`${lang}, ${name}: localized and axe-clean`, async () => {
        const el = await mount(template(lang));
        if (name === 'no match') el.risks = 'content';
        await settle(el);
        await aTimeout(30);
        if (name === 'default' || name === 'rotating, with tabs') {
          expect(slides(el)[0].getAttribute('aria-label')).to.satisfy((label: string) => label.startsWith(positions[lang]));
          expect(part(el, 'next')!.getAttribute('aria-label')).not.to.equal(lang === 'en' ? '' : 'Next tip');
        } else {
          const line = part(el, name === 'no match' ? 'empty' : 'error')!;
          expect(line.textContent!.trim()).not.to.equal('');
          if (lang !== 'en') expect(line.textContent).not.to.match(/^(No tips|This content)/);
        }
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('<cop-tip-carousel> with a broken document', () => {
  it('shows the error line and never falls back to the built-in tips', async () => {
    const el = await mount(html`<cop-tip-carousel><script type="application/json">{"schema":"cop-widgets/tips@1","id":"x","version":1,"locale":"en","tips":[{"id":"a","risk":"scams","audience":["children"],"title":"T","body":"B"}]}</script></cop-tip-carousel>`);
    await aTimeout(100);
    await settle(el);
    expect(part(el, 'error')).to.exist;
    expect(slides(el)).to.have.length(0);
    expect(part(el, 'base')).to.equal(null);
  });
});
