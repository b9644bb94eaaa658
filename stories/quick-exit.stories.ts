import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../src/quick-exit.js';
import type { CopQuickExit } from '../src/quick-exit.js';
import { SHIPPED_LOCALES, type Locale } from '../src/core/locale.js';
import {
  ATTRIBUTE,
  CSS_PROP,
  cssPartRows,
  customProperties,
  eventRow,
  expectErrorCode,
  expectRightToLeft,
  inEveryLocale,
  localeOf,
  localeStoryFor,
  part,
  shipped,
  shown,
  shownInEveryLocale,
  SLOT,
  type GlobalsContext,
} from './helpers.js';

/* ------------------------------------------------------------------------------------------------
 * Args: one per attribute, slot, CSS custom property and event of <cop-quick-exit>.
 * ---------------------------------------------------------------------------------------------- */

interface QuickExitArgs {
  href: string;
  shortcut: boolean;
  /** Story-only: the href of a plain link written inside the element (empty: no link). */
  link: string;
  '--cop-quick-exit-background': string;
  '--cop-quick-exit-color': string;
  '--cop-quick-exit-z-index': string;
  onExit: (event: Event) => void;
  onError: (event: Event) => void;
}

const CSS_PROPS = ['--cop-quick-exit-background', '--cop-quick-exit-color', '--cop-quick-exit-z-index'] as const;

/** Where the element goes when it is given nowhere (DEFAULT_DESTINATION in quick-exit.model.ts). */
const DEFAULT_DESTINATION = 'https://www.wikipedia.org/';

/**
 * These docs must never leave Storybook: every story cancels `cop-quick-exit` before it reaches
 * the element's default action (blanking the page and going to the destination), then logs it.
 */
const stayHere = (log: (event: Event) => void) => (event: Event) => {
  event.preventDefault();
  log(event);
};

/* ------------------------------------------------------------------------------------------------
 * Text of the page around the button (written for these docs, one sentence per language), and the
 * strings the element itself ships for its link (see locales/*.xlf).
 * ---------------------------------------------------------------------------------------------- */

const PAGE_COPY: Record<Locale, string> = {
  en:
    'If someone is hurting you or making you feel unsafe, you can talk to a counsellor for free, day or night. ' +
    'You do not have to give your name.',
  ar: 'إذا كان أحد يؤذيك أو يجعلك تشعر بعدم الأمان، يمكنك التحدث مع مرشد مجانًا في أي وقت من الليل أو النهار. لا يلزمك ذكر اسمك.',
  es: 'Si alguien te hace daño o te hace sentir en peligro, puedes hablar gratis con un orientador, de día o de noche. No tienes que decir tu nombre.',
  fr:
    'Si quelqu’un te fait du mal ou te fait sentir en danger, tu peux parler gratuitement à un conseiller, de jour comme de nuit. ' +
    'Tu n’as pas besoin de donner ton nom.',
  ru: 'Если кто-то причиняет тебе вред или ты чувствуешь себя в опасности, можно бесплатно поговорить с консультантом днём и ночью. Называть своё имя не нужно.',
  'zh-Hans': '如果有人伤害你，或让你感到不安全，你可以免费和辅导员聊一聊，白天晚上都可以。你不需要说出自己的名字。',
};

/** The link's accessible name in each shipped locale: the hidden "Emergency" prefix, then the label. */
const LINK_NAME: Record<Locale, { emergency: string; label: string }> = {
  en: { emergency: 'Emergency', label: 'Exit this page' },
  ar: { emergency: 'طوارئ', label: 'الخروج من هذه الصفحة' },
  es: { emergency: 'Emergencia', label: 'Salir de esta página' },
  fr: { emergency: 'Urgence', label: 'Quitter cette page' },
  ru: { emergency: 'Экстренно', label: 'Покинуть эту страницу' },
  'zh-Hans': { emergency: '紧急', label: '离开此页面' },
};

/** Renders the element from args, followed by a little of the page it protects. */
function renderQuickExit(args: QuickExitArgs, context: GlobalsContext): TemplateResult {
  const locale = localeOf(context);
  return html`<cop-quick-exit
      href=${args.href || nothing}
      shortcut=${args.shortcut === false ? 'false' : nothing}
      style=${customProperties(args, CSS_PROPS)}
      @cop-quick-exit=${stayHere(args.onExit)}
      @cop-error=${args.onError}
      >${args.link ? html`<a href=${args.link} rel="nofollow noreferrer">${LINK_NAME[locale].label}</a>` : nothing}</cop-quick-exit
    >
    <p class="cop-story-page">${PAGE_COPY[locale]}</p>`;
}

/* ------------------------------------------------------------------------------------------------
 * Play-function helpers
 * ---------------------------------------------------------------------------------------------- */

