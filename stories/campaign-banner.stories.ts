import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../src/campaign-banner.js';
import type { CopCampaignBanner } from '../src/campaign-banner.js';
import type { Locale } from '../src/core/locale.js';
import {
  ALL_LOCALES_NOTE,
  ATTRIBUTE,
  contentErrorRow,
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
  PROPERTY,
  shipped,
  shown,
  shownInEveryLocale,
  SLOT,
  type GlobalsContext,
} from './helpers.js';

/* ------------------------------------------------------------------------------------------------
 * Args: one per attribute, property, slot, CSS custom property and event of <cop-campaign-banner>.
 * ---------------------------------------------------------------------------------------------- */

interface SlotAction {
  /** Becomes `data-action`, which names the action in `cop-banner-action`. */
  action: string;
  label: string;
  href: string;
}

interface BannerArgs {
  campaign: string;
  revision: number;
  variant: 'info' | 'warning' | 'success';
  'heading-level': number;
  dismissible: boolean;
  remember: 'session' | 'local' | 'none';
  start: string;
  end: string;
  locales: string;
  src: string;
  content: unknown;
  /** Story-only: sets the `clock` property to this fixed moment (ISO 8601). */
  previewAt: string;
  heading: string;
  message: string;
  actions: SlotAction[];
  '--cop-banner-background': string;
  '--cop-banner-color': string;
  '--cop-banner-accent': string;
  '--cop-banner-padding': string;
  onShow: (event: Event) => void;
  onDismiss: (event: Event) => void;
  onAction: (event: Event) => void;
  onError: (event: Event) => void;
}

const CSS_PROPS = ['--cop-banner-background', '--cop-banner-color', '--cop-banner-accent', '--cop-banner-padding'] as const;

const realClock = () => Date.now();

/** The `clock` property for a `previewAt` arg: a fixed moment, or the real time when empty. */
function clockFor(previewAt: string): () => number {
  const moment = previewAt ? Date.parse(previewAt) : NaN;
  return Number.isNaN(moment) ? realClock : () => moment;
}

/** Renders the banner from args; `body` replaces the slotted heading/message/actions. */
function renderBanner(args: BannerArgs, body?: TemplateResult): TemplateResult {
  const slots =
    body ??
    html`${args.heading ? html`<span slot="heading">${args.heading}</span>` : nothing}
      ${args.message ? html`<p>${args.message}</p>` : nothing}
      ${(args.actions ?? []).map(
        (action) => html`<a slot="actions" href=${action.href} data-action=${action.action}>${action.label}</a>`,
      )}`;
  return html`<cop-campaign-banner
    campaign=${args.campaign || nothing}
    revision=${args.revision ?? nothing}
    variant=${args.variant || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    ?dismissible=${args.dismissible}
    remember=${args.remember || nothing}
    start=${args.start || nothing}
    end=${args.end || nothing}
    locales=${args.locales || nothing}
    src=${args.src || nothing}
    style=${customProperties(args, CSS_PROPS)}
    .content=${args.content}
    .clock=${clockFor(args.previewAt)}
    @cop-banner-show=${args.onShow}
    @cop-banner-dismiss=${args.onDismiss}
    @cop-banner-action=${args.onAction}
    @cop-error=${args.onError}
    >${slots}</cop-campaign-banner
  >`;
}

/* ------------------------------------------------------------------------------------------------
 * Campaign copy used by the locale stories (written for these docs, one message per language).
 * ---------------------------------------------------------------------------------------------- */

