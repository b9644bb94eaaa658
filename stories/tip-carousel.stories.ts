import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../src/tip-carousel.js';
import type { CopTipCarousel } from '../src/tip-carousel.js';
import type { Audience, Risk, RiskProfile, Tip } from '../src/components/tip-carousel/tip-carousel.model.js';
import { loadPack } from '../src/components/tip-carousel/tip-carousel.packs.js';
import { SHIPPED_LOCALES, type Locale } from '../src/core/locale.js';
import youthClubTips from './assets/youth-club.tips.json';
import {
  ALL_LOCALES_NOTE,
  ATTRIBUTE,
  audienceStoryFor,
  contentErrorRow,
  CSS_PROP,
  cssPartRows,
  customProperties,
  eventRow,
  expectErrorCode,
  expectRightToLeft,
  inEveryLocale,
  inlineDocumentRow,
  jsonScript,
  localeOf,
  localeStoryFor,
  part,
  PROPERTY,
  shipped,
  shown,
  shownInEveryLocale,
} from './helpers.js';

/* ------------------------------------------------------------------------------------------------
 * Args: one per attribute, property, CSS custom property and event of <cop-tip-carousel>.
 * ---------------------------------------------------------------------------------------------- */

interface CarouselArgs {
  audience: Audience | '';
  risks: string;
  pack: string;
  src: string;
  content: unknown;
  /** Story-only: a tips document written into a `<script type="application/json">` child. */
  inline: unknown;
  autoplay: boolean;
  interval: number;
  for: string;
  picker: '' | 'tabs';
  'heading-level': number;
  '--cop-carousel-background': string;
  '--cop-carousel-color': string;
  '--cop-carousel-accent': string;
  '--cop-carousel-border': string;
  '--cop-carousel-min-height': string;
  onTipChange: (event: Event) => void;
  onError: (event: Event) => void;
}

const CSS_PROPS = [
  '--cop-carousel-background',
  '--cop-carousel-color',
  '--cop-carousel-accent',
  '--cop-carousel-border',
  '--cop-carousel-min-height',
] as const;

/** Renders the carousel from args. */
function renderCarousel(args: CarouselArgs): TemplateResult {
  return html`<cop-tip-carousel
    audience=${args.audience || nothing}
    risks=${args.risks || nothing}
    pack=${args.pack || nothing}
    src=${args.src || nothing}
    ?autoplay=${args.autoplay}
    interval=${args.interval ?? nothing}
    for=${args.for || nothing}
    picker=${args.picker || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    style=${customProperties(args, CSS_PROPS)}
    .content=${args.content}
    @cop-tip-change=${args.onTipChange}
    @cop-error=${args.onError}
    >${args.inline ? jsonScript(args.inline) : nothing}</cop-tip-carousel
  >`;
}

/* ------------------------------------------------------------------------------------------------
 * Documents used by the stories (written for these docs)
 * ---------------------------------------------------------------------------------------------- */

const SCHOOL_TIPS = {
  schema: 'cop-widgets/tips@1',
  id: 'hillview-school',
  version: 1,
  locale: 'en',
  title: 'Tips from Hillview School',
  tips: [
    {
      id: 'school-screen-free-meals',
      risk: 'conduct',
      audience: ['parents'],
      title: 'Keep mealtimes screen-free',
      body: 'Meals without phones, for adults too, are an easy moment to hear about your child’s day online and offline.',
    },
    {
      id: 'school-class-chat',
      risk: 'contact',
      audience: ['parents', 'educators'],
      title: 'Know who is in the class chat',
      body: 'Class group chats sometimes include people who left the school or were never in it. Ask your child who is there.',
    },
    {
      id: 'school-pupil-login',
      risk: 'contract',
      audience: ['children'],
      title: 'Your school login is only yours',
      body: 'Never give your school password to a friend. If someone knows it, tell your teacher so it can be changed.',
    },
    {
      id: 'school-age-ratings',
      risk: 'content',
      audience: ['parents'],
      title: 'Check age ratings together',
      body: 'Before a new game or app, look up its age rating with your child and talk about why it has that rating.',
      link: 'https://example.org/age-ratings',
    },
  ],
};