const linkOf = (el: CopQuickExit) => part(el, 'link') as HTMLAnchorElement;
const nameOf = (el: CopQuickExit) => linkOf(el).textContent!.replace(/\s+/g, ' ').trim();
const statusOf = (el: CopQuickExit) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const litDots = (el: CopQuickExit) => part(el, 'indicator')!.querySelectorAll('.light--on').length;
const overlay = () => document.querySelector('.cop-quick-exit-overlay');
const pageHidden = () => document.body.classList.contains('cop-quick-exit-hiding');

/** Waits until the element has rendered its link, in its language. */
const shownExit = (canvas: HTMLElement) => shown<CopQuickExit>(canvas, 'cop-quick-exit', 'link');

/** Presses and releases Shift on its own, as someone counting towards the shortcut does. */
async function pressShift(el: CopQuickExit, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await userEvent.keyboard('{Shift}');
  await el.updateComplete;
}

/** The page is still there: no cover, no hiding class, the same address, the text visible. */
async function expectStayed(canvas: HTMLElement, address: string): Promise<void> {
  await expect(overlay()).toBeNull();
  await expect(pageHidden()).toBe(false);
  await expect(location.href).toBe(address);
  await expect(canvas.querySelector<HTMLElement>('.cop-story-page')!.checkVisibility()).toBe(true);
}

/* ------------------------------------------------------------------------------------------------
 * Meta
 * ---------------------------------------------------------------------------------------------- */