const COPY: Record<Locale, { heading: string; message: string; action: string }> = {
  en: {
    heading: 'Talk with your children about their online world',
    message:
      'Ask which apps and games they use and who they talk to there. Let them know they can always come to you ' +
      'if something online worries them, and that telling you will not cost them their phone.',
    action: 'Conversation starters',
  },
  ar: {
    heading: 'تحدّثوا مع أطفالكم عن عالمهم على الإنترنت',
    message:
      'اسألوهم عن التطبيقات والألعاب التي يستخدمونها ومع من يتحدثون فيها. ' +
      'وأخبروهم أنهم يستطيعون اللجوء إليكم دائمًا إذا أقلقهم شيء على الإنترنت.',
    action: 'أفكار لبدء الحديث',
  },
  es: {
    heading: 'Hable con sus hijos sobre su mundo en línea',
    message:
      'Pregúnteles qué aplicaciones y juegos usan y con quién hablan allí. ' +
      'Dígales que siempre pueden acudir a usted si algo en internet les preocupa.',
    action: 'Ideas para empezar la conversación',
  },
  fr: {
    heading: 'Parlez avec vos enfants de leur vie en ligne',
    message:
      'Demandez-leur quelles applications et quels jeux ils utilisent, et avec qui ils y discutent. ' +
      "Dites-leur qu'ils peuvent toujours venir vous voir si quelque chose en ligne les inquiète.",
    action: 'Idées pour lancer la discussion',
  },
  ru: {
    heading: 'Поговорите с детьми об их жизни в интернете',
    message:
      'Спросите, какими приложениями и играми они пользуются и с кем там общаются. ' +
      'Скажите, что они всегда могут прийти к вам, если их что-то тревожит в сети.',
    action: 'Как начать разговор',
  },
  'zh-Hans': {
    heading: '和孩子聊聊他们的网络生活',
    message: '问问他们在用哪些应用和游戏，在上面和谁聊天。告诉他们，如果网上有什么让他们担心的事，随时可以来找你。',
    action: '如何开始对话',
  },
};

/** The UI strings the element itself ships for the dismiss button (see locales/*.xlf). */
const DISMISS_LABEL: Partial<Record<Locale, string>> = {
  en: 'Dismiss campaign message',
  ar: 'إغلاق رسالة الحملة',
};

/** Slot text in the locale of the toolbar (or of the story's globals); args win when filled in. */
function renderLocalized(args: BannerArgs, context: GlobalsContext): TemplateResult {
  const copy = COPY[localeOf(context)];
  return renderBanner({
    ...args,
    heading: args.heading || copy.heading,
    message: args.message || copy.message,
    actions: args.actions?.length ? args.actions : [{ action: 'starters', label: copy.action, href: 'https://example.org/talk' }],
  });
}

/* ------------------------------------------------------------------------------------------------
 * Play-function helpers
 * ---------------------------------------------------------------------------------------------- */

const bannerIn = (canvas: HTMLElement) => canvas.querySelector<CopCampaignBanner>('cop-campaign-banner')!;

/** Waits until the banner has rendered its region (its strings and any document are ready). */
const shownBanner = (canvas: HTMLElement) => shown<CopCampaignBanner>(canvas, 'cop-campaign-banner', 'base');

