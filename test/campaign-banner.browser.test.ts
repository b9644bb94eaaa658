import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/campaign-banner.js';
import type { CopCampaignBanner } from '../src/campaign-banner.js';
import { collectErrors } from './errors.js';

const shadow = (el: Element) => el.shadowRoot!;
const region = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="base"]');
const dismissButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="dismiss"]');
const shown = (el: Element) => region(el) !== null && el.getBoundingClientRect().height > 0;


async function settle(el: CopCampaignBanner) {
  await el.updateComplete;
  await aTimeout(20);
  await el.updateComplete;
}

const banner = (attributes = '') => {
  const host = document.createElement('div');
  const campaign = attributes.includes('campaign=') ? '' : 'campaign="winter"';
  host.innerHTML = `<cop-campaign-banner ${campaign} ${attributes}>
      <span slot="heading">Stay safe online this winter</span>
      <p>Talk with your children about the apps they use.</p>
      <a slot="actions" href="#tips" data-action="tips">Read the tips</a>
    </cop-campaign-banner>`;
  return host.firstElementChild as CopCampaignBanner;
};

async function mount(attributes = '') {
  const el = await fixture<CopCampaignBanner>(banner(attributes));
  await settle(el);
  return el;
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.lang = 'en';
});

describe('<cop-campaign-banner> rendering', () => {
  for (const variant of ['info', 'warning', 'success']) {
    it(`renders the ${variant} variant as a region named by its heading`, async () => {
      const el = await mount(`variant="${variant}"`);
      const base = region(el)!;
      expect(base.className).to.contain(`banner--${variant}`);
      expect(base.getAttribute('aria-labelledby')).to.equal('heading');
      const heading = shadow(el).getElementById('heading')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(el.querySelector('[slot="heading"]')!.assignedSlot).to.exist;
      expect(getComputedStyle(base).borderInlineStartWidth).to.equal('6px');
      await expect(el).to.be.accessible();
    });
  }

  it('gives the warning variant another accent than info', async () => {
    const info = await mount('variant="info"');
    const warning = await mount('variant="warning"');
    expect(getComputedStyle(region(warning)!).borderInlineStartColor).not.to.equal(
      getComputedStyle(region(info)!).borderInlineStartColor,
    );
  });

  it('grows its dismiss × with its text, as set by --cop-font-size', async () => {
    const el = await mount('dismissible');
    el.style.setProperty('--cop-font-size', '2rem');
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const icon = dismissButton(el)!.querySelector('svg')!;
    // 1.25em of the banner's 2rem text, not of the 13.3px a button has by default.
    expect(icon.getBoundingClientRect().width).to.be.closeTo(1.25 * 2 * rootSize, 0.5);
  });

  it('uses heading-level for the heading', async () => {
    const el = await mount('heading-level="4"');
    expect(shadow(el).getElementById('heading')!.getAttribute('aria-level')).to.equal('4');
  });

  it('is named "Campaign message" when it has no heading', async () => {
    const el = await fixture<CopCampaignBanner>(html`<cop-campaign-banner campaign="x"><p>Hello</p></cop-campaign-banner>`);
    await settle(el);
    expect(region(el)!.getAttribute('aria-label')).to.equal('Campaign message');
    expect(region(el)!.hasAttribute('aria-labelledby')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows its slotted message as readable text before it is defined', async () => {
    const container = document.createElement('div');
    container.innerHTML = '<cop-campaign-banner-undefined><p>Talk with your children</p></cop-campaign-banner-undefined>';
    document.body.append(container);
    expect(container.textContent).to.contain('Talk with your children');
    expect(container.getBoundingClientRect().height).to.be.greaterThan(0);
    container.remove();
  });

  it('fires cop-banner-show once when it appears', async () => {
    const shows: unknown[] = [];
    const listener = (event: Event) => shows.push((event as CustomEvent).detail);
    document.addEventListener('cop-banner-show', listener);
    const el = await mount('revision="3"');
    el.variant = 'success';
    await settle(el);
    document.removeEventListener('cop-banner-show', listener);
    expect(shows).to.deep.equal([{ campaign: 'winter', revision: 3 }]);
  });

  it('reports which action was used, by its data-action', async () => {
    const el = await mount();
    const link = el.querySelector<HTMLAnchorElement>('[slot="actions"]')!;
    const event = oneEvent(el, 'cop-banner-action');
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.click();
    expect((await event).detail).to.deep.equal({ campaign: 'winter', revision: 0, action: 'tips' });
  });
});

describe('<cop-campaign-banner> dismissal', () => {
  it('dismisses by keyboard, fires cop-banner-dismiss and moves focus to what follows', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <cop-campaign-banner campaign="winter" dismissible><span slot="heading">Stay safe</span><p>Message</p></cop-campaign-banner>
      <a id="after" href="#after">Next link</a>
    </div>`);
    const el = wrapper.querySelector('cop-campaign-banner')!;
    await settle(el);
    const button = dismissButton(el)!;
    expect(button.getAttribute('aria-label')).to.equal('Dismiss campaign message');
    button.focus();
    const dismissed = oneEvent(el, 'cop-banner-dismiss');
    await userEvent.keyboard('{Enter}');
    expect((await dismissed).detail).to.deep.equal({ campaign: 'winter', revision: 0 });
    await settle(el);
    expect(shown(el)).to.equal(false);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(document.activeElement?.id).to.equal('after');
  });

  it('stays when a listener cancels cop-banner-dismiss', async () => {
    const el = await mount('dismissible');
    el.addEventListener('cop-banner-dismiss', (event) => event.preventDefault());
    dismissButton(el)!.click();
    await settle(el);
    expect(shown(el)).to.equal(true);
    expect(sessionStorage.length).to.equal(0);
  });

  for (const remember of ['session', 'local'] as const) {
    it(`remembers a dismissal in ${remember} storage across re-creation, until a higher revision`, async () => {
      const first = await mount(`dismissible remember="${remember}" revision="2"`);
      dismissButton(first)!.click();
      await settle(first);
      const storage = remember === 'local' ? localStorage : sessionStorage;
      expect(storage.getItem('cop-widgets:banner:winter@2')).to.equal('1');

      const again = await mount(`dismissible remember="${remember}" revision="2"`);
      expect(shown(again)).to.equal(false);
      expect(region(again)).to.equal(null);

      const newer = await mount(`dismissible remember="${remember}" revision="3"`);
      expect(shown(newer)).to.equal(true);
    });
  }

  it('forgets a dismissal with remember="none"', async () => {
    const first = await mount('dismissible remember="none"');
    dismissButton(first)!.click();
    await settle(first);
    expect(shown(first)).to.equal(false);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    const again = await mount('dismissible remember="none"');
    expect(shown(again)).to.equal(true);
  });

  it('still dismisses, and remembers for this page, when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const first = await mount('dismissible campaign="blocked"');
    expect(shown(first)).to.equal(true);
    dismissButton(first)!.click();
    await settle(first);
    expect(shown(first)).to.equal(false);
    const again = await mount('dismissible campaign="blocked"');
    expect(shown(again)).to.equal(false);
    const other = await mount('dismissible campaign="another"');
    expect(shown(other)).to.equal(true);
  });

  it('decides a remembered dismissal before its first render: it never paints', async () => {
    sessionStorage.setItem('cop-widgets:banner:winter@0', '1');
    const el = banner('dismissible');
    const shows: Event[] = [];
    el.addEventListener('cop-banner-show', (event) => shows.push(event));
    document.body.append(el);
    await el.updateComplete;
    expect(region(el)).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(shows).to.have.length(0);
    el.remove();
  });
});

describe('<cop-campaign-banner> schedule', () => {
  const at = (iso: string) => () => new Date(iso).getTime();

  for (const [label, now, expected] of [
    ['before the window', '2026-11-30T23:59:00', false],
    ['on the first day', '2026-12-01T00:00:00', true],
    ['on the last day', '2026-12-10T23:59:00', true],
    ['after the window', '2026-12-11T00:00:00', false],
  ] as const) {
    it(`is ${expected ? 'shown' : 'hidden'} ${label}`, async () => {
      const el = banner('start="2026-12-01" end="2026-12-10"');
      el.clock = at(now);
      await fixture(el);
      await settle(el);
      expect(shown(el)).to.equal(expected);
    });
  }

  it('appears by itself when its start time comes', async () => {
    const start = Date.now() + 300;
    const el = banner(`start="${new Date(start).toISOString()}"`);
    await fixture(el);
    await settle(el);
    expect(shown(el)).to.equal(false);
    await aTimeout(450);
    await settle(el);
    expect(shown(el)).to.equal(true);
  });
});

describe('<cop-campaign-banner> languages', () => {
  it('follows a run-time change of lang, and renders right to left in Arabic', async () => {
    const el = await mount('dismissible');
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(dismissButton(el)!.getAttribute('aria-label')).to.equal('Fermer le message de campagne');
    document.documentElement.lang = 'ar';
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(dismissButton(el)!.getAttribute('aria-label')).to.equal('إغلاق رسالة الحملة');
    expect(getComputedStyle(region(el)!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('takes its language from the nearest ancestor with lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN">
      <cop-campaign-banner campaign="x" dismissible><p>你好</p></cop-campaign-banner>
    </div>`);
    const el = wrapper.querySelector('cop-campaign-banner')!;
    await settle(el);
    expect(dismissButton(el)!.getAttribute('aria-label')).to.equal('关闭活动消息');
  });

  it('shows only in the locales listed', async () => {
    const el = await mount('locales="fr, ar"');
    expect(shown(el)).to.equal(false);
    el.lang = 'fr-CA';
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
  });
});