/** A document with only `contract` tips, used to show a filter that matches nothing. */
const SHOPPING_TIPS = {
  schema: 'cop-widgets/tips@1',
  id: 'in-game-shopping',
  version: 1,
  locale: 'en',
  title: 'Spending money in games',
  tips: [
    {
      id: 'shopping-ask-first',
      risk: 'contract',
      audience: ['children'],
      title: 'Ask before you buy',
      body: 'Coins, gems and loot boxes cost real money. Ask the adult who pays before you buy anything in a game.',
    },
    {
      id: 'shopping-timers',
      risk: 'contract',
      audience: ['children'],
      title: 'Countdown offers are a trick',
      body: 'A timer that says an offer ends in one minute is there to rush you. A good offer can wait until you have asked.',
    },
  ],
};

/** A document whose tip names a risk that is not one of the four Cs. */
const UNKNOWN_RISK_TIPS = {
  schema: 'cop-widgets/tips@1',
  id: 'unknown-risk',
  version: 1,
  locale: 'en',
  title: 'Tips with a mistake',
  tips: [
    {
      id: 'scam-texts',
      risk: 'scams',
      audience: ['children'],
      title: 'Texts about prizes',
      body: 'A message saying you won something you never entered is not real. Do not click its link.',
    },
  ],
};

/** The `cop-quiz-complete` detail the quiz stand-in sends: contact weakest, then contract. */
const QUIZ_RESULT = {
  quizId: 'demo',
  version: 1,
  score: 5,
  total: 10,
  profile: { content: 1, contact: 0.3, conduct: 1, contract: 0.6 } satisfies RiskProfile,
};

/** Sends the result from the stand-in quiz (the element whose id the carousel's `for` names). */
function completeQuiz(event: Event): void {
  const quiz = (event.currentTarget as HTMLElement).closest<HTMLElement>('.cop-story-quiz')!;
  quiz.dispatchEvent(new CustomEvent('cop-quiz-complete', { bubbles: true, composed: true, detail: QUIZ_RESULT }));
}

/* ------------------------------------------------------------------------------------------------
 * Play-function helpers
 * ---------------------------------------------------------------------------------------------- */

const carouselIn = (canvas: HTMLElement) => canvas.querySelector<CopTipCarousel>('cop-tip-carousel')!;
const slides = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="slide"]')];
const current = (el: Element) => slides(el).find((slide) => slide.hasAttribute('data-current'))!;
const titleOf = (slide: Element) => slide.querySelector('[part="title"]')!.textContent!.trim();

/** Waits until the carousel region has rendered (its tips loaded and checked). */
const shownCarousel = (canvas: HTMLElement) => shown<CopTipCarousel>(canvas, 'cop-tip-carousel', 'base');

/** The built-in tips the carousel shows for an audience in a locale, in pack order. */
const builtInTips = async (audience: Audience, locale: Locale) => (await loadPack(audience, locale)).tips as Tip[];

/** Checks what every built-in story shows: the pack's name, its tips, the first one current. */
async function expectPack(el: CopTipCarousel, audience: Audience, locale: Locale): Promise<Tip[]> {
  const pack = await loadPack(audience, locale);
  const base = part(el, 'base')!;
  await waitFor(() => expect(base.getAttribute('aria-label')).toBe(pack.title));
  await expect(base.getAttribute('aria-roledescription')).toBe(await shipped(locale, 'carousel.roledescription', 'carousel'));
  await expect(slides(el)).toHaveLength(pack.tips.length);
  await expect(titleOf(current(el))).toBe(pack.tips[0].title);
  await expect(part(el, 'next')!.getAttribute('aria-label')).toBe(await shipped(locale, 'carousel.next', 'Next tip'));
  return pack.tips;
}

/* ------------------------------------------------------------------------------------------------
 * Meta
 * ---------------------------------------------------------------------------------------------- */