/** Waits for the first render, then checks that the banner rendered nothing. */
async function expectHidden(canvas: HTMLElement): Promise<void> {
  const el = bannerIn(canvas);
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
  await expect(part(el, 'base')).toBeNull();
  await expect(el.getBoundingClientRect().height).toBe(0);
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/* ------------------------------------------------------------------------------------------------
 * Meta
 * ---------------------------------------------------------------------------------------------- */

const meta: Meta<BannerArgs> = {
  title: 'Elements/Campaign banner',
  component: 'cop-campaign-banner',
  tags: ['autodocs'],
  render: (args) => renderBanner(args),
  args: {
    campaign: 'talk-together',
    revision: 1,
    variant: 'info',
    'heading-level': 2,
    dismissible: false,
    remember: 'session',
    start: '',
    end: '',
    locales: '',
    src: '',
    content: undefined,
    previewAt: '',
    heading: 'Talk with your children about their online world',
    message:
      'Ask which apps and games they use and who they talk to there. Let them know they can always come to you ' +
      'if something online worries them, and that telling you will not cost them their phone.',
    actions: [],
    '--cop-banner-background': '',
    '--cop-banner-color': '',
    '--cop-banner-accent': '',
    '--cop-banner-padding': '',
    onShow: fn(),
    onDismiss: fn(),
    onAction: fn(),
    onError: fn(),
  },
  argTypes: {
    campaign: {
      description: 'Campaign id. With `revision`, the key under which a dismissal is remembered.',
      control: 'text',
      table: ATTRIBUTE,
    },
    revision: {
      description: 'A higher revision shows the banner again to people who dismissed an older one. Whole number ≥ 0.',
      control: { type: 'number', min: 0, step: 1 },
      table: ATTRIBUTE,
    },
    variant: {
      description: '`info` · `warning` (real urgency only) · `success`.',
      options: ['info', 'warning', 'success'],
      control: 'inline-radio',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'info' } },
    },
    'heading-level': {
      description: 'Level of the heading, 2 to 6 (exposed as `role="heading"` with `aria-level`).',
      options: [2, 3, 4, 5, 6],
      control: 'inline-radio',
      table: { ...ATTRIBUTE, defaultValue: { summary: '2' } },
    },
    dismissible: {
      description: 'Shows a dismiss button. Needs a `campaign`.',
      control: 'boolean',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'false' } },
    },
    remember: {
      description: 'Where a dismissal is kept: `session` (sessionStorage) · `local` (localStorage) · `none`.',
      options: ['session', 'local', 'none'],
      control: 'inline-radio',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'session' } },
    },
    start: {
      description: 'First moment shown: an ISO 8601 date (the visitor’s local day) or date-time.',
      control: 'text',
      table: ATTRIBUTE,
    },
    end: {
      description: 'Last day shown (a date, included) or the moment it stops showing (a date-time).',
      control: 'text',
      table: ATTRIBUTE,
    },
    locales: {
      description: 'Comma list of locales, e.g. `fr, ar`. When set, the banner shows only in those languages.',
      control: 'text',
      table: ATTRIBUTE,
    },
    src: {
      description: 'URL of a banner document (`cop-widgets/banner@1`). Used when there is no `content` and no inline JSON.',
      control: 'text',
      table: ATTRIBUTE,
    },
    content: {
      description:
        'A parsed banner document; wins over inline JSON and `src`. ' +
        'Shape: `{schema: "cop-widgets/banner@1", id, version, locale, heading?, message, actions?: [{id, label, href}]}`.',
      control: 'object',
      table: { ...PROPERTY, type: { summary: 'BannerDocument | undefined' } },
    },
    previewAt: {
      name: 'clock',
      description:
        'The `clock` property: a function returning ms since 1970, where the banner reads the time. ' +
        'Here: type an ISO date-time (e.g. `2031-02-11T12:00`) to preview the schedule at that moment; empty means now.',
      control: 'text',
      table: { ...PROPERTY, type: { summary: '() => number' }, defaultValue: { summary: '() => Date.now()' } },
    },
    heading: { name: 'heading', description: 'The heading text (slot `heading`).', control: 'text', table: SLOT },
    message: { name: '(default)', description: 'The message (default slot).', control: 'text', table: SLOT },
    actions: {
      name: 'actions',
      description:
        'Links or buttons (slot `actions`). Give each a `data-action` to name it in `cop-banner-action`. ' +
        'Here: a list of `{action, label, href}`.',
      control: 'object',
      table: SLOT,
    },
    '--cop-banner-background': {
      description: 'Background colour (by default a tint of the variant).',
      control: 'color',
      table: CSS_PROP,
    },
    '--cop-banner-color': { description: 'Text colour.', control: 'color', table: CSS_PROP },
    '--cop-banner-accent': {
      description: 'Colour of the icon and the inline-start border (the variant’s colour).',
      control: 'color',
      table: CSS_PROP,
    },
    '--cop-banner-padding': { description: 'Inner spacing, e.g. `1.5rem`.', control: 'text', table: CSS_PROP },
    onShow: eventRow('cop-banner-show', 'The banner became visible. Detail: `{campaign, revision}`.'),
    onDismiss: eventRow('cop-banner-dismiss', 'Cancelable; the person dismissed the banner. Detail: `{campaign, revision}`.'),
    onAction: eventRow('cop-banner-action', 'One of the actions was used. Detail: `{campaign, revision, action}`.'),
    onError: contentErrorRow(),
    // CSS parts: documentation rows only (no arg).
    ...cssPartRows([
      ['base', 'The region that holds everything.'],
      ['icon', 'The variant’s icon.'],
      ['heading', 'The heading.'],
      ['message', 'The message.'],
      ['actions', 'The row of actions.'],
      ['action', 'Each action link rendered from a content document.'],
      ['dismiss', 'The dismiss button.'],
      ['error', 'The short message shown when a content document cannot be used.'],
    ]),
  },
  parameters: {
    docs: {
      description: {
        component: `
A campaign message that can be scheduled, shown only in some languages, and dismissed — with the dismissal
remembered per campaign revision. Its slotted content is plain HTML, readable before the element upgrades.

\`\`\`html
<script type="module">import 'cop-widgets/campaign-banner.js';</script>
<cop-campaign-banner campaign="talk-together" revision="1" dismissible>
  <span slot="heading">Talk with your children about their online world</span>
  <p>Ask which apps and games they use and who they talk to there.</p>
  <a slot="actions" href="/talk" data-action="starters">Conversation starters</a>
</cop-campaign-banner>
\`\`\`

**Language and direction.** The element takes its language from its own \`lang\`, else the nearest
ancestor's, else \`<html lang>\` (shipped: en, ar, es, fr, ru, zh-Hans). Use the **Locale** toolbar to
change the \`lang\` of the wrapper around every story: the element's own strings (dismiss button label,
region name, error lines) follow it, and Arabic lays the banner out right to left. The campaign text in
the slots is yours and stays as written, except in the locale stories, whose text follows the toolbar.
The **Direction** toolbar overrides the wrapper's \`dir\` only: the banner keeps the direction of its language.

**Dismissals** are remembered in sessionStorage under \`cop-widgets:banner:<campaign>@<revision>\`
(or localStorage with \`remember="local"\`). These docs clear those keys before each story renders, so a
dismissed story comes back when you reload or switch stories. Set the **Dismissals** toolbar to *keep* to
see a remembered dismissal survive a reload.
`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<BannerArgs>;

/* ------------------------------------------------------------------------------------------------
 * Variants
 * ---------------------------------------------------------------------------------------------- */

/** The default: an `info` banner with a heading and a message. */
export const Info: Story = {
  parameters: { docs: { description: { story: 'The default `info` variant: a heading and a message, nothing else.' } } },
  play: async ({ canvasElement, args }) => {
    const el = await shownBanner(canvasElement);
    await expect(part(el, 'base')!.className).toContain('banner--info');
    await expect(part(el, 'base')!.getAttribute('aria-labelledby')).toBe('heading');
    await expect(args.onShow).toHaveBeenCalledTimes(1);
  },
};

export const Warning: Story = {
  args: {
    campaign: 'fake-giveaway',
    variant: 'warning',
    heading: 'Beware of “free game currency” messages',
    message:
      'Messages promising free coins or skins are asking children for their game account password. ' +
      'No game company asks for a password by chat. If your child shared one, change it together today.',
  },
  parameters: {
    docs: { description: { story: 'Use `warning` only for real urgency, such as an active scam aimed at children.' } },
  },
  play: async ({ canvasElement }) => {
    const el = await shownBanner(canvasElement);
    await expect(part(el, 'base')!.className).toContain('banner--warning');
  },
};

export const Success: Story = {
  args: {
    campaign: 'controls-guide',
    variant: 'success',
    heading: 'Parental controls guide updated',
    message: 'Our step-by-step guide now covers the newest phones, tablets and game consoles.',
  },
  play: async ({ canvasElement }) => {
    const el = await shownBanner(canvasElement);
    await expect(part(el, 'base')!.className).toContain('banner--success');
  },
};

/* ------------------------------------------------------------------------------------------------
 * Behaviour
 * ---------------------------------------------------------------------------------------------- */

export const Dismissible: Story = {
  args: { campaign: 'talk-together-dismissible', dismissible: true },
  parameters: {
    docs: {
      description: {
        story:
          'A dismiss button; the dismissal is remembered for the campaign revision (`remember`). ' +
          'The play function clicks it. These docs forget dismissals before each render: reload or ' +
          're-select the story to bring the banner back (or set the Dismissals toolbar to *keep*).',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const key = `cop-widgets:banner:${args.campaign}@${args.revision}`;
    if (globals.dismissals === 'keep' && sessionStorage.getItem(key) === '1') {
      // Dismissed before and kept (Dismissals toolbar): the banner must stay away.
      await expectHidden(canvasElement);
      return;
    }
    const el = await shownBanner(canvasElement);
    const button = part(el, 'dismiss')! as HTMLButtonElement;
    const label = await shipped(localeOf({ globals }), 'banner.dismiss', 'Dismiss campaign message');
    await expect(button.getAttribute('aria-label')).toBe(label);
    await userEvent.click(button);
    await waitFor(() => expect(part(el, 'base')).toBeNull());
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await expect(sessionStorage.getItem(key)).toBe('1');
  },
};

export const WithActions: Story = {
  args: {
    campaign: 'talk-together-actions',
    dismissible: true,
    actions: [
      { action: 'starters', label: 'Conversation starters', href: 'https://example.org/talk' },
      { action: 'controls', label: 'Set up parental controls', href: 'https://example.org/controls' },
    ],
  },
  parameters: {
    docs: {
      description: {
        story:
          'Links in the `actions` slot. Each `data-action` names the action in `cop-banner-action` ' +
          '(see the Actions panel). The play function clicks the first link, with navigation prevented.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const el = await shownBanner(canvasElement);
    await expect(part(el, 'actions')!.hidden).toBe(false);
    const link = el.querySelector<HTMLAnchorElement>('a[slot="actions"]')!;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    await userEvent.click(link);
    await expect(args.onAction).toHaveBeenCalledWith(
      expect.objectContaining({ detail: { campaign: args.campaign, revision: args.revision, action: 'starters' } }),
    );
  },
};

export const HeadingLevel4: Story = {
  args: { 'heading-level': 4 },
  parameters: {
    docs: { description: { story: '`heading-level="4"` for a banner inside a section whose own heading is level 3.' } },
  },
  play: async ({ canvasElement }) => {
    const el = await shownBanner(canvasElement);
    await expect(part(el, 'heading')!.getAttribute('aria-level')).toBe('4');
  },
};

export const NoHeading: Story = {
  args: { heading: '', message: 'New: a short guide to privacy settings on the five most used chat apps.' },
  parameters: {
    docs: {
      description: { story: 'Without a `heading` slot, the region is named by the element: "Campaign message" (in its language).' },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await shownBanner(canvasElement);
    await expect(part(el, 'heading')!.hidden).toBe(true);
    await expect(part(el, 'base')!.hasAttribute('aria-labelledby')).toBe(false);
    await expect(part(el, 'base')!.getAttribute('aria-label')).toBeTruthy();
  },
};

/* ------------------------------------------------------------------------------------------------
 * Content documents
 * ---------------------------------------------------------------------------------------------- */

const SCREEN_TIME_DOCUMENT = {
  schema: 'cop-widgets/banner@1',
  id: 'family-agreement',
  version: 1,
  locale: 'en',
  heading: 'Make a family online agreement',
  message:
    'Agree together on when devices are put away, which games are fine, and what to do if a stranger gets in touch. ' +
    'Children keep rules better when they helped write them.',
  actions: [{ id: 'template', label: 'Download a template', href: 'https://example.org/family-agreement' }],
};

export const FromContentDocument: Story = {
  args: { campaign: 'family-agreement', heading: '', message: '', content: SCREEN_TIME_DOCUMENT },
  parameters: {
    docs: {
      description: {
        story:
          'The text comes from a banner document set on the `content` property (edit it in Controls). ' +
          'The document wins over slotted content, inline JSON and `src`; its links render as `::part(action)`.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await shownBanner(canvasElement);
    await waitFor(() => expect(part(el, 'heading')!.textContent!.trim()).toBe(SCREEN_TIME_DOCUMENT.heading));
    await expect(part(el, 'action')!.getAttribute('href')).toBe(SCREEN_TIME_DOCUMENT.actions[0].href);
  },
};

export const FromSrc: Story = {
  args: { campaign: 'online-grooming', heading: '', message: '', src: 'story-assets/online-grooming.banner.json' },
  parameters: {
    docs: {
      description: {
        story: 'The document is fetched from `src` (a JSON file served next to these docs), without credentials or referrer.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await shownBanner(canvasElement);
    await waitFor(() => expect(part(el, 'action')).not.toBeNull());
  },
};

export const InvalidContent: Story = {
  render: (args) =>
    renderBanner(
      args,
      html`<span slot="heading">Talk with your children about their online world</span>
        <p>Ask which apps and games they use and who they talk to there.</p>
        <script type="application/json">
          { "schema": "cop-widgets/banner@1", "id": "broken", "version": 1, "message": "A missing closing brace"
        </script>`,
    ),
  args: { campaign: 'broken-json' },
  parameters: {
    docs: {
      description: {
        story:
          'An inline `<script type="application/json">` that is not valid JSON. The banner keeps the slotted ' +
          'text, shows a short error line (`::part(error)`) in its own language, logs the details to the ' +
          'console and fires `cop-error` with `code: "invalid-json"`. It never throws.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const el = bannerIn(canvasElement);
    await waitFor(() => expect(part(el, 'error')).not.toBeNull());
    await expect(part(el, 'error')!.textContent!.trim().length).toBeGreaterThan(0);
    await expectErrorCode(args.onError, 'invalid-json');
  },
};

export const SrcLoadFailed: Story = {
  args: { campaign: 'missing-document', src: 'story-assets/no-such-document.json' },
  parameters: {
    docs: {
      description: {
        story:
          'A `src` that cannot be loaded (here a 404). The slotted text stays, with a short error line, ' +
          'and `cop-error` fires with `code: "load-failed"`.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const el = bannerIn(canvasElement);
    await waitFor(() => expect(part(el, 'error')).not.toBeNull(), { timeout: 12_000 });
    // The event follows the error line once the message is written in the element's language.
    await expectErrorCode(args.onError, 'load-failed');
  },
};

/* ------------------------------------------------------------------------------------------------
 * Schedule
 * ---------------------------------------------------------------------------------------------- */

export const ScheduledFuture: Story = {
  args: { campaign: 'next-term', start: inDays(30) },
  parameters: {
    docs: {
      description: {
        story:
          '`start` is 30 days from today, so **the banner renders nothing**: no region, no height, no ' +
          '`cop-banner-show` (the element takes the `:state(inactive)` custom state). It appears on its own ' +
          'when the start moment comes, without a reload. To see it now, preview a later moment with `clock` ' +
          '(next story) or clear `start` in Controls.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    await expectHidden(canvasElement);
    await expect(args.onShow).not.toHaveBeenCalled();
  },
};

const WINDOW = { start: '2031-02-11T08:00', end: '2031-02-11T20:00' };

export const ScheduledWindowPreview: Story = {
  args: {
    campaign: 'parents-evening',
    ...WINDOW,
    previewAt: '2031-02-11T12:00',
    heading: 'Online safety evening for parents — today',
    message: 'Join a free online session at 18:00: how grooming starts, and the signs to look out for.',
  },
  parameters: {
    docs: {
      description: {
        story:
          'Scheduled for 11 February 2031, 08:00–20:00 (local time). The `clock` property is set to a fixed ' +
          'moment inside that window, so you can preview the banner today. Change `clock` in Controls to ' +
          '`2031-02-11T21:00` (after the end) or clear it (now, before the start) and the banner disappears.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await shownBanner(canvasElement);
    el.clock = () => Date.parse('2031-02-11T21:00');
    await waitFor(() => expect(part(el, 'base')).toBeNull());
    el.clock = clockFor('2031-02-11T12:00');
    await waitFor(() => expect(part(el, 'base')).not.toBeNull());
  },
};

/* ------------------------------------------------------------------------------------------------
 * Languages
 * ---------------------------------------------------------------------------------------------- */

export const LocalesFilter: Story = {
  args: {
    campaign: 'helpline-en-es-fr',
    locales: 'en, es, fr',
    heading: 'Our helpline now answers in English, Spanish and French',
    message: 'Children and parents can call or chat with a counsellor in their own language, free of charge.',
  },
  parameters: {
    docs: {
      description: {
        story:
          '`locales="en, es, fr"`: the banner shows only when its resolved language is one of those. ' +
          'Switch the Locale toolbar to العربية, Русский or 简体中文 and it renders nothing.',
      },
    },
  },
  play: async ({ canvasElement, globals }) => {
    if (['en', 'es', 'fr'].includes(globals.locale as string)) await shownBanner(canvasElement);
    else await expectHidden(canvasElement);
  },
};

export const LocalesFilterOtherLanguage: Story = {
  ...LocalesFilter,
  globals: { locale: 'ru' },
  parameters: {
    docs: {
      description: { story: 'The same banner on a Russian page (`lang="ru"`): not in its `locales`, so it renders nothing.' },
    },
  },
  play: async ({ canvasElement }) => expectHidden(canvasElement),
};

const localeStory = localeStoryFor<BannerArgs, CopCampaignBanner>(
  shownBanner,
  async (el, locale) => {
    const label = DISMISS_LABEL[locale];
    if (label) await expect(part(el, 'dismiss')!.getAttribute('aria-label')).toBe(label);
  },
  { render: renderLocalized, args: { campaign: 'talk-together-localized', dismissible: true, heading: '', message: '' } },
);

export const Localized: Story = localeStory(
  null,
  'Campaign text and element strings both follow the Locale toolbar (text from a per-language table in this story).',
);

export const Arabic: Story = {
  ...localeStory('ar', 'Arabic (`lang="ar"`): the banner lays itself out right to left and its dismiss button is labelled in Arabic.'),
  play: async ({ canvasElement }) => {
    const el = await shownBanner(canvasElement);
    await expectRightToLeft(el);
    await expect(part(el, 'dismiss')!.getAttribute('aria-label')).toBe(DISMISS_LABEL.ar);
  },
};

export const Spanish: Story = localeStory('es');
export const French: Story = localeStory('fr');
export const Russian: Story = localeStory('ru');
export const ChineseSimplified: Story = localeStory('zh-Hans');

export const AllLocales: Story = {
  render: (args) =>
    inEveryLocale((locale) => renderLocalized({ ...args, campaign: `talk-together-${locale}` }, { globals: { locale } })),
  args: { dismissible: true, heading: '', message: '' },
  parameters: { docs: { description: { story: ALL_LOCALES_NOTE } } },
  play: async ({ canvasElement }) => {
    await shownInEveryLocale<CopCampaignBanner>(canvasElement, 'cop-campaign-banner', 'base');
  },
};
