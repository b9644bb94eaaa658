import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../src/quick-exit.js';
import type { CopQuickExit, CopQuickExitEvent, QuickExitDetail } from '../src/quick-exit.js';
import type { CopErrorEvent } from '../src/classes.js';

const START = location.href;
/** A destination in this very document, so that "leaving" can be observed from the test. */
const here = (hash: string) => `${START.split('#')[0]}${hash}`;

const link = (el: CopQuickExit) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
const indicator = (el: CopQuickExit) => el.shadowRoot!.querySelector<HTMLElement>('[part="indicator"]')!;
const litDots = (el: CopQuickExit) => (indicator(el).checkVisibility() ? indicator(el).querySelectorAll('.light--on').length : 0);
const status = (el: CopQuickExit) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const overlay = () => document.querySelector<HTMLElement>('body > [role="alert"]');
const hidingClass = () => document.body.classList.contains('cop-quick-exit-hiding');
const nameOf = (el: CopQuickExit) => link(el).textContent!.replace(/\s+/g, ' ').trim();

async function settle(el: CopQuickExit) {
  await el.updateComplete;
  await aTimeout(30);
  await el.updateComplete;
}

/** A page with some content, a quick exit, and a control where focus can rest. */
async function mount(attributes: Record<string, string> = {}, inner = '') {
  const wrapper = document.createElement('div');
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
  wrapper.innerHTML = `<cop-quick-exit ${attrs}>${inner}</cop-quick-exit>
    <p id="content">Where to get help if someone is hurting you.</p>
    <button id="elsewhere" type="button">Something else</button>`;
  await fixture(wrapper);
  const el = wrapper.querySelector('cop-quick-exit')!;
  await settle(el);
  return el;
}

/** Records cop-quick-exit events with what had already happened when each fired. */
function recordExits() {
  const exits: { detail: QuickExitDetail; target: EventTarget | null; hadOverlay: boolean; hash: string }[] = [];
  const listener = (event: CopQuickExitEvent) =>
    exits.push({ detail: event.detail, target: event.target, hadOverlay: overlay() !== null, hash: location.hash });
  document.addEventListener('cop-quick-exit', listener);
  return exits;
}

const shift = async (el: CopQuickExit, times = 1) => {
  for (let i = 0; i < times; i++) await userEvent.keyboard('{Shift}');
  await el.updateComplete;
};

function expectLeft(hash: string, text = 'Loading.') {
  expect(location.hash).to.equal(hash);
  expect(overlay(), 'overlay').to.exist;
  expect(overlay()!.textContent).to.equal(text);
  expect(hidingClass()).to.equal(true);
  expect(document.getElementById('content')!.checkVisibility()).to.equal(false);
  const box = overlay()!.getBoundingClientRect();
  expect([box.width, box.height]).to.deep.equal([innerWidth, innerHeight]);
}

function expectStayed() {
  expect(location.hash).to.equal('');
  expect(overlay()).to.equal(null);
  expect(hidingClass()).to.equal(false);
  expect(document.getElementById('content')!.checkVisibility()).to.equal(true);
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  fixtureCleanup();
  for (const cover of document.querySelectorAll('.cop-quick-exit-overlay')) cover.remove();
  document.body.classList.remove('cop-quick-exit-hiding');
  history.replaceState(null, '', START);
  document.documentElement.lang = 'en';
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
});