describe('<cop-campaign-banner> bad configuration', () => {
  it('falls back and reports attribute values it cannot use', async () => {
    const { errors, stop } = collectErrors();
    const el = await mount('variant="purple" heading-level="9" start="next week" remember="forever"');
    await stop(4);
    expect(shown(el)).to.equal(true);
    expect(region(el)!.className).to.contain('banner--info');
    expect(shadow(el).getElementById('heading')!.getAttribute('aria-level')).to.equal('2');
    expect(errors.map((e) => e.code)).to.deep.equal(Array(4).fill('invalid-attribute'));
    expect(errors.map((e) => e.message)).to.include('The attribute "variant" cannot be "purple"; "info" is used instead.');
    expect(errors.map((e) => e.message)).to.include('The attribute "start" cannot be "next week"; it is ignored.');
  });

  it('reports invalid inline JSON with a message and a cop-error, and keeps the page going', async () => {
    const { errors, stop } = collectErrors();
    const el = await fixture<CopCampaignBanner>(html`<cop-campaign-banner campaign="x">
      <script type="application/json">{ "schema": "cop-widgets/banner@1", oops }</script>
      <p>Fallback message</p>
    </cop-campaign-banner>`);
    await settle(el);
    await aTimeout(50);
    await stop(1);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.deep.equal({ code: 'invalid-json', message: 'Content problem: the inline document is not valid JSON.' });
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.equal('This content could not be shown.');
    expect(vi.mocked(console.error).mock.calls.some(([text]) => String(text).includes('not valid JSON'))).to.equal(true);
    expect(el.textContent).to.contain('Fallback message');
  });

  it('refuses a document with a javascript: link and says where', async () => {
    const { errors, stop } = collectErrors();
    const el = document.createElement('cop-campaign-banner');
    el.content = {
      schema: 'cop-widgets/banner@1', id: 'x', version: 1, locale: 'en', message: 'Hi',
      actions: [{ id: 'a', label: 'Go', href: 'javascript:alert(1)' }],
    };
    await fixture(el);
    await settle(el);
    await aTimeout(50);
    await stop(1);
    expect(errors.map((e) => e.message)).to.deep.equal([
      'Content problem: "actions.0.href" must be an https, http, tel, sms or mailto link.',
    ]);
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });
});