const meta: Meta<QuickExitArgs> = {
  title: 'Elements/Quick exit',
  component: 'cop-quick-exit',
  tags: ['autodocs'],
  render: (args, context) => renderQuickExit(args, context),
  args: {
    href: 'https://weather.example/',
    shortcut: true,
    link: '',
    '--cop-quick-exit-background': '',
    '--cop-quick-exit-color': '',
    '--cop-quick-exit-z-index': '',
    onExit: fn(),
    onError: fn(),
  },
  argTypes: {
    href: {
      description:
        'The neutral web page to go to (`https:` or `http:`). Wins over a link written inside. Any other scheme is ' +
        `refused with a \`cop-error\` and the default, \`${DEFAULT_DESTINATION}\`, is used.`,
      control: 'text',
      table: ATTRIBUTE,
    },
    shortcut: {
      description:
        'Whether pressing Shift three times leaves the page. On by default: only `shortcut="false"` turns it off ' +
        '(here: unticking the box writes that attribute).',
      control: 'boolean',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'on' } },
    },
    link: {
      name: '(default)',
      description:
        'A plain `<a href>` inside the element: the exit that works before and without JavaScript. Once the element ' +
        'is defined it shows its own link to the same place. Here: the href of that link (empty: no link).',
      control: 'text',
      table: SLOT,
    },
    '--cop-quick-exit-background': {
      description: 'Background of the link (default: `--cop-color-warning`). Keep 4.5:1 contrast with the text.',
      control: 'color',
      table: CSS_PROP,
    },
    '--cop-quick-exit-color': {
      description: 'Text of the link (default: white, near-black on a dark page).',
      control: 'color',
      table: CSS_PROP,
    },
    '--cop-quick-exit-z-index': { description: 'Stacking level of the sticky bar (default: `1000`).', control: 'text', table: CSS_PROP },
    onExit: eventRow(
      'cop-quick-exit',
      'Cancelable; the person asked to leave, before the page is hidden. Detail: `{method}`: `click`, `keyboard` or ' +
        '`shortcut`. **Every story here cancels it**, so these docs stay put.',
    ),
    onError: eventRow('cop-error', 'The destination is not a web page; the default is used. Detail: `{code, message}`.'),
    // CSS parts: documentation rows only (no arg).
    ...cssPartRows([
      ['base', 'The bar that holds the link and the indicator.'],
      ['link', 'The link, styled as a warning button.'],
      ['indicator', 'The three dots counting Shift presses; shown only while counting.'],
    ]),
  },
  parameters: {
    docs: {
      description: {
        component: `
A button-styled link that leaves the page at once for a neutral website, for people who may be
watched while they look for help. One click, tap or <kbd>Enter</kbd> blanks the page and goes; pressing
<kbd>Shift</kbd> three times does the same from anywhere on the page. It sticks to the top of the screen.
Back returns to the page (it stays in the browser history: say so on your site, see docs/quick-exit.md).

\`\`\`html
<script type="module">import 'cop-widgets/quick-exit.js';</script>
<body>
  <cop-quick-exit>
    <a href="https://weather.example/" rel="nofollow noreferrer">Exit this page</a>
  </cop-quick-exit>
  …
</body>
\`\`\`

**Nothing here ever leaves.** Every story listens for \`cop-quick-exit\` and calls \`preventDefault()\`,
so the button, <kbd>Enter</kbd> and the shortcut are logged in the Actions panel but the page stays.
On your site, the page is blanked and the browser goes to the destination.

**Language and direction.** Use the **Locale** toolbar: the link text (with its hidden "Emergency"
prefix for screen readers) and the shortcut announcements follow the \`lang\` of the wrapper, and in
Arabic the button sits on the left. The sentence under the button stands for your own page.
`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<QuickExitArgs>;

/* ------------------------------------------------------------------------------------------------
 * Destination
 * ---------------------------------------------------------------------------------------------- */

/** The default: an `href` to a neutral page. */
export const Default: Story = {
  parameters: {
    docs: {
      description: { story: 'An `href` to a neutral page. The link is named "Emergency Exit this page" for screen readers.' },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const el = await shownExit(canvasElement);
    const { emergency, label } = LINK_NAME[localeOf({ globals })];
    await expect(linkOf(el).href).toBe(args.href);
    await expect(el.destination).toBe(args.href);
    await expect(linkOf(el).getAttribute('rel')).toBe('nofollow noreferrer');
    await expect(nameOf(el)).toBe(`${emergency} ${label}`);
    await expect(part(el, 'indicator')!.checkVisibility()).toBe(false);
    await expect(statusOf(el)).toBe('');
    await expect(getComputedStyle(el).position).toBe('sticky');
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const SlottedLink: Story = {
  args: { href: '', link: 'https://news.example/' },
  parameters: {
    docs: {
      description: {
        story:
          'The progressive-enhancement form: a plain link inside the element, which works before the script loads and ' +
          'without JavaScript. Once defined, the element shows its own link to the same place instead.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const el = await shownExit(canvasElement);
    const written = el.querySelector<HTMLAnchorElement>(':scope > a')!;
    await expect(written.checkVisibility()).toBe(false);
    await expect(linkOf(el).href).toBe(args.link);
    await expect(el.destination).toBe(args.link);
  },
};

export const DefaultDestination: Story = {
  args: { href: '' },
  parameters: {
    docs: {
      description: {
        story:
          `Neither \`href\` nor a link inside: the element goes to \`${DEFAULT_DESTINATION}\`. That is only a safety ` +
          'net; set a destination that is ordinary where your users live.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const el = await shownExit(canvasElement);
    await expect(linkOf(el).href).toBe(DEFAULT_DESTINATION);
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const NotAWebPage: Story = {
  args: { href: 'tel:116111' },
  parameters: {
    docs: {
      description: {
        story:
          '`href="tel:116111"`: a phone number would leave the person on a blank page, so the element refuses any ' +
          'destination that is not `https:` or `http:`, uses the default instead, and fires `cop-error` ' +
          '(`code: "invalid-attribute"`). Put the helpline number in your page, not in the quick exit.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const el = await shownExit(canvasElement);
    await expect(linkOf(el).href).toBe(DEFAULT_DESTINATION);
    await expectErrorCode(args.onError, 'invalid-attribute');
  },
};

/* ------------------------------------------------------------------------------------------------
 * The "Shift three times" shortcut
 * ---------------------------------------------------------------------------------------------- */

export const ShortcutOff: Story = {
  args: { shortcut: false },
  parameters: {
    docs: {
      description: {
        story:
          '`shortcut="false"`: Shift does nothing, for instance where an input method switches languages with Shift. ' +
          'The play function presses Shift three times: no dots, no announcement, no exit.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const el = await shownExit(canvasElement);
    const address = location.href;
    await expect(el.shortcut).toBe(false);
    await pressShift(el, 3);
    await expect(part(el, 'indicator')!.checkVisibility()).toBe(false);
    await expect(statusOf(el)).toBe('');
    await expect(args.onExit).not.toHaveBeenCalled();
    await expectStayed(canvasElement, address);
  },
};

export const Counting: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'While the shortcut counts, three dots under the button show the presses and screen readers hear how many ' +
          'are left. The play function presses Shift twice. The count starts again 5 seconds after the last press ' +
          '(press Shift again in the canvas to see it: the third press is cancelled here, like every exit in these docs).',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownExit(canvasElement);
    await pressShift(el);
    await waitFor(() => expect(part(el, 'indicator')!.checkVisibility()).toBe(true));
    await expect(litDots(el)).toBe(1);
    await expect(statusOf(el)).toBe(await shipped(locale, 'quick-exit.press-two-more', 'Shift, press 2 more times to exit.'));
    await pressShift(el);
    await waitFor(() => expect(litDots(el)).toBe(2));
    await expect(statusOf(el)).toBe(await shipped(locale, 'quick-exit.press-one-more', 'Shift, press 1 more time to exit.'));
    await expect(args.onExit).not.toHaveBeenCalled();
  },
};

export const Expired: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Any other key breaks the count (so does waiting 5 seconds): the dots go and screen readers hear ' +
          '"Exit this page expired." The play function presses Shift, then types a letter.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const el = await shownExit(canvasElement);
    await pressShift(el);
    await waitFor(() => expect(litDots(el)).toBe(1));
    await userEvent.keyboard('x');
    await waitFor(() => expect(part(el, 'indicator')!.checkVisibility()).toBe(false));
    await expect(statusOf(el)).toBe(await shipped(localeOf({ globals }), 'quick-exit.expired', 'Exit this page expired.'));
    await expect(args.onExit).not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------------
 * Leaving, cancelled
 * ---------------------------------------------------------------------------------------------- */

export const Cancelled: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'A listener on `cop-quick-exit` calls `preventDefault()`, so the page stays (a site might end a session ' +
          'first, then leave itself). The play function uses all three ways out — a click, Enter on the link and ' +
          'Shift three times — and checks that each fired the event, cancelled, and that the page was neither ' +
          'covered nor left.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const el = await shownExit(canvasElement);
    const address = location.href;
    const link = linkOf(el);

    await userEvent.click(link);
    await expect(args.onExit).toHaveBeenLastCalledWith(
      expect.objectContaining({ detail: { method: 'click' }, defaultPrevented: true }),
    );
    await expectStayed(canvasElement, address);

    link.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onExit).toHaveBeenLastCalledWith(
      expect.objectContaining({ detail: { method: 'keyboard' }, defaultPrevented: true }),
    );
    await expectStayed(canvasElement, address);

    await pressShift(el, 3);
    await expect(args.onExit).toHaveBeenLastCalledWith(
      expect.objectContaining({ detail: { method: 'shortcut' }, defaultPrevented: true }),
    );
    await expect(args.onExit).toHaveBeenCalledTimes(3);
    await expectStayed(canvasElement, address);
    await expect(part(el, 'indicator')!.checkVisibility()).toBe(false);
  },
};

/* ------------------------------------------------------------------------------------------------
 * Styling
 * ---------------------------------------------------------------------------------------------- */

export const Themed: Story = {
  args: { '--cop-quick-exit-background': '#5b21b6', '--cop-quick-exit-color': '#fffbeb' },
  parameters: {
    docs: {
      description: {
        story:
          'The tokens `--cop-quick-exit-background` and `--cop-quick-exit-color` in a charity’s own colours. ' +
          'Keep a contrast of at least 4.5:1 between them.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await shownExit(canvasElement);
    const style = getComputedStyle(linkOf(el));
    await expect(style.backgroundColor).toBe('rgb(91, 33, 182)');
    await expect(style.color).toBe('rgb(255, 251, 235)');
  },
};

/* ------------------------------------------------------------------------------------------------
 * Languages
 * ---------------------------------------------------------------------------------------------- */

const localeStory = localeStoryFor<QuickExitArgs, CopQuickExit>(shownExit, async (el, locale) => {
  const { emergency, label } = LINK_NAME[locale];
  await expect(part(el, 'base')!.getAttribute('lang')).toBe(locale);
  await expect(nameOf(el)).toBe(`${emergency} ${label}`);
});

export const Localized: Story = localeStory(null, 'The link follows the Locale toolbar (the page sentence too, from a table in this story).');

export const Arabic: Story = {
  ...localeStory('ar', 'Arabic (`lang="ar"`): right to left, with the button at the inline end of the bar — the left.'),
  play: async ({ canvasElement }) => {
    const el = await shownExit(canvasElement);
    const base = await expectRightToLeft(el);
    await expect(nameOf(el)).toBe(`${LINK_NAME.ar.emergency} ${LINK_NAME.ar.label}`);
    // From 40rem up the button sits at the inline end: the left edge of the bar in Arabic.
    const bar = base.getBoundingClientRect();
    if (bar.width >= 40 * parseFloat(getComputedStyle(document.documentElement).fontSize)) {
      await expect(Math.abs(linkOf(el).getBoundingClientRect().left - bar.left)).toBeLessThan(1);
    }
  },
};

export const Spanish: Story = localeStory('es');
export const French: Story = localeStory('fr');
export const Russian: Story = localeStory('ru');
export const ChineseSimplified: Story = localeStory('zh-Hans');

export const AllLocales: Story = {
  render: (args) => inEveryLocale((locale) => renderQuickExit(args, { globals: { locale } })),
  parameters: {
    docs: {
      description: {
        story:
          'Every shipped locale, each in its own `lang` wrapper (so this story ignores the Locale toolbar). On a real ' +
          'page there is one quick exit; with several, the first one on the page answers the shortcut.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const exits = await shownInEveryLocale<CopQuickExit>(canvasElement, 'cop-quick-exit', 'link');
    for (const [i, locale] of SHIPPED_LOCALES.entries()) {
      await waitFor(() => expect(nameOf(exits[i])).toBe(`${LINK_NAME[locale].emergency} ${LINK_NAME[locale].label}`));
    }
  },
};