const meta: Meta<CarouselArgs> = {
  title: 'Elements/Tip carousel',
  component: 'cop-tip-carousel',
  tags: ['autodocs'],
  render: (args) => renderCarousel(args),
  args: {
    audience: 'children',
    risks: '',
    pack: 'core',
    src: '',
    content: undefined,
    inline: undefined,
    autoplay: false,
    interval: 7000,
    for: '',
    picker: '',
    'heading-level': 3,
    '--cop-carousel-background': '',
    '--cop-carousel-color': '',
    '--cop-carousel-accent': '',
    '--cop-carousel-border': '',
    '--cop-carousel-min-height': '',
    onTipChange: fn(),
    onError: fn(),
  },
  argTypes: {
    audience: {
      description:
        '`children` (9–12) · `teens` (13–17) · `parents` · `educators`: which built-in pack. In your own document, ' +
        'when set, only the tips for that audience.',
      options: ['children', 'teens', 'parents', 'educators'],
      control: 'inline-radio',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'children' } },
    },
    risks: {
      description: 'Comma list of `content, contact, conduct, contract` (the 4 Cs): only tips for those risks. Empty: all.',
      control: 'text',
      table: ATTRIBUTE,
    },
    pack: {
      description: 'The built-in pack: `core` (tips for each audience in every shipped language).',
      options: ['core'],
      control: 'inline-radio',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'core' } },
    },
    src: {
      description: 'URL of a tips document (`cop-widgets/tips@1`); overrides `pack`. Used when there is no `content` and no inline JSON.',
      control: 'text',
      table: ATTRIBUTE,
    },
    content: {
      description:
        'A parsed tips document; wins over inline JSON and `src`. Shape: `{schema: "cop-widgets/tips@1", id, version, ' +
        'locale, title?, tips: [{id, risk, audience: [...], title, body, link?, topic?, riskType?, sensitivity?}]}`.',
      control: 'object',
      table: { ...PROPERTY, type: { summary: 'TipsDocument | undefined' } },
    },
    inline: inlineDocumentRow('tips'),
    autoplay: {
      description:
        'Rotate through the tips. Off by default; never under reduced motion. Adds a stop/start button first in the ' +
        'tab order; focus inside stops rotation, hovering pauses it.',
      control: 'boolean',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'false' } },
    },
    interval: {
      description: 'Milliseconds between tips when rotating; never below 5000.',
      control: { type: 'number', min: 5000, step: 500 },
      table: { ...ATTRIBUTE, defaultValue: { summary: '7000' } },
    },
    for: {
      description: 'The id of a risk quiz: when it sends `cop-quiz-complete`, tips for its weakest risks come first.',
      control: 'text',
      table: ATTRIBUTE,
    },
    picker: {
      description: '`tabs` adds a tab list to pick a tip directly.',
      options: ['', 'tabs'],
      control: { type: 'inline-radio', labels: { '': '(none)', tabs: 'tabs' } },
      table: ATTRIBUTE,
    },
    'heading-level': {
      description: 'Level of each tip’s heading, 2 to 6 (exposed as `role="heading"` with `aria-level`).',
      options: [2, 3, 4, 5, 6],
      control: 'inline-radio',
      table: { ...ATTRIBUTE, defaultValue: { summary: '3' } },
    },
    '--cop-carousel-background': { description: 'Background (default: `--cop-color-surface`).', control: 'color', table: CSS_PROP },
    '--cop-carousel-color': { description: 'Text colour.', control: 'color', table: CSS_PROP },
    '--cop-carousel-accent': {
      description: 'Top border, buttons and links (default: `--cop-color-primary`).',
      control: 'color',
      table: CSS_PROP,
    },
    '--cop-carousel-border': { description: 'Border colour.', control: 'color', table: CSS_PROP },
    '--cop-carousel-min-height': {
      description: 'Room kept for a slide, so short tips do not move the page (default: `12rem`).',
      control: 'text',
      table: CSS_PROP,
    },
    onTipChange: eventRow('cop-tip-change', 'Another tip is shown (by the person or by rotation). Detail: `{index, tipId}`.'),
    onError: contentErrorRow(),
    // CSS parts: documentation rows only (no arg).
    ...cssPartRows([
      ['base', 'The carousel region.'],
      ['pack-title', 'The pack’s title above the tips.'],
      ['controls', 'The row of buttons.'],
      ['rotation', 'The start/stop rotation button (only with `autoplay`).'],
      ['previous', 'The previous tip button.'],
      ['next', 'The next tip button.'],
      ['picker', 'The tab list of tips (with `picker="tabs"`).'],
      ['counter', 'The visible "3 / 12".'],
      ['slides', 'The box holding the slides.'],
      ['slide', 'Each tip.'],
      ['title', 'A tip’s title.'],
      ['body', 'A tip’s text.'],
      ['link', 'A tip’s link, when it has one.'],
      ['reason', 'The line saying the order follows a quiz result.'],
      ['empty', 'The line shown when no tip matches.'],
      ['error', 'The line shown when a document cannot be used.'],
    ]),
  },
  parameters: {
    docs: {
      description: {
        component: `
Safety tips, one at a time, following the WAI-ARIA carousel pattern: previous and next buttons that
keep focus where it is, slides named "3 of 20", hidden slides inert, and — only with \`autoplay\` —
rotation with a stop button first in the tab order. The tips come from a built-in pack per audience and
language, or from your own document. After a risk quiz named by \`for\` completes, tips for its
weakest risks come first.

\`\`\`html
<script type="module">import 'cop-widgets/tip-carousel.js';</script>
<cop-tip-carousel audience="teens" risks="contact, conduct"></cop-tip-carousel>
\`\`\`

**Language and direction.** Use the **Locale** toolbar: the built-in pack is loaded in the language of the
wrapper's \`lang\`, with the element's own button labels, and in Arabic the carousel runs right to left
(the arrow keys and swipes follow the reading direction). Your own documents stay in the language you
wrote them in.
`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<CarouselArgs>;

/* ------------------------------------------------------------------------------------------------
 * Built-in packs, one per audience
 * ---------------------------------------------------------------------------------------------- */

/** The default: the pack for children, with previous and next. */
export const Children: Story = {
  parameters: {
    docs: {
      description: {
        story: 'The default: the built-in pack for children (9–12). The play function moves to the next tip.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const el = await shownCarousel(canvasElement);
    const tips = await expectPack(el, 'children', localeOf({ globals }));
    await expect(part(el, 'rotation')).toBeNull();
    await expect(part(el, 'slides')!.getAttribute('aria-live')).toBe('polite');
    await userEvent.click(part(el, 'next')!);
    await waitFor(() => expect(titleOf(current(el))).toBe(tips[1].title));
    await expect(args.onTipChange).toHaveBeenCalledWith(expect.objectContaining({ detail: { index: 1, tipId: tips[1].id } }));
  },
};

const audienceStory = audienceStoryFor<Audience, CarouselArgs, CopTipCarousel>(shownCarousel, expectPack);

export const Teens: Story = audienceStory('teens', '`audience="teens"`: the pack for 13 to 17 year olds.');
export const Parents: Story = audienceStory('parents', '`audience="parents"`: the pack for parents and carers.');
export const Educators: Story = audienceStory('educators', '`audience="educators"`: the pack for teachers and youth workers.');

/* ------------------------------------------------------------------------------------------------
 * Choosing and ordering tips
 * ---------------------------------------------------------------------------------------------- */

export const RiskFilter: Story = {
  args: { risks: 'contact,conduct' },
  parameters: {
    docs: {
      description: {
        story:
          '`risks="contact,conduct"`: only the tips about who children meet online (contact) and how they behave ' +
          '(conduct), in pack order.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const el = await shownCarousel(canvasElement);
    const wanted = args.risks.split(',').map((risk) => risk.trim());
    const expected = (await builtInTips('children', localeOf({ globals }))).filter((tip) => wanted.includes(tip.risk));
    await waitFor(() => expect(slides(el).map(titleOf)).toEqual(expected.map((tip) => tip.title)));
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const Autoplay: Story = {
  args: { autoplay: true },
  parameters: {
    docs: {
      description: {
        story:
          '`autoplay`: a new tip every 7 seconds (`interval`, never below 5000 ms). The stop button comes first, the ' +
          'slides stop announcing themselves while rotating, focus inside stops rotation and hovering pauses it. ' +
          'With reduced motion there is no rotation and no button. The play function checks the start only.',
      },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const el = await shownCarousel(canvasElement);
    const rotation = part(el, 'rotation');
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      await expect(rotation).toBeNull();
      return;
    }
    await expect(rotation).not.toBeNull();
    await expect(el.shadowRoot!.querySelector('button')).toBe(rotation);
    await expect(rotation!.getAttribute('aria-label')).toBe(
      await shipped(localeOf({ globals }), 'carousel.stop', 'Stop tip rotation'),
    );
    await expect(part(el, 'slides')!.getAttribute('aria-live')).toBe('off');
  },
};

export const TabsPicker: Story = {
  args: { picker: 'tabs' },
  parameters: {
    docs: {
      description: {
        story:
          '`picker="tabs"`: a tab list to jump straight to a tip; the slides become tab panels. The play function ' +
          'picks the third tip.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownCarousel(canvasElement);
    const tips = await builtInTips('children', locale);
    await expect(part(el, 'picker')!.getAttribute('aria-label')).toBe(await shipped(locale, 'carousel.picker', 'Choose a tip'));
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    await expect(tabs).toHaveLength(tips.length);
    await expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    await userEvent.click(tabs[2]);
    await waitFor(() => expect(tabs[2].getAttribute('aria-selected')).toBe('true'));
    await expect(tabs[0].getAttribute('aria-selected')).toBe('false');
    await expect(titleOf(current(el))).toBe(tips[2].title);
    await expect(current(el).getAttribute('role')).toBe('tabpanel');
    await expect(args.onTipChange).toHaveBeenCalledWith(expect.objectContaining({ detail: { index: 2, tipId: tips[2].id } }));
  },
};

export const AfterQuiz: Story = {
  render: (args) =>
    html`<div class="cop-story-quiz" id=${args.for} style="margin-block-end: 1rem">
        <p>A stand-in for a risk quiz: the button sends the <code>cop-quiz-complete</code> event a finished quiz sends.</p>
        <button type="button" @click=${completeQuiz}>Finish the sample quiz</button>
      </div>
      ${renderCarousel(args)}`,
  args: { for: 'online-habits-quiz' },
  parameters: {
    docs: {
      description: {
        story:
          '`for="online-habits-quiz"`: when the element with that id sends `cop-quiz-complete`, the carousel puts ' +
          'the tips for the weakest risks first (here contact, scored 0.3, then contract, 0.6), stops any rotation ' +
          'and says why. The play function finishes the sample quiz.',
      },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownCarousel(canvasElement);
    const tips = await builtInTips('children', locale);
    const riskOf = (title: string) => tips.find((tip) => tip.title === title)!.risk;
    await expect(part(el, 'reason')).toBeNull();

    await userEvent.click(canvasElement.querySelector('.cop-story-quiz button')!);
    await waitFor(() => expect(part(el, 'reason')).not.toBeNull());
    await expect(part(el, 'reason')!.textContent!.trim()).toBe(
      await shipped(locale, 'carousel.reason', 'Tips about what your quiz showed come first.'),
    );
    await expect(riskOf(titleOf(current(el)))).toBe('contact');
    // Every tip in the order of its risk's score, lowest first: contact, contract, then the rest.
    const score = (risk: Risk) => QUIZ_RESULT.profile[risk];
    const scores = slides(el).map((slide) => score(riskOf(titleOf(slide))));
    await expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await expect(slides(el)).toHaveLength(tips.length);
  },
};

/* ------------------------------------------------------------------------------------------------
 * Your own tips
 * ---------------------------------------------------------------------------------------------- */

export const FromDocument: Story = {
  args: { audience: 'parents', inline: SCHOOL_TIPS },
  parameters: {
    docs: {
      description: {
        story:
          'A school’s own tips in an inline `<script type="application/json">` (edit it in Controls). A document may ' +
          'hold tips for several audiences: with `audience="parents"`, the tip for children is left out. Titles and ' +
          'texts are rendered as text, never as HTML; a tip with a `link` gets a "Find out more" link.',
      },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const el = await shownCarousel(canvasElement);
    const expected = SCHOOL_TIPS.tips.filter((tip) => tip.audience.includes('parents'));
    await waitFor(() => expect(part(el, 'base')!.getAttribute('aria-label')).toBe(SCHOOL_TIPS.title));
    await expect(slides(el).map(titleOf)).toEqual(expected.map((tip) => tip.title));
    // Back from the first tip wraps round to the last, which has a link.
    await userEvent.click(part(el, 'previous')!);
    await waitFor(() => expect(titleOf(current(el))).toBe(expected[expected.length - 1].title));
    const link = current(el).querySelector<HTMLAnchorElement>('[part="link"]')!;
    await expect(link.href).toBe('https://example.org/age-ratings');
    await expect(link.textContent!.trim()).toBe(await shipped(localeOf({ globals }), 'carousel.more', 'Find out more'));
  },
};

export const FromSrc: Story = {
  args: { audience: 'teens', src: 'story-assets/youth-club.tips.json' },
  parameters: {
    docs: {
      description: {
        story: 'A youth club’s tips fetched from `src` (a JSON file served next to these docs), without credentials or referrer.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = carouselIn(canvasElement);
    await waitFor(() => expect(part(el, 'base')?.getAttribute('aria-label')).toBe(youthClubTips.title), { timeout: 12_000 });
    await expect(slides(el).map(titleOf)).toEqual(youthClubTips.tips.map((tip) => tip.title));
  },
};

export const InvalidDocument: Story = {
  args: { inline: UNKNOWN_RISK_TIPS },
  parameters: {
    docs: {
      description: {
        story:
          'A document whose tip has `risk: "scams"`, which is not one of the four Cs. The carousel shows a short ' +
          'error line (`::part(error)`) in its own language, logs the details to the console and fires `cop-error` ' +
          'with `code: "invalid-content"` naming the allowed risks. It never throws. The document is not used; ' +
          'whether the built-in pack shows under the line depends on whether it had loaded before the document was ' +
          'checked (in this story on its own, it has).',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const el = carouselIn(canvasElement);
    await waitFor(() => expect(part(el, 'error')).not.toBeNull());
    await expect(part(el, 'error')!.textContent!.trim()).toBe(
      await shipped(localeOf({ globals }), 'content.invalid.short', 'This content could not be shown.'),
    );
    // None of the document's tips is shown.
    await expect(slides(el).map(titleOf)).not.toContain(UNKNOWN_RISK_TIPS.tips[0].title);
    await expectErrorCode(args.onError, 'invalid-content');
  },
};

export const NoMatch: Story = {
  args: { inline: SHOPPING_TIPS, risks: 'content' },
  parameters: {
    docs: {
      description: {
        story:
          'A document with only `contract` tips, filtered with `risks="content"`: nothing matches, so the carousel ' +
          'says so (`::part(empty)`) instead of showing an empty box. This is not an error.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const el = carouselIn(canvasElement);
    await waitFor(() => expect(part(el, 'empty')).not.toBeNull());
    await expect(part(el, 'empty')!.textContent!.trim()).toBe(
      await shipped(localeOf({ globals }), 'carousel.empty', 'No tips match these settings.'),
    );
    await expect(part(el, 'base')).toBeNull();
    await expect(part(el, 'error')).toBeNull();
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------------
 * Languages
 * ---------------------------------------------------------------------------------------------- */

const localeStory = localeStoryFor<CarouselArgs, CopTipCarousel>(shownCarousel, async (el, locale) => {
  await expectPack(el, 'children', locale);
});

export const Localized: Story = localeStory(null, 'The built-in pack and the button labels follow the Locale toolbar.');

export const Arabic: Story = {
  ...localeStory(
    'ar',
    'Arabic (`lang="ar"`): the Arabic pack, right to left. "Next" points left and sits left of "previous"; the ' +
      'left arrow key shows the next tip. The play function presses it.',
  ),
  play: async ({ canvasElement }) => {
    const el = await shownCarousel(canvasElement);
    const tips = await expectPack(el, 'children', 'ar');
    await expectRightToLeft(el);
    await expect(part(el, 'next')!.getAttribute('aria-label')).toBe('النصيحة التالية');
    await expect(part(el, 'next')!.getBoundingClientRect().left).toBeLessThan(part(el, 'previous')!.getBoundingClientRect().left);
    part(el, 'next')!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(titleOf(current(el))).toBe(tips[1].title));
  },
};

export const Spanish: Story = localeStory('es');
export const French: Story = localeStory('fr');
export const Russian: Story = localeStory('ru');
export const ChineseSimplified: Story = localeStory('zh-Hans');

export const AllLocales: Story = {
  render: (args) => inEveryLocale(() => renderCarousel(args)),
  parameters: { docs: { description: { story: ALL_LOCALES_NOTE } } },
  play: async ({ canvasElement }) => {
    const carousels = await shownInEveryLocale<CopTipCarousel>(canvasElement, 'cop-tip-carousel', 'base');
    for (const [i, locale] of SHIPPED_LOCALES.entries()) await expectPack(carousels[i], 'children', locale);
  },
};