describe('<cop-campaign-banner> content documents', () => {
  const doc = {
    schema: 'cop-widgets/banner@1', id: 'sid', version: 1, locale: 'en',
    heading: 'From data', message: '<b>Plain</b> text only',
    actions: [{ id: 'more', label: 'More', href: 'https://example.org/more' }],
  };

  it('renders a document set as the content property, as text', async () => {
    const el = document.createElement('cop-campaign-banner');
    el.content = doc;
    await fixture(el);
    await settle(el);
    expect(shadow(el).getElementById('heading')!.textContent!.trim()).to.equal('From data');
    expect(shadow(el).querySelector('[part="message"]')!.textContent!.trim()).to.equal('<b>Plain</b> text only');
    expect(shadow(el).querySelector('b')).to.equal(null);
    expect(shadow(el).querySelector<HTMLAnchorElement>('[part="action"]')!.href).to.equal('https://example.org/more');
    await expect(el).to.be.accessible();
  });

  it('re-renders when the content property is replaced', async () => {
    const el = document.createElement('cop-campaign-banner');
    el.content = doc;
    await fixture(el);
    await settle(el);
    el.content = { ...doc, heading: 'Replaced' };
    await settle(el);
    expect(shadow(el).getElementById('heading')!.textContent!.trim()).to.equal('Replaced');
  });

  it('loads a document from src', async () => {
    const el = await fixture<CopCampaignBanner>(
      html`<cop-campaign-banner src=${new URL('./fixtures/banner.json', import.meta.url).href}></cop-campaign-banner>`,
    );
    await aTimeout(300);
    await settle(el);
    expect(shadow(el).getElementById('heading')!.textContent!.trim()).to.equal('Safer Internet Day is on 9 February');
  });

  it('reports a src that cannot be loaded', async () => {
    const { errors, stop } = collectErrors();
    const el = await fixture<CopCampaignBanner>(html`<cop-campaign-banner src="/no/such/banner.json"></cop-campaign-banner>`);
    await aTimeout(300);
    await settle(el);
    await stop(1);
    expect(errors.map((e) => e.code)).to.deep.equal(['load-failed']);
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.equal('This content could not be loaded.');
  });
});

