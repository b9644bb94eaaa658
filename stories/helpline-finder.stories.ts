import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../src/helpline-finder.js';
import type { CopHelplineFinder } from '../src/helpline-finder.js';
import { SHIPPED_LOCALES, type Locale } from '../src/core/locale.js';
import frData from '../src/data/helplines/fr.json';
import gbData from '../src/data/helplines/gb.json';
import keData from '../src/data/helplines/ke.json';
import maData from '../src/data/helplines/ma.json';
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
 * Args: one per attribute, property, CSS custom property and event of <cop-helpline-finder>.
 * ---------------------------------------------------------------------------------------------- */

interface FinderArgs {
  country: string;
  src: string;
  content: unknown;
  /** Story-only: a helplines document written into a `<script type="application/json">` child. */
  inline: unknown;
  bundled: boolean;
  methods: string;
  topic: string;
  'heading-level': number;
  /** Where the finder reads the time; undefined: the real clock. */
  clock: (() => number) | undefined;
  '--cop-finder-background': string;
  '--cop-finder-color': string;
  '--cop-finder-accent': string;
  '--cop-finder-border': string;
  '--cop-finder-open': string;
  onCountryChange: (event: Event) => void;
  onContact: (event: Event) => void;
  onError: (event: Event) => void;
}

const CSS_PROPS = [
  '--cop-finder-background',
  '--cop-finder-color',
  '--cop-finder-accent',
  '--cop-finder-border',
  '--cop-finder-open',
] as const;

/** The element's own default clock. */
const realClock = () => Date.now();

/** Renders the finder from args. */
function renderFinder(args: FinderArgs): TemplateResult {
  return html`<cop-helpline-finder
    country=${args.country || nothing}
    src=${args.src || nothing}
    bundled=${args.bundled === false ? 'false' : nothing}
    methods=${args.methods || nothing}
    topic=${args.topic || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    style=${customProperties(args, CSS_PROPS)}
    .content=${args.content}
    .clock=${args.clock ?? realClock}
    @cop-country-change=${args.onCountryChange}
    @cop-helpline-contact=${args.onContact}
    @cop-error=${args.onError}
    >${args.inline ? jsonScript(args.inline) : nothing}</cop-helpline-finder
  >`;
}

/* ------------------------------------------------------------------------------------------------
 * Documents used by the stories (written for these docs: example.org addresses and, for the UK,
 * an Ofcom drama number — none of them is a real service)
 * ---------------------------------------------------------------------------------------------- */

/** The association's chat (example.org: not a real service). */
const ASSOCIATION_CHAT = 'https://chat.example.org/';

/**
 * A French association's own records: `fr-119` has the id of a bundled record, so it replaces it
 * (here the association lists the phone line only, with its own source and date); the chat is new.
 */
const ASSOCIATION_FR = {
  schema: 'cop-widgets/helplines@1',
  id: 'association-exemple-fr',
  version: 1,
  locale: 'fr',
  helplines: [
    {
      id: 'fr-119',
      name: '119 – Allô Enfance en Danger (ligne téléphonique)',
      country: 'FR',
      audience: { adults: true },
      topics: ['abuse', 'violence'],
      kind: 'child-helpline',
      contacts: [
        {
          method: 'phone',
          number: { short: '119', display: '119', domesticOnly: true },
          languages: ['fr'],
          hours: { tz: 'Europe/Paris', alwaysOpen: true },
          free: true,
        },
      ],
      source: 'https://example.org/association-exemple/annuaire',
      checked: '2027-01-15',
      reviewBy: '2028-01-15',
    },
    {
      id: 'fr-association-exemple-tchat',
      name: 'Le tchat de l’Association Exemple',
      country: 'FR',
      audience: { minAge: 11, maxAge: 25 },
      topics: ['online-safety', 'bullying'],
      kind: 'youth-line',
      contacts: [
        {
          method: 'chat',
          url: ASSOCIATION_CHAT,
          languages: ['fr'],
          hours: { tz: 'Europe/Paris', intervals: [{ days: [1, 2, 3, 4, 5], open: '14:00', close: '20:00' }] },
          free: true,
          anonymous: true,
        },
      ],
      source: 'https://example.org/association-exemple/tchat',
      checked: '2027-01-15',
      reviewBy: '2028-01-15',
    },
  ],
};