describe('<cop-quick-exit> rendering', () => {
  it('renders a link to its href, named "Emergency Exit this page", that shows "Exit this page"', async () => {
    const el = await mount({ href: 'https://weather.example/today' });
    expect(link(el).href).to.equal('https://weather.example/today');
    expect(link(el).getAttribute('rel')).to.equal('nofollow noreferrer');
    expect(page.getByRole('link', { name: 'Emergency Exit this page', exact: true }).element()).to.equal(link(el));
    expect(link(el).innerText.trim()).to.contain('Exit this page');
    const emergency = link(el).querySelector('.visually-hidden')!;
    expect(emergency.textContent).to.equal('Emergency');
    expect(emergency.getBoundingClientRect().width).to.be.at.most(1);
    expect(indicator(el).checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('is a target of at least 44 × 44 px, sticky at the top, in a warning colour with readable text', async () => {
    const el = await mount({ href: '#x' });
    const box = link(el).getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    expect(getComputedStyle(el).position).to.equal('sticky');
    expect(getComputedStyle(el).top).to.equal('0px');
    expect(getComputedStyle(link(el)).backgroundColor).to.equal('rgb(154, 52, 18)');
    expect(getComputedStyle(link(el)).color).to.equal('rgb(255, 255, 255)');
  });

  it('follows --cop-quick-exit-background and --cop-quick-exit-color', async () => {
    const el = await mount({ href: '#x', style: '--cop-quick-exit-background: #b00020; --cop-quick-exit-color: #fffff0' });
    expect(getComputedStyle(link(el)).backgroundColor).to.equal('rgb(176, 0, 32)');
    expect(getComputedStyle(link(el)).color).to.equal('rgb(255, 255, 240)');
  });

  it('takes its destination from the link written inside it, and shows only its own link', async () => {
    const el = await mount({}, '<a href="#from-the-page">Exit this page</a>');
    expect(link(el).href).to.equal(here('#from-the-page'));
    expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
    expect(page.getByRole('link', { name: /Exit this page/ }).elements()).to.have.length(1);

    el.querySelector('a')!.setAttribute('href', '#changed');
    await settle(el);
    expect(link(el).href).to.equal(here('#changed'));
  });

  it('lets the href attribute win over the link inside', async () => {
    const el = await mount({ href: '#attribute' }, '<a href="#inner">Exit this page</a>');
    expect(link(el).href).to.equal(here('#attribute'));
  });

  it('goes to the documented neutral default when given no destination', async () => {
    const el = await mount();
    expect(link(el).href).to.equal('https://www.wikipedia.org/');
  });

  it('refuses a destination that is not a web page, reports it once and uses the default', async () => {
    const errors: CopErrorEvent['detail'][] = [];
    const collect = (event: CopErrorEvent) => errors.push(event.detail);
    document.addEventListener('cop-error', collect);
    const reported = oneEvent(document, 'cop-error');
    const el = await mount({ href: 'javascript:alert(1)' });
    expect(link(el).href).to.equal('https://www.wikipedia.org/');
    await reported;
    el.requestUpdate();
    await settle(el);
    document.removeEventListener('cop-error', collect);
    expect(errors).to.deep.equal([
      {
        code: 'invalid-attribute',
        message: 'The attribute "href" cannot be "javascript:alert(1)"; "https://www.wikipedia.org/" is used instead.',
      },
    ]);
  });

  it('is hidden in print', async () => {
    const el = await mount({ href: '#x' });
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    expect(el.checkVisibility()).to.equal(false);
  });

  it('keeps a visible border and focus ring in forced colours', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    const el = await mount({ href: '#x' });
    document.getElementById('elsewhere')!.focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(link(el).matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(link(el)).outlineStyle).to.equal('solid');
    expect(getComputedStyle(link(el)).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});

describe('<cop-quick-exit> leaving', () => {
  it('leaves on a click: fires cop-quick-exit first, then blanks the page and goes', async () => {
    const exits = recordExits();
    const el = await mount({ href: '#exited-click' });
    await userEvent.click(link(el));
    expect(exits).to.deep.equal([{ detail: { method: 'click' }, target: el, hadOverlay: false, hash: '' }]);
    expectLeft('#exited-click');
    await expect(overlay()!).to.be.accessible();
  });

  it('leaves on Enter, once', async () => {
    const exits = recordExits();
    const el = await mount({ href: '#exited-enter' });
    link(el).focus();
    await userEvent.keyboard('{Enter}');
    expect(exits.map((exit) => exit.detail)).to.deep.equal([{ method: 'keyboard' }]);
    expect(exits[0].hadOverlay).to.equal(false);
    expectLeft('#exited-enter');
  });

  it('stays when a listener cancels cop-quick-exit', async () => {
    const el = await mount({ href: '#exited-cancelled' });
    el.addEventListener('cop-quick-exit', (event) => event.preventDefault());
    await userEvent.click(link(el));
    link(el).focus();
    await userEvent.keyboard('{Enter}');
    expectStayed();
  });

  it('leaves Ctrl-click and Shift-click to the browser (new tab, new window)', async () => {
    const exits = recordExits();
    const el = await mount({ href: '#exited-modified' });
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey'] as const) {
      let preventedByElement: boolean | undefined;
      document.addEventListener(
        'click',
        (event) => {
          preventedByElement = event.defaultPrevented;
          event.preventDefault(); // the test page itself must not open a tab
        },
        { once: true },
      );
      link(el).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, [modifier]: true }));
      expect(preventedByElement, modifier).to.equal(false);
    }
    expect(exits).to.have.length(0);
    expectStayed();
  });

  it('is restored by pageshow (Back, also from the back-forward cache): no overlay, nothing counting', async () => {
    const el = await mount({ href: '#exited-back' });
    document.getElementById('elsewhere')!.focus();
    await shift(el);
    expect(litDots(el)).to.equal(1);
    await userEvent.click(link(el));
    expectLeft('#exited-back');
    history.replaceState(null, '', START);

    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle(el);
    expectStayed();
    expect(litDots(el)).to.equal(0);
    expect(status(el)).to.equal('');
    await expect(el).to.be.accessible();
  });
});

describe('<cop-quick-exit> Shift three times', () => {
  it('counts lone Shift presses with dots and a status message, and leaves on the third', async () => {
    const exits = recordExits();
    const el = await mount({ href: '#exited-shortcut' });
    document.getElementById('elsewhere')!.focus();

    await shift(el);
    expect(litDots(el)).to.equal(1);
    expect(status(el)).to.equal('Shift, press 2 more times to exit.');
    await expect(el).to.be.accessible();

    await shift(el);
    expect(litDots(el)).to.equal(2);
    expect(status(el)).to.equal('Shift, press 1 more time to exit.');
    await expect(el).to.be.accessible();

    expectStayed();
    await shift(el);
    expect(exits.map((exit) => exit.detail)).to.deep.equal([{ method: 'shortcut' }]);
    expectLeft('#exited-shortcut');
  });

  it('does not count Shift used as a modifier (Shift+A)', async () => {
    const exits = recordExits();
    const el = await mount({ href: '#exited-modifier' });
    document.getElementById('elsewhere')!.focus();
    for (let i = 0; i < 3; i++) await userEvent.keyboard('{Shift>}A{/Shift}');
    await el.updateComplete;
    expect(litDots(el)).to.equal(0);
    expect(status(el)).to.equal('');
    expect(exits).to.have.length(0);
    expectStayed();
  });

  it('starts again when another key is pressed, and says the sequence expired', async () => {
    const exits = recordExits();
    const el = await mount({ href: '#exited-other-key' });
    document.getElementById('elsewhere')!.focus();
    await shift(el, 2);
    expect(litDots(el)).to.equal(2);
    await userEvent.keyboard('a');
    await el.updateComplete;
    expect(litDots(el)).to.equal(0);
    expect(status(el)).to.equal('Exit this page expired.');
    await expect(el).to.be.accessible();

    await shift(el, 2);
    expect(litDots(el)).to.equal(2);
    expect(exits).to.have.length(0);
    expectStayed();
  });

  it('gives 5 seconds after each press, then starts again and says it expired', async () => {
    const exits = recordExits();
    const el = await mount({ href: '#exited-slowly' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.getElementById('elsewhere')!.focus();

    await shift(el);
    vi.advanceTimersByTime(4900);
    await shift(el);
    vi.advanceTimersByTime(4900);
    await el.updateComplete;
    expect(litDots(el)).to.equal(2);

    vi.advanceTimersByTime(100);
    await el.updateComplete;
    expect(litDots(el)).to.equal(0);
    expect(status(el)).to.equal('Exit this page expired.');

    vi.advanceTimersByTime(5000);
    await el.updateComplete;
    expect(status(el)).to.equal('');

    await shift(el, 2);
    expect(litDots(el)).to.equal(2);
    expect(exits).to.have.length(0);
    expectStayed();
  });

  it('is off with shortcut="false", and can be turned on again', async () => {
    const exits = recordExits();
    const el = await mount({ href: '#exited-off', shortcut: 'false' });
    expect(el.shortcut).to.equal(false);
    document.getElementById('elsewhere')!.focus();
    await shift(el, 3);
    expect(litDots(el)).to.equal(0);
    expect(exits).to.have.length(0);
    expectStayed();

    el.removeAttribute('shortcut');
    await settle(el);
    expect(el.shortcut).to.equal(true);
    await shift(el, 3);
    expect(exits.map((exit) => exit.detail)).to.deep.equal([{ method: 'shortcut' }]);
  });

  it('uses one capture-phase keyup listener however many instances, and exits through the first', async () => {
    const isKeyupCapture = ([type, , options]: unknown[]) =>
      type === 'keyup' && (options === true || (options as AddEventListenerOptions | undefined)?.capture === true);
    const added = vi.spyOn(document, 'addEventListener');
    const removed = vi.spyOn(document, 'removeEventListener');
    const windowAdded = vi.spyOn(window, 'addEventListener');
    const windowRemoved = vi.spyOn(window, 'removeEventListener');
    const exits = recordExits();

    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <cop-quick-exit id="first" href="#exited-first"></cop-quick-exit>
      <cop-quick-exit id="second" href="#exited-second"></cop-quick-exit>
      <cop-quick-exit id="third" href="#exited-third" shortcut="false"></cop-quick-exit>
      <p id="content">Content</p>
      <button id="elsewhere" type="button">Something else</button>
    </div>`);
    const [first, second, third] = [...wrapper.querySelectorAll('cop-quick-exit')];
    await settle(third);
    expect(added.mock.calls.filter(isKeyupCapture)).to.have.length(1);
    expect(windowAdded.mock.calls.filter(([type]) => type === 'pageshow')).to.have.length(1);

    document.getElementById('elsewhere')!.focus();
    await shift(first, 2);
    expect([litDots(first), litDots(second), litDots(third)]).to.deep.equal([2, 0, 0]);
    await shift(first);
    expect(exits.map((exit) => [exit.detail.method, (exit.target as Element).id])).to.deep.equal([['shortcut', 'first']]);
    expect(location.hash).to.equal('#exited-first');

    second.remove();
    expect(removed.mock.calls.filter(isKeyupCapture)).to.have.length(0);
    first.remove();
    // the third instance does not use the shortcut: the listener goes with the last one that does
    expect(removed.mock.calls.filter(isKeyupCapture)).to.have.length(1);
    expect(windowRemoved.mock.calls.filter(([type]) => type === 'pageshow')).to.have.length(0);
    third.remove();
    expect(windowRemoved.mock.calls.filter(([type]) => type === 'pageshow')).to.have.length(1);
    wrapper.prepend(second);
    expect(added.mock.calls.filter(isKeyupCapture)).to.have.length(2);
    second.remove();
    expect(removed.mock.calls.filter(isKeyupCapture)).to.have.length(2);
  });
});

describe('<cop-quick-exit> languages', () => {
  const names = {
    ar: 'طوارئ الخروج من هذه الصفحة',
    es: 'Emergencia Salir de esta página',
    fr: 'Urgence Quitter cette page',
    ru: 'Экстренно Покинуть эту страницу',
    'zh-Hans': '紧急 离开此页面',
  };
  for (const [lang, name] of Object.entries(names)) {
    it(`names the link in ${lang}`, async () => {
      const el = await mount({ href: '#x', lang });
      await aTimeout(50);
      await settle(el);
      expect(nameOf(el)).to.equal(name);
      expect(page.getByRole('link', { name, exact: true }).element()).to.equal(link(el));
      await expect(el).to.be.accessible();
      // Counting and expired states, in this language too.
      document.getElementById('elsewhere')!.focus();
      await shift(el);
      expect(status(el)).not.to.equal('');
      if (lang !== 'en') expect(status(el)).not.to.contain('press 2 more times');
      await expect(el).to.be.accessible();
      await userEvent.keyboard('a');
      await el.updateComplete;
      expect(status(el)).not.to.equal('');
      await expect(el).to.be.accessible();
    });
  }

  it('works right to left in Arabic, in every state', async () => {
    document.documentElement.lang = 'ar';
    const el = await mount({ href: '#exited-ar' });
    await aTimeout(50);
    await settle(el);
    expect(getComputedStyle(link(el)).direction).to.equal('rtl');
    await expect(el).to.be.accessible();

    document.getElementById('elsewhere')!.focus();
    await shift(el);
    expect(status(el)).to.equal('مفتاح Shift: اضغط مرتين أخريين للخروج.');
    await expect(el).to.be.accessible();
    await shift(el);
    expect(status(el)).to.equal('مفتاح Shift: اضغط مرة واحدة أخرى للخروج.');
    expect(litDots(el)).to.equal(2);
    await expect(el).to.be.accessible();
    await userEvent.keyboard('a');
    await el.updateComplete;
    expect(status(el)).to.equal('الخروج من هذه الصفحة: انتهت المهلة.');
    await expect(el).to.be.accessible();

    await userEvent.click(link(el));
    expectLeft('#exited-ar', 'جارٍ التحميل.');
    expect(overlay()!.lang).to.equal('ar');
    expect(overlay()!.dir).to.equal('rtl');
    await expect(overlay()!).to.be.accessible();
  });
});