describe('<cop-campaign-banner> on a flaky network', () => {
  it('offers to try again when its src could not be loaded, and shows the document once it loads', async () => {
    const realFetch = window.fetch.bind(window);
    let calls = 0;
    vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
      calls++;
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    });
    const { stop } = collectErrors();
    const el = await fixture<CopCampaignBanner>(
      html`<cop-campaign-banner src=${new URL('./fixtures/banner.json', import.meta.url).href}></cop-campaign-banner>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part="retry"]'), 'the retry button', { timeout: 5000 });
    await stop(1);
    const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitUntil(() => shadow(el).getElementById('heading')?.textContent?.trim(), 'the document', { timeout: 5000 });
    expect(shadow(el).getElementById('heading')!.textContent!.trim()).to.equal('Safer Internet Day is on 9 February');
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    expect(calls).to.equal(2);
  });
});

describe('<cop-campaign-banner> colour schemes', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    document.documentElement.style.colorScheme = '';
  });

  it('turns dark only when the page allows it and the person prefers it', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    const light = await mount();
    const lightBackground = getComputedStyle(region(light)!).backgroundColor;
    document.documentElement.style.colorScheme = 'light dark';
    const dark = await mount();
    const darkBackground = getComputedStyle(region(dark)!).backgroundColor;
    expect(lightBackground).to.equal('rgb(238, 244, 255)');
    expect(darkBackground).to.equal('rgb(23, 34, 58)');
    await expect(dark).to.be.accessible();
  });

  it('keeps its border and focus ring in forced colours', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    const el = await mount('dismissible');
    expect(getComputedStyle(region(el)!).borderInlineStartStyle).to.equal('solid');
    dismissButton(el)!.focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}');
    const button = dismissButton(el)!;
    expect(button.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
  });
});