/** A school's support line in the UK, open on weekdays from 09:00 to 17:00, London time. */
const SCHOOL_LINE_GB = {
  schema: 'cop-widgets/helplines@1',
  id: 'hillview-school-gb',
  version: 1,
  locale: 'en',
  helplines: [
    {
      id: 'gb-hillview-support-line',
      name: 'Hillview School support line',
      country: 'GB',
      audience: { minAge: 11, maxAge: 18 },
      topics: ['bullying', 'online-safety'],
      kind: 'youth-line',
      contacts: [
        {
          method: 'phone',
          number: { e164: '+441632960123', display: '01632 960123' },
          languages: ['en'],
          hours: { tz: 'Europe/London', intervals: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }] },
          free: true,
        },
      ],
      source: 'https://example.org/hillview/support-line',
      checked: '2027-01-15',
      reviewBy: '2028-01-15',
    },
  ],
};

/** Saturday 7 March 2026, 12:00 in London (GMT): the school line is closed until Monday 09:00. */
const SATURDAY_NOON = Date.UTC(2026, 2, 7, 12, 0);

/** The association's records with an `http:` source: records must cite an `https:` page. */
const HTTP_SOURCE_FR = {
  ...ASSOCIATION_FR,
  id: 'http-source-fr',
  helplines: [{ ...ASSOCIATION_FR.helplines[1], source: 'http://example.org/association-exemple/tchat' }],
};

/* ------------------------------------------------------------------------------------------------
 * Play-function helpers
 * ---------------------------------------------------------------------------------------------- */

/** Text with its white space folded, as it reads. */
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const text = (node: Element | null) => squash(node?.textContent ?? '');

const finderIn = (canvas: HTMLElement) => canvas.querySelector<CopHelplineFinder>('cop-helpline-finder')!;
const select = (el: CopHelplineFinder) => part(el, 'country') as HTMLSelectElement;
const helplines = (el: CopHelplineFinder) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="helpline"]')];
const nameOf = (helpline: Element) => text(helpline.querySelector('[role="heading"]'));
const names = (el: CopHelplineFinder) => helplines(el).map(nameOf);
const helplineById = (el: CopHelplineFinder, id: string) =>
  helplines(el).find((helpline) => helpline.getAttribute('aria-labelledby') === `h-${id}`) ?? null;
const actions = (root: Element | ShadowRoot) => [...root.querySelectorAll<HTMLAnchorElement>('[part="action"]')];
const telLinks = (el: CopHelplineFinder) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
const checkboxes = (el: CopHelplineFinder) => [...(part(el, 'methods')?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];

/** Waits until the finder region has rendered (its strings and any document checked). */
const shownFinder = (canvas: HTMLElement) => shown<CopHelplineFinder>(canvas, 'cop-helpline-finder', 'base');

/** Waits until the finder lists helplines (the country's bundled chunk has loaded). */
async function shownHelplines(canvas: HTMLElement): Promise<CopHelplineFinder> {
  const el = await shownFinder(canvas);
  await waitFor(() => expect(helplines(el).length).toBeGreaterThan(0));
  await el.updateComplete;
  return el;
}

/** The name of a country in a locale, as the element writes it. */
const countryName = (code: string, locale: Locale) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;

/** "Checked on …." for a record's date, in a locale. */
async function checkedOn(locale: Locale, checked: string): Promise<string> {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${checked}T00:00:00Z`));
  return shipped(locale, 'finder.checked', str`Checked on ${date}.`);
}

/** "Helplines shown: n", in a locale. */
const countText = (locale: Locale, count: number) => shipped(locale, 'finder.count', str`Helplines shown: ${count}`);

/**
 * Clicks a contact link WITHOUT following it: a capturing listener on the element cancels the
 * click before the browser would dial, text or open the page. Returns the cancelled click.
 */
async function clickWithoutFollowing(el: CopHelplineFinder, link: HTMLAnchorElement): Promise<MouseEvent> {
  let clicked: MouseEvent | undefined;
  const cancel = (event: Event) => {
    event.preventDefault();
    clicked = event as MouseEvent;
  };
  const address = location.href;
  el.addEventListener('click', cancel, { capture: true });
  try {
    await userEvent.click(link);
  } finally {
    el.removeEventListener('click', cancel, { capture: true });
  }
  await expect(clicked?.defaultPrevented).toBe(true);
  await expect(location.href).toBe(address);
  return clicked!;
}

/**
 * Checks a helpline with one phone contact: its number visible, a `tel:` link named "Call …",
 * "Open 24 hours", "Works only from inside …" and "Checked on …" with its Source link.
 */
async function expectAlwaysOpenShortCode(
  el: CopHelplineFinder,
  record: { id: string; name: string; country: string; source: string; checked: string; contacts: { number?: { display: string } }[] },
  tel: string,
  locale: Locale,
): Promise<HTMLElement> {
  const helpline = helplineById(el, record.id)!;
  await expect(helpline).not.toBeNull();
  await expect(nameOf(helpline)).toBe(squash(record.name));
  const display = record.contacts[0].number!.display;
  const [call] = actions(helpline);
  await expect(call.getAttribute('href')).toBe(tel);
  await expect(text(call)).toBe(await shipped(locale, 'finder.call', str`Call ${display}`));
  const number = call.querySelector<HTMLElement>('.number')!;
  await expect(text(number)).toBe(display);
  await expect(number.checkVisibility()).toBe(true);
  await expect(text(helpline.querySelector('.status'))).toBe(await shipped(locale, 'finder.always', 'Open 24 hours'));
  await expect(text(helpline.querySelector('.notes'))).toContain(
    await shipped(locale, 'finder.domestic', str`Works only from inside ${countryName(record.country, locale)}`),
  );
  const source = helpline.querySelector<HTMLElement>('[part="source"]')!;
  await expect(text(source)).toContain(await checkedOn(locale, record.checked));
  const sourceLink = source.querySelector('a')!;
  await expect(sourceLink.getAttribute('href')).toBe(record.source);
  await expect(sourceLink.getAttribute('rel')).toBe('noopener noreferrer');
  await expect(text(sourceLink)).toBe(await shipped(locale, 'finder.source', 'Source'));
  return helpline;
}

/* ------------------------------------------------------------------------------------------------
 * Meta
 * ---------------------------------------------------------------------------------------------- */

const meta: Meta<FinderArgs> = {
  title: 'Elements/Helpline finder',
  component: 'cop-helpline-finder',
  tags: ['autodocs'],
  render: (args) => renderFinder(args),
  args: {
    country: 'KE',
    src: '',
    content: undefined,
    inline: undefined,
    bundled: true,
    methods: '',
    topic: '',
    'heading-level': 2,
    clock: undefined,
    '--cop-finder-background': '',
    '--cop-finder-color': '',
    '--cop-finder-accent': '',
    '--cop-finder-border': '',
    '--cop-finder-open': '',
    onCountryChange: fn(),
    onContact: fn(),
    onError: fn(),
  },
  argTypes: {
    country: {
      description:
        'ISO 3166-1 alpha-2 country (`KE`, `GB`, `FR`…). When absent, one is suggested from the browser’s time zone ' +
        'and languages — never from an IP address — or the person is asked; they can always change it.',
      control: 'text',
      table: ATTRIBUTE,
    },
    src: {
      description:
        'URL of a helplines document (`cop-widgets/helplines@1`): its records replace bundled ones with the same id and ' +
        'add new ones. Used when there is no `content` and no inline JSON.',
      control: 'text',
      table: ATTRIBUTE,
    },
    content: {
      description:
        'A parsed helplines document; wins over inline JSON and `src`. Shape: `{schema: "cop-widgets/helplines@1", id, ' +
        'version, locale, helplines: [{id, name, localName?, country, subdivisions?, audience?, topics, kind, contacts: ' +
        '[{method, number?: {e164?, short?, display, domesticOnly?}, url?, smsKeyword?, languages, hours: {tz, ' +
        'alwaysOpen?, intervals?}, free?, anonymous?}], website?, source, checked, reviewBy}]}`. `source` and ' +
        '`website` must be `https:`.',
      control: 'object',
      table: { ...PROPERTY, type: { summary: 'HelplinesDocument | undefined' } },
    },
    inline: inlineDocumentRow('helplines'),
    bundled: {
      description:
        'Whether the bundled directory is used. On by default: only `bundled="false"` turns it off, to show only your ' +
        'own records (here: unticking the box writes that attribute).',
      control: 'boolean',
      table: { ...ATTRIBUTE, defaultValue: { summary: 'true' } },
    },
    methods: {
      description:
        'Comma list of `phone, sms, whatsapp, chat, email, web`: only these ways of getting in touch are shown. Empty: all.',
      control: 'text',
      table: ATTRIBUTE,
    },
    topic: {
      description: 'Only helplines on this topic (e.g. `online-safety`). Empty: all.',
      control: 'text',
      table: ATTRIBUTE,
    },
    'heading-level': {
      description: 'Level of the finder’s heading, 2 to 5 (exposed as `role="heading"` with `aria-level`); each helpline is one level below.',
      options: [2, 3, 4, 5],
      control: 'inline-radio',
      table: { ...ATTRIBUTE, defaultValue: { summary: '2' } },
    },
    clock: {
      description:
        'Where the finder reads the time for "Open now" (milliseconds since 1970, like `Date.now`). Replace it to ' +
        'preview a moment; the ClosedNow story sets it. Each helpline’s hours are read on its own time zone.',
      control: false,
      table: { ...PROPERTY, type: { summary: '() => number' }, defaultValue: { summary: '() => Date.now()' } },
    },
    '--cop-finder-background': { description: 'Background.', control: 'color', table: CSS_PROP },
    '--cop-finder-color': { description: 'Text colour.', control: 'color', table: CSS_PROP },
    '--cop-finder-accent': {
      description: 'Top border and contact buttons (default: `--cop-color-primary`).',
      control: 'color',
      table: CSS_PROP,
    },
    '--cop-finder-border': { description: 'Borders.', control: 'color', table: CSS_PROP },
    '--cop-finder-open': { description: 'Colour of "Open now" (default: `--cop-color-success`).', control: 'color', table: CSS_PROP },
    onCountryChange: eventRow('cop-country-change', 'The person chose another country. Detail: `{country}`.'),
    onContact: eventRow(
      'cop-helpline-contact',
      'A contact link was used. Detail: `{helplineId, method, country}` — ids only, never a number or what was said.',
    ),
    onError: contentErrorRow(),
    // CSS parts: documentation rows only (no arg).
    ...cssPartRows([
      ['base', 'The finder region.'],
      ['title', 'Its heading.'],
      ['country', 'The country select.'],
      ['search', 'The search field.'],
      ['methods', 'The contact method filters (when a country’s helplines offer more than one method).'],
      ['count', 'The polite count of helplines shown.'],
      ['helpline', 'Each helpline.'],
      ['contact', 'Each way to reach a helpline.'],
      ['action', 'The link that calls, texts or opens a chat.'],
      ['source', '"Checked on" and the source link.'],
      ['fallback', 'What is shown when no helpline could be confirmed for the country.'],
      ['error', 'The line shown when a document cannot be used.'],
    ]),
  },
  parameters: {
    docs: {
      description: {
        component: `
The child helplines of a country, each with one-tap contact links (\`tel:\` for numbers, \`sms:\`,
chat and web links), whether it is open now on the helpline's own clock, and where and when its
details were checked. The country comes from \`country\`, else is suggested from the browser's time
zone and languages — never from an IP address — and the person can always change it. A search field
and, when a country's helplines offer several ways to get in touch, method filters narrow the list;
a polite status says how many are shown.

\`\`\`html
<script type="module">import 'cop-widgets/helpline-finder.js';</script>
<cop-helpline-finder country="KE"></cop-helpline-finder>
\`\`\`

**Data.** The bundled directory (one lazily loaded file per country, each record with its source and
the date it was checked) can be extended or replaced by your own records: a \`content\` property, an
inline JSON script or \`src\`. A record with the id of a bundled one replaces it; \`bundled="false"\`
shows only yours. For a country with no confirmed helpline, the finder says so and points to a
trusted adult and the local emergency number — it never makes a number up.

**The links are real.** Clicking "Call", "Open the chat" or "Source" in the canvas dials or leaves
these docs. The play functions never follow a contact link: where one clicks it, the click is
cancelled first.

**Language and direction.** Use the **Locale** toolbar: the element's strings, country names, dates
and weekdays follow the \`lang\` of the wrapper, and in Arabic the finder runs right to left. Helpline
names stay as the records write them.
`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<FinderArgs>;

/* ------------------------------------------------------------------------------------------------
 * Countries
 * ---------------------------------------------------------------------------------------------- */

/** The default: Kenya, whose child helpline is the short code 116. */
export const Kenya: Story = {
  parameters: {
    docs: {
      description: {
        story:
          '`country="KE"`: Kenya’s National Child Helpline, the short code 116 — free, open 24 hours and dialled only ' +
          'inside Kenya, so its link is `tel:116` (never a made-up international form). Under it, when the record was ' +
          'checked and its source. The play function clicks "Call 116" with the click cancelled: `cop-helpline-contact` ' +
          'carries ids only.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownHelplines(canvasElement);
    const record = keData.helplines[0];
    await expect(names(el)).toEqual(keData.helplines.map((r) => squash(r.name)));
    const helpline = await expectAlwaysOpenShortCode(el, record, 'tel:116', locale);
    await expect(text(helpline.querySelector('.meta'))).toContain(await shipped(locale, 'finder.kind.child', 'Child helpline'));
    await expect(text(part(el, 'count'))).toBe(await countText(locale, keData.helplines.length));
    await expect(select(el).value).toBe('KE');
    await expect(el.shadowRoot!.querySelector('.hint')).toBeNull();

    await clickWithoutFollowing(el, actions(helpline)[0]);
    await expect(args.onContact).toHaveBeenCalledTimes(1);
    await expect(args.onContact).toHaveBeenCalledWith(
      expect.objectContaining({ detail: { helplineId: record.id, method: 'phone', country: 'KE' } }),
    );
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const UnitedKingdom: Story = {
  args: { country: 'GB' },
  parameters: {
    docs: {
      description: {
        story:
          '`country="GB"`: Childline, an ordinary number that works from abroad too, so its link uses the E.164 form ' +
          '(`tel:+448001111`) while the number is written as people know it, 0800 1111.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownHelplines(canvasElement);
    await expect(names(el)).toEqual(gbData.helplines.map((r) => squash(r.name)));
    const record = gbData.helplines.find((r) => r.id === 'gb-childline')!;
    const helpline = helplineById(el, record.id)!;
    const [call] = actions(helpline);
    await expect(call.getAttribute('href')).toBe('tel:+448001111');
    await expect(text(call.querySelector('.number'))).toBe('0800 1111');
    await expect(text(helpline.querySelector('.status'))).toBe(await shipped(locale, 'finder.always', 'Open 24 hours'));
    await expect(text(helpline.querySelector('.meta'))).toContain(await shipped(locale, 'finder.ages-max', str`For ages up to ${18}`));
    await expect(text(helpline.querySelector('.notes'))).not.toContain(
      await shipped(locale, 'finder.domestic', str`Works only from inside ${countryName('GB', locale)}`),
    );
    await expect(text(helpline.querySelector('[part="source"]'))).toContain(await checkedOn(locale, record.checked));
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const France: Story = {
  args: { country: 'FR' },
  parameters: {
    docs: {
      description: {
        story:
          '`country="FR"`: two helplines, 119 (abuse) and 3018 (online harm and bullying). Search looks in names and ' +
          'topics, ignoring case and accents; the polite count says how many are shown. The play function searches ' +
          '"3018".',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownHelplines(canvasElement);
    await expect(frData.helplines.length).toBeGreaterThanOrEqual(2);
    await expect(names(el)).toEqual(frData.helplines.map((r) => squash(r.name)));
    await expect(text(part(el, 'count'))).toBe(await countText(locale, frData.helplines.length));
    await expect(part(el, 'count')!.getAttribute('role')).toBe('status');

    const search = part(el, 'search') as HTMLInputElement;
    await expect(text(search.labels![0])).toBe(await shipped(locale, 'finder.search', 'Search by name or topic'));
    await userEvent.type(search, '3018');
    const only = frData.helplines.find((r) => r.id === 'fr-3018')!;
    await waitFor(() => expect(names(el)).toEqual([squash(only.name)]));
    await expect(text(part(el, 'count'))).toBe(await countText(locale, 1));
    if (locale === 'en') await expect(text(part(el, 'count'))).toBe('Helplines shown: 1');
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------------
 * Ways to get in touch
 * ---------------------------------------------------------------------------------------------- */

export const MethodFilter: Story = {
  args: { country: 'FR' },
  parameters: {
    docs: {
      description: {
        story:
          'When a country’s helplines offer more than one way to get in touch, "How to get in touch" offers a checkbox ' +
          'for each. Ticking one keeps the helplines that offer it (all their contacts still show). The play function ' +
          'ticks Chat, then unticks it. (Both French helplines have a chat, so here both stay.)',
      },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownHelplines(canvasElement);
    const methods = part(el, 'methods')!;
    await expect(methods.localName).toBe('fieldset');
    await expect(text(methods.querySelector('legend'))).toBe(await shipped(locale, 'finder.methods', 'How to get in touch'));
    const offered = [...new Set(frData.helplines.flatMap((r) => r.contacts.map((c) => c.method)))];
    await expect(checkboxes(el).map((box) => box.value).sort()).toEqual([...offered].sort());
    await expect(checkboxes(el).some((box) => box.checked)).toBe(false);

    const chat = checkboxes(el).find((box) => box.value === 'chat')!;
    await expect(text(chat.closest('label'))).toBe(await shipped(locale, 'finder.method.chat', 'Chat'));
    await userEvent.click(chat);
    await expect(chat.checked).toBe(true);
    const withChat = frData.helplines.filter((r) => r.contacts.some((c) => c.method === 'chat'));
    await waitFor(() => expect(names(el)).toEqual(withChat.map((r) => squash(r.name))));
    const openChat = await shipped(locale, 'finder.chat', 'Open the chat');
    for (const helpline of helplines(el)) await expect(actions(helpline).map(text)).toContain(openChat);
    await expect(text(part(el, 'count'))).toBe(await countText(locale, withChat.length));

    await userEvent.click(chat);
    await waitFor(() => expect(names(el)).toEqual(frData.helplines.map((r) => squash(r.name))));
  },
};

export const MethodsAttribute: Story = {
  args: { country: 'FR', methods: 'phone' },
  parameters: {
    docs: {
      description: {
        story:
          '`methods="phone"` (with `country="FR"`): only phone contacts are shown — a campaign about calling, say. The ' +
          'chats are left out, helplines with no phone contact too, and with a single method there is no method filter.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const el = await shownHelplines(canvasElement);
    const withPhone = frData.helplines.filter((r) => r.contacts.some((c) => c.method === 'phone'));
    await expect(names(el)).toEqual(withPhone.map((r) => squash(r.name)));
    const links = actions(el.shadowRoot!);
    await expect(links.length).toBe(withPhone.flatMap((r) => r.contacts.filter((c) => c.method === 'phone')).length);
    await expect(links.every((link) => link.getAttribute('href')!.startsWith('tel:'))).toBe(true);
    await expect(part(el, 'methods')).toBeNull();
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------------
 * Choosing the country
 * ---------------------------------------------------------------------------------------------- */

export const Suggested: Story = {
  args: { country: '' },
  parameters: {
    docs: {
      description: {
        story:
          'No `country`: the finder suggests one from the browser’s time zone, then the regions of the page’s and the ' +
          'browser’s languages, among the countries it has — never from an IP address — and says so. When nothing ' +
          'matches it asks instead. What you see depends on your browser. The play function then chooses Kenya.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownFinder(canvasElement);
    const country = select(el);
    await expect(text(country.labels![0])).toBe(await shipped(locale, 'finder.country', 'Country'));
    const hint = el.shadowRoot!.querySelector('.hint');
    if (country.value) {
      // A suggestion: the country is chosen, and the person is told where it came from.
      await expect(text(hint)).toBe(await shipped(locale, 'finder.suggested', 'Suggested from your browser settings. You can change it.'));
    } else {
      // No suggestion: the select's first option and the list ask for a country.
      await expect(hint).toBeNull();
      await expect(text(country.options[0])).toBe(await shipped(locale, 'finder.choose', 'Choose your country'));
      await expect(text(part(el, 'base'))).toContain(await shipped(locale, 'finder.ask', 'Choose your country to see its helplines.'));
    }

    await userEvent.selectOptions(country, 'KE');
    await expect(args.onCountryChange).toHaveBeenCalledWith(expect.objectContaining({ detail: { country: 'KE' } }));
    await waitFor(() => expect(names(el)).toEqual(keData.helplines.map((r) => squash(r.name))));
    await expect(el.shadowRoot!.querySelector('.hint')).toBeNull();
    await expect(select(el).value).toBe('KE');
  },
};

export const Ask: Story = {
  args: { country: '', bundled: false },
  parameters: {
    docs: {
      description: {
        story:
          '`bundled="false"` and no records of your own: there is no country to suggest or choose, so the finder asks ' +
          '(with your own records, their countries fill the select).',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownFinder(canvasElement);
    const country = select(el);
    await expect(country.value).toBe('');
    await expect([...country.options].map(text)).toEqual([await shipped(locale, 'finder.choose', 'Choose your country')]);
    await expect(text(country.labels![0])).toBe(await shipped(locale, 'finder.country', 'Country'));
    await expect(text(part(el, 'base'))).toContain(await shipped(locale, 'finder.ask', 'Choose your country to see its helplines.'));
    await expect(helplines(el)).toHaveLength(0);
    await expect(part(el, 'search')).toBeNull();
    await expect(part(el, 'fallback')).toBeNull();
    await expect(text(part(el, 'count'))).toBe('');
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const Fallback: Story = {
  args: { country: 'AQ' },
  parameters: {
    docs: {
      description: {
        story:
          '`country="AQ"` (Antarctica), for which no child helpline has been confirmed: the finder says so and points ' +
          'to a trusted adult and the local emergency number (`::part(fallback)`). It never shows a number it has not ' +
          'confirmed, so there is no link to call.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownFinder(canvasElement);
    const name = countryName('AQ', locale);
    await waitFor(() => expect(part(el, 'fallback')).not.toBeNull());
    await expect(text(part(el, 'fallback'))).toContain(
      await shipped(
        locale,
        'finder.fallback',
        str`No child helpline for ${name} has been confirmed yet. Talk to an adult you trust. If you are in danger, call your local emergency number.`,
      ),
    );
    if (locale === 'en') await expect(text(part(el, 'fallback'))).toContain('No child helpline for Antarctica has been confirmed yet.');
    await expect(helplines(el)).toHaveLength(0);
    await expect(telLinks(el)).toHaveLength(0);
    await expect(actions(el.shadowRoot!)).toHaveLength(0);
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------------
 * Your own records
 * ---------------------------------------------------------------------------------------------- */

export const OwnRecords: Story = {
  args: { country: 'FR', content: ASSOCIATION_FR },
  parameters: {
    docs: {
      description: {
        story:
          'A French association’s own records in the `content` property (edit them in Controls). Its `fr-119` has the ' +
          'id of a bundled record, so it replaces it — here listing the phone line only, with the association’s own ' +
          'source and date; its chat is a new record, shown next to the bundled 3018.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownHelplines(canvasElement);
    const [replacement, added] = ASSOCIATION_FR.helplines;
    const bundled119 = frData.helplines.find((r) => r.id === replacement.id)!;
    const bundled3018 = frData.helplines.find((r) => r.id === 'fr-3018')!;
    await waitFor(() => expect(helplines(el)).toHaveLength(3));
    await expect(names(el).sort()).toEqual([replacement.name, added.name, bundled3018.name].map(squash).sort());

    // The deployer's record replaced the bundled one with the same id: one 119, theirs.
    await expect(names(el)).not.toContain(squash(bundled119.name));
    const replaced = helplineById(el, replacement.id)!;
    await expect(nameOf(replaced)).toBe(squash(replacement.name));
    await expect(actions(replaced).map((link) => link.getAttribute('href'))).toEqual(['tel:119']);
    await expect(replaced.querySelector('[part="source"] a')!.getAttribute('href')).toBe(replacement.source);
    await expect(text(replaced.querySelector('[part="source"]'))).toContain(await checkedOn(locale, replacement.checked));

    // The new record: a chat.
    const chat = helplineById(el, added.id)!;
    const [open] = actions(chat);
    await expect(open.getAttribute('href')).toBe(ASSOCIATION_CHAT);
    await expect(text(open)).toBe(await shipped(locale, 'finder.chat', 'Open the chat'));
    await expect(text(chat.querySelector('.meta'))).toContain(await shipped(locale, 'finder.kind.youth', 'Helpline for young people'));
    await expect(text(part(el, 'count'))).toBe(await countText(locale, 3));
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const OnlyOwnRecords: Story = {
  args: { country: 'FR', bundled: false, content: ASSOCIATION_FR },
  parameters: {
    docs: {
      description: {
        story:
          '`bundled="false"` with the association’s records: only those are shown, and the country select offers only ' +
          'the countries they cover. The bundled directory is never loaded.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const el = await shownHelplines(canvasElement);
    const own = ASSOCIATION_FR.helplines;
    await waitFor(() => expect(names(el)).toEqual(own.map((r) => squash(r.name))));
    const bundledOnly = frData.helplines.filter((r) => !own.some((o) => o.id === r.id));
    for (const record of bundledOnly) await expect(names(el)).not.toContain(squash(record.name));
    await expect([...select(el).options].map((option) => option.value)).toEqual([...new Set(own.map((r) => r.country))]);
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const ClosedNow: Story = {
  args: { country: 'GB', content: SCHOOL_LINE_GB, clock: () => SATURDAY_NOON },
  parameters: {
    docs: {
      description: {
        story:
          'A school’s support line, open on weekdays from 09:00 to 17:00 London time, seen with the `clock` property ' +
          'set to Saturday 7 March 2026 at noon: it says when it opens next. Hours are read on the helpline’s own time ' +
          'zone, whatever the visitor’s. Childline, open 24 hours, stays open.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const locale = localeOf({ globals });
    const el = await shownHelplines(canvasElement);
    const record = SCHOOL_LINE_GB.helplines[0];
    // The school's record and the bundled Childline (its country's chunk may load after the first render).
    await waitFor(() => expect(names(el).sort()).toEqual([record.name, ...gbData.helplines.map((r) => r.name)].map(squash).sort()));
    const line = helplineById(el, record.id)!;
    const monday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1)));
    const status = line.querySelector('.status')!;
    await expect(text(status)).toBe(await shipped(locale, 'finder.opens', str`Closed — opens ${monday} at ${'09:00'}`));
    if (locale === 'en') await expect(text(status)).toBe('Closed — opens Monday at 09:00');
    await expect(status.classList.contains('status--open')).toBe(false);
    await expect(actions(line)[0].getAttribute('href')).toBe('tel:+441632960123');
    const childline = helplineById(el, 'gb-childline')!;
    await expect(text(childline.querySelector('.status'))).toBe(await shipped(locale, 'finder.always', 'Open 24 hours'));
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const InvalidDocument: Story = {
  args: { country: 'FR', content: HTTP_SOURCE_FR },
  parameters: {
    docs: {
      description: {
        story:
          'A record whose `source` is an `http:` page: every record must cite an `https:` source. The finder shows a ' +
          'short error line (`::part(error)`) in its own language, logs the details to the console and fires ' +
          '`cop-error` with `code: "invalid-content"` naming the place. None of the document’s records is used; the ' +
          'bundled helplines still show.',
      },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const el = finderIn(canvasElement);
    await waitFor(() => expect(part(el, 'error')).not.toBeNull());
    await expect(text(part(el, 'error'))).toBe(
      await shipped(localeOf({ globals }), 'content.invalid.short', 'This content could not be shown.'),
    );
    await expectErrorCode(args.onError, 'invalid-content');
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.objectContaining({ message: expect.stringContaining('helplines.0.source') }) }),
    );
    await waitFor(() => expect(names(el)).toEqual(frData.helplines.map((r) => squash(r.name))));
    await expect(names(el)).not.toContain(squash(HTTP_SOURCE_FR.helplines[0].name));
  },
};

/* ------------------------------------------------------------------------------------------------
 * Languages
 * ---------------------------------------------------------------------------------------------- */

/** Checks the finder's own strings in a locale, and Kenya's helpline as it reads there. */
async function expectKenyaIn(el: CopHelplineFinder, locale: Locale): Promise<void> {
  await expect(text(part(el, 'title'))).toBe(await shipped(locale, 'finder.title', 'Find a helpline'));
  await expect(text(select(el).labels![0])).toBe(await shipped(locale, 'finder.country', 'Country'));
  await expect(text(select(el).selectedOptions[0])).toBe(countryName('KE', locale));
  await expectAlwaysOpenShortCode(el, keData.helplines[0], 'tel:116', locale);
}

const localeStory = localeStoryFor<FinderArgs, CopHelplineFinder>(shownHelplines, expectKenyaIn);

export const Localized: Story = localeStory(
  null,
  'The element’s strings, the country names, dates and weekdays follow the Locale toolbar; helpline names stay as written.',
);

export const Arabic: Story = {
  ...localeStory(
    'ar',
    'Arabic (`lang="ar"`) with `country="MA"`: Morocco’s 2511, right to left. Its hours are not confirmed, and the ' +
      'finder says so rather than guess.',
  ),
  args: { country: 'MA' },
  play: async ({ canvasElement }) => {
    const el = await shownHelplines(canvasElement);
    await expectRightToLeft(el);
    await expect(text(part(el, 'title'))).toBe('ابحث عن خط مساعدة');
    await expect(text(select(el).labels![0])).toBe('البلد');
    await expect(text(select(el).selectedOptions[0])).toBe(countryName('MA', 'ar'));
    const record = maData.helplines[0];
    await expect(names(el)).toEqual(maData.helplines.map((r) => squash(r.name)));
    const helpline = helplineById(el, record.id)!;
    const [call] = actions(helpline);
    await expect(call.getAttribute('href')).toBe(`tel:${record.contacts[0].number.short}`);
    await expect(text(call)).toBe(`اتصل بالرقم ${record.contacts[0].number.display}`);
    await expect(text(helpline.querySelector('.status'))).toBe('ساعات العمل غير مؤكدة');
    await expect(text(helpline.querySelector('.notes'))).toContain(`يعمل فقط من داخل ${countryName('MA', 'ar')}`);
    await expect(text(helpline.querySelector('[part="source"]'))).toContain(await checkedOn('ar', record.checked));
    await expect(getComputedStyle(helpline).direction).toBe('rtl');
  },
};

export const Spanish: Story = localeStory('es');
export const French: Story = localeStory('fr');
export const Russian: Story = localeStory('ru');
export const ChineseSimplified: Story = localeStory('zh-Hans');

export const AllLocales: Story = {
  render: (args) => inEveryLocale(() => renderFinder(args)),
  parameters: { docs: { description: { story: ALL_LOCALES_NOTE } } },
  play: async ({ canvasElement }) => {
    const finders = await shownInEveryLocale<CopHelplineFinder>(canvasElement, 'cop-helpline-finder', 'helpline');
    for (const [i, locale] of SHIPPED_LOCALES.entries()) await expectKenyaIn(finders[i], locale);
  },
};
