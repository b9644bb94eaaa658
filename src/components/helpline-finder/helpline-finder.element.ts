import { str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LazyContent, renderLoadFailed, reportLoadFailed } from '../../core/content/lazy.js';
import { CopElement } from '../../core/element.js';
import { contentErrorStyles, panelStyles } from '../../core/content/styles.js';
import { baseStyles } from '../../core/styles.js';
import { CopCountryChangeEvent, CopHelplineContactEvent } from './helpline-finder.events.js';
import {
  METHODS,
  contactHref,
  filterHelplines,
  formatter,
  mergeRecords,
  openState,
  suggestCountry,
  type Contact,
  type HelplineRecord,
  type HelplinesDocument,
  type Method,
} from './helpline-finder.model.js';
import { finderStyles } from './helpline-finder.styles.js';
import UN_MEMBERS from '../../data/un-members.json';

// One chunk per country: a page downloads only the country it shows.
const bundledFiles = import.meta.glob<{ default: HelplinesDocument }>('../../data/helplines/*.json');
const bundledCountry = (path: string) => path.slice(-7, -5).toUpperCase();
export const BUNDLED_COUNTRIES: readonly string[] = Object.keys(bundledFiles).map(bundledCountry).sort();

/**
 * The child helplines of a country, each with one-tap contact links, whether it is open now (on
 * the helpline's own clock), and where and when its details were checked. The country comes from
 * `country`, else is suggested from the browser's time zone and languages — never from an IP
 * address — and the person can always change it.
 *
 * @tagname cop-helpline-finder
 * @summary The child helplines of a country, open now or not, one tap to call.
 *
 * @csspart base - The finder region.
 * @csspart title - Its heading.
 * @csspart country - The country select.
 * @csspart search - The search field.
 * @csspart methods - The contact method filters.
 * @csspart count - The polite count of helplines shown.
 * @csspart helpline - Each helpline.
 * @csspart contact - Each way to reach a helpline.
 * @csspart action - The link that calls, texts or opens a chat.
 * @csspart source - "Checked on" and the source link.
 * @csspart fallback - What is shown when no helpline could be confirmed for the country.
 * @csspart error - The line shown when a document cannot be used.
 * @csspart retry - The button to try loading a `src` document again, after it failed.
 *
 * @cssprop --cop-finder-background - Background.
 * @cssprop --cop-finder-color - Text colour.
 * @cssprop --cop-finder-accent - Top border and contact buttons (default: `--cop-color-primary`).
 * @cssprop --cop-finder-border - Borders.
 * @cssprop --cop-finder-open - Colour of "Open now" (default: `--cop-color-success`).
 *
 * @fires cop-country-change - The person chose another country. Detail: `{country}`.
 * @fires cop-helpline-contact - A contact link was used. Detail: `{helplineId, method, country}`.
 * @fires cop-error - Content or an attribute could not be used. Detail: `{code, message}`.
 */
export class CopHelplineFinder extends CopElement {
  static override styles = [baseStyles, panelStyles, contentErrorStyles, finderStyles];

  static override properties = {
    country: {},
    src: {},
    content: { attribute: false },
    bundled: {},
    methods: {},
    topic: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    clock: { attribute: false },
    chosen: { state: true },
    suggested: { state: true },
    query: { state: true },
    pickedMethods: { state: true },
    bundledRecords: { state: true },
    loadedCountry: { state: true },
    loadFailedFor: { state: true },
    allCountries: { state: true },
  };

  /** ISO 3166-1 alpha-2 country; when absent, one is suggested and the person chooses. */
  country: string | null = null;

  /** URL of a helplines document: its records replace bundled ones with the same id and add new ones. */
  src: string | null = null;

  /** A parsed helplines document; wins over inline JSON and `src`. */
  content: unknown = undefined;

  /** `false` uses only the deployer's records. */
  bundled = 'true';

  /** Comma list of `phone,sms,whatsapp,chat,email,web` to show. */
  methods: string | null = null;

  /** Only helplines on this topic (e.g. `online-safety`). */
  topic: string | null = null;

  /** Level of the finder's heading, 2 to 5; each helpline is one level below. */
  headingLevel = 2;

  /** Where the finder reads the time, for "open now"; replace it to preview. */
  clock: () => number = () => Date.now();

  private chosen = '';
  private suggested = false;
  private query = '';
  private pickedMethods: Method[] = [];
  private bundledRecords: HelplineRecord[] = [];

  private readonly document = new LazyContent<HelplinesDocument>(this, () =>
    import('./helpline-finder.schema.js').then((module) => module.helplinesSchema),
  );
  private loading?: { country: string; done: Promise<void> };
  /** The country whose bundled records are in `bundledRecords` (set when its file has loaded). */
  private loadedCountry = '';
  /** A country whose bundled file could not be fetched (offline, say): never shown as "none confirmed". */
  private loadFailedFor = '';
  private minuteTimer?: ReturnType<typeof setInterval>;
  /**
   * Whether the country list holds every country. Naming and sorting about 200 countries is a
   * good part of a first render, so while a country is chosen the first render lists only that
   * one and the rest follow in the next task — or at once when the list gets focus or a press.
   */
  private allCountries = false;
  private listTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" changes with the clock.
    this.minuteTimer = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.minuteTimer);
    clearTimeout(this.listTimer);
    this.listTimer = undefined;
  }

  protected override updateGate(): Promise<unknown> {
    // The first render waits for the country's data: it must never flash "no helpline confirmed".
    return Promise.all([this.document.ready, this.loadZones()]).then(() => {
      this.syncCountry();
      return this.loadCountry();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content') || changed.has('src')) this.document.refresh();
    this.syncCountry();
    void this.loadCountry();
  }

  private appliedCountry: string | null | undefined = undefined;

  /** Applies the `country` attribute (or a suggestion) when it changed or nothing is chosen yet. */
  private syncCountry(): void {
    if (this.appliedCountry === this.country && this.chosen) return;
    this.appliedCountry = this.country;
    this.chooseInitialCountry();
  }

  private get ownRecords(): HelplineRecord[] {
    return this.document.state.status === 'ready' ? this.document.state.value.helplines : [];
  }

  private get useBundled(): boolean {
    return this.bundled !== 'false';
  }

  /**
   * The countries the person can choose: every UN member state (those without a confirmed
   * helpline show the fallback), bundled territories, and those the deployer gave.
   */
  private get countries(): string[] {
    const bundled = this.useBundled ? [...UN_MEMBERS, ...BUNDLED_COUNTRIES] : [];
    return [...new Set([...bundled, ...this.ownRecords.map((r) => r.country), ...(this.chosen ? [this.chosen] : [])])];
  }

  /** Countries with helplines to show, for suggesting one. */
  private get countriesWithData(): Set<string> {
    return new Set([...(this.useBundled ? BUNDLED_COUNTRIES : []), ...this.ownRecords.map((r) => r.country)]);
  }

  private zones?: Readonly<Record<string, string>>;
  private zonesLoading?: Promise<void>;

  /** The zone table is needed only to suggest a country, so it is loaded only then. */
  private loadZones(): Promise<void> {
    if (this.zones || this.country) return Promise.resolve();
    this.zonesLoading ??= import('./helpline-finder.zones.js').then(
      (module) => {
        this.zones = module.ZONE_COUNTRIES;
        if (!this.chosen) this.chooseInitialCountry();
      },
      () => undefined,
    );
    return this.zonesLoading;
  }

  private chooseInitialCountry(): void {
    const given = this.country?.trim().toUpperCase();
    if (given) {
      if (/^[A-Z]{2}$/.test(given)) {
        this.acceptAttribute('country', given);
        this.chosen = given;
        this.suggested = false;
        return;
      }
      this.rejectAttribute('country', this.country ?? '');
    }
    const suggestion = suggestCountry(
      {
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        pageLanguage: this.l10n.requested,
        browserLanguages: navigator.languages,
      },
      this.countriesWithData,
      this.zones ?? {},
    );
    this.chosen = suggestion ?? '';
    this.suggested = Boolean(suggestion);
  }

  private loadCountry(): Promise<void> {
    const country = this.chosen;
    if (!country || !this.useBundled) {
      this.bundledRecords = [];
      this.loadedCountry = country;
      return Promise.resolve();
    }
    if (this.loading?.country !== country) {
      const load = bundledFiles[`../../data/helplines/${country.toLowerCase()}.json`];
      const done = load
        ? load().then(
            (module) => {
              if (this.loading?.country !== country) return;
              this.bundledRecords = module.default.helplines;
              this.loadedCountry = country;
              this.loadFailedFor = '';
            },
            (error: unknown) => {
              // The next render tries again (the network may be back); a failure is reported once.
              if (this.loading?.country === country) this.loading = undefined;
              if (this.loadFailedFor !== country) reportLoadFailed(this, `helplines ${country}`, error);
              this.loadFailedFor = country;
            },
          )
        : Promise.resolve().then(() => {
            this.bundledRecords = [];
            this.loadedCountry = country;
          });
      this.loading = { country, done };
    }
    return this.loading.done;
  }

  private get allowedMethods(): Method[] {
    const names = (this.methods ?? '').split(',').map((m) => m.trim()).filter(Boolean);
    const known = names.filter((m): m is Method => (METHODS as readonly string[]).includes(m));
    if (known.length !== names.length) this.rejectAttribute('methods', this.methods ?? '', known.join(','));
    else this.acceptAttribute('methods', this.methods);
    return known;
  }

  private onCountry(event: Event): void {
    this.chosen = (event.target as HTMLSelectElement).value;
    this.suggested = false;
    this.dispatchEvent(new CopCountryChangeEvent({ country: this.chosen }));
  }

  private onMethod(event: Event): void {
    const input = event.target as HTMLInputElement;
    const method = input.value as Method;
    this.pickedMethods = input.checked ? [...this.pickedMethods, method] : this.pickedMethods.filter((m) => m !== method);
  }

  private contactLabel(contact: Contact): string {
    const msg = this.msg;
    const number = contact.number?.display ?? '';
    switch (contact.method) {
      case 'phone':
        return msg(str`Call ${number}`, { id: 'finder.call' });
      case 'sms':
        return msg(str`Text ${number}`, { id: 'finder.text' });
      case 'whatsapp':
        return msg('Message on WhatsApp', { id: 'finder.whatsapp' });
      case 'chat':
        return msg('Open the chat', { id: 'finder.chat' });
      case 'email':
        return msg('Send an email', { id: 'finder.email' });
      default:
        return msg('Visit the website', { id: 'finder.web' });
    }
  }

  private methodName(method: Method): string {
    const msg = this.msg;
    switch (method) {
      case 'phone':
        return msg('Phone', { id: 'finder.method.phone' });
      case 'sms':
        return msg('Text message', { id: 'finder.method.sms' });
      case 'whatsapp':
        return msg('WhatsApp', { id: 'finder.method.whatsapp' });
      case 'chat':
        return msg('Chat', { id: 'finder.method.chat' });
      case 'email':
        return msg('Email', { id: 'finder.method.email' });
      default:
        return msg('Website', { id: 'finder.method.web' });
    }
  }

  private openText(contact: Contact): TemplateResult {
    const msg = this.msg;
    const state = openState(contact.hours, new Date(this.clock()));
    const weekday = (day: number) =>
      formatter(Intl.DateTimeFormat, this.l10n.locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
    switch (state.status) {
      case 'always':
        return html`<span class="status status--open">${msg('Open 24 hours', { id: 'finder.always' })}</span>`;
      case 'open': {
        const until = state.closes;
        return html`<span class="status status--open">${msg(str`Open now, until ${until}`, { id: 'finder.open' })}</span>`;
      }
      case 'closed': {
        if (!state.opens) return html`<span class="status">${msg('Closed', { id: 'finder.closed' })}</span>`;
        const day = weekday(state.opens.day);
        const time = state.opens.time;
        return html`<span class="status">${msg(str`Closed — opens ${day} at ${time}`, { id: 'finder.opens' })}</span>`;
      }
      default:
        return html`<span class="status">${msg('Opening hours not confirmed', { id: 'finder.hours-unknown' })}</span>`;
    }
  }

  private renderContact(record: HelplineRecord, contact: Contact): TemplateResult {
    const msg = this.msg;
    const href = contactHref(contact);
    const web = href?.startsWith('http') ?? false;
    const languages = formatter(Intl.DisplayNames, this.l10n.locale, { type: 'language' });
    const list = formatter(Intl.ListFormat, this.l10n.locale, { type: 'conjunction' });
    const countryName = this.countryName(record.country);
    const notes = [
      contact.free ? msg('Free', { id: 'finder.free' }) : '',
      contact.anonymous ? msg('You do not have to give your name', { id: 'finder.anonymous' }) : '',
      contact.languages.length ? msg(str`Languages: ${list.format(contact.languages.map((l) => languages.of(l) ?? l))}`, { id: 'finder.languages' }) : '',
      contact.number?.domesticOnly ? msg(str`Works only from inside ${countryName}`, { id: 'finder.domestic' }) : '',
    ].filter(Boolean);
    return html`<li part="contact" class="contact">
      ${href
        ? html`<a
            part="action"
            class="action"
            href=${href}
            target=${web ? '_top' : nothing}
            rel=${web ? 'noopener noreferrer' : nothing}
            @click=${() => this.dispatchEvent(new CopHelplineContactEvent({ helplineId: record.id, method: contact.method, country: record.country }))}
            >${contact.number && (contact.method === 'phone' || contact.method === 'sms' || contact.method === 'whatsapp')
              ? html`${this.contactLabel(contact).replace(contact.number.display, '').trim()} <span class="number">${contact.number.display}</span>`
              : this.contactLabel(contact)}</a
          >`
        : html`<span>${this.methodName(contact.method)}: <span class="number">${contact.number?.display ?? ''}</span></span>`}
      ${this.openText(contact)}
      ${notes.length ? html`<span class="notes">${notes.join(' · ')}</span>` : nothing}
    </li>`;
  }

  private sortedCountries?: { key: string; list: { code: string; name: string }[] };

  /** The countries to choose from, by name in the element's language: sorted once per language and list, not on every keystroke. */
  private countryOptions(): { code: string; name: string }[] {
    if (!this.allCountries && this.chosen) {
      this.listTimer ??= setTimeout(this.showAllCountries);
      return [{ code: this.chosen, name: this.countryName(this.chosen) }];
    }
    const codes = this.countries;
    const key = `${this.l10n.locale}|${codes.join()}`;
    if (this.sortedCountries?.key !== key) {
      const collator = formatter(Intl.Collator, this.l10n.locale, {});
      const list = codes.map((code) => ({ code, name: this.countryName(code) })).sort((a, b) => collator.compare(a.name, b.name));
      this.sortedCountries = { key, list };
    }
    return this.sortedCountries.list;
  }

  private readonly showAllCountries = (): void => {
    this.allCountries = true;
  };

  private countryName(code: string): string {
    try {
      return formatter(Intl.DisplayNames, this.l10n.locale, { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  private kindName(record: HelplineRecord): string {
    const msg = this.msg;
    switch (record.kind) {
      case 'child-helpline':
        return msg('Child helpline', { id: 'finder.kind.child' });
      case 'youth-line':
        return msg('Helpline for young people', { id: 'finder.kind.youth' });
      case 'reporting':
        return msg('Service to report abuse', { id: 'finder.kind.reporting' });
      default:
        return msg('Crisis line', { id: 'finder.kind.crisis' });
    }
  }

  private audienceText(record: HelplineRecord): string {
    const msg = this.msg;
    const { minAge, maxAge, adults } = record.audience ?? {};
    const ages =
      minAge !== undefined && maxAge !== undefined
        ? msg(str`For ages ${minAge} to ${maxAge}`, { id: 'finder.ages' })
        : maxAge !== undefined
          ? msg(str`For ages up to ${maxAge}`, { id: 'finder.ages-max' })
          : minAge !== undefined
            ? msg(str`For ages ${minAge} and over`, { id: 'finder.ages-min' })
            : '';
    const regional = record.subdivisions?.length ? msg('Serves only part of the country', { id: 'finder.regional' }) : '';
    return [ages, adults ? msg('Adults can contact it too', { id: 'finder.adults' }) : '', regional].filter(Boolean).join(' · ');
  }

  override render(): TemplateResult {
    const msg = this.msg;
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 5 ? this.headingLevel : 2;
    const error = this.document.renderError();
    const allowed = this.allowedMethods;
    const inCountry = mergeRecords(this.bundledRecords, this.ownRecords).filter((r) => r.country === this.chosen);
    const offered = METHODS.filter((m) => (!allowed.length || allowed.includes(m)) && inCountry.some((r) => r.contacts.some((c) => c.method === m)));
    const shown = filterHelplines(inCountry, { query: this.query, methods: this.pickedMethods, topic: this.topic ?? '' })
      .map((record) => ({ ...record, contacts: record.contacts.filter((c) => !allowed.length || allowed.includes(c.method)) }))
      .filter((record) => record.contacts.length > 0);
    const countries = this.countryOptions();
    const date = formatter(Intl.DateTimeFormat, this.l10n.locale, { dateStyle: 'long', timeZone: 'UTC' });
    const chosenName = this.chosen ? this.countryName(this.chosen) : '';
    const count = shown.length;
    return html`
      ${error}
      <section part="base" class="finder panel" aria-labelledby="title" dir=${this.l10n.dir}>
        <div part="title" id="title" class="title" role="heading" aria-level=${level}>${msg('Find a helpline', { id: 'finder.title' })}</div>
        <div class="controls">
          <div class="field">
            <label for="country">${msg('Country', { id: 'finder.country' })}</label>
            <select id="country" part="country" @change=${this.onCountry} @focus=${this.showAllCountries} @pointerdown=${this.showAllCountries}>
              ${this.chosen ? nothing : html`<option value="" selected>${msg('Choose your country', { id: 'finder.choose' })}</option>`}
              ${countries.map(({ code, name }) => html`<option value=${code} ?selected=${code === this.chosen}>${name}</option>`)}
            </select>
            ${this.suggested ? html`<span class="hint">${msg('Suggested from your browser settings. You can change it.', { id: 'finder.suggested' })}</span>` : nothing}
          </div>
          ${this.chosen
            ? html`<div class="field">
                <label for="search">${msg('Search by name or topic', { id: 'finder.search' })}</label>
                <input id="search" part="search" type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
              </div>
              ${offered.length > 1
                ? html`<fieldset part="methods">
                    <legend>${msg('How to get in touch', { id: 'finder.methods' })}</legend>
                    ${offered.map(
                      (method) => html`<label class="check"><input type="checkbox" .value=${method} .checked=${this.pickedMethods.includes(method)} @change=${this.onMethod} />${this.methodName(method)}</label>`,
                    )}
                  </fieldset>`
                : nothing}`
            : nothing}
        </div>
        <p part="count" class="count" role="status">${this.chosen && inCountry.length ? msg(str`Helplines shown: ${count}`, { id: 'finder.count' }) : ''}</p>
        ${!this.chosen
          ? html`<p>${msg('Choose your country to see its helplines.', { id: 'finder.ask' })}</p>`
          : this.loadFailedFor === this.chosen && this.loadedCountry !== this.chosen
            ? renderLoadFailed(msg)
            : this.loadedCountry !== this.chosen
            ? nothing
            : inCountry.length === 0
            ? html`<div part="fallback" class="fallback">
                <p>${msg(str`No child helpline for ${chosenName} has been confirmed yet. Talk to an adult you trust. If you are in danger, call your local emergency number.`, { id: 'finder.fallback' })}</p>
                <p><a href="https://childhelplineinternational.org/" target="_top" rel="noopener noreferrer">${msg('Child Helpline International: helplines in many countries', { id: 'finder.international' })}</a></p>
              </div>`
            : html`<ul class="list">
                ${shown.map(
                  (record) => html`<li>
                    <article part="helpline" class="helpline" aria-labelledby="h-${record.id}">
                      <div id="h-${record.id}" class="name" role="heading" aria-level=${level + 1}>${record.name}</div>
                      ${Object.entries(record.localName ?? {}).map(([lang, name]) => html`<p lang=${lang}>${name}</p>`)}
                      <p class="meta">${[this.kindName(record), this.audienceText(record)].filter(Boolean).join(' · ')}</p>
                      <ul class="contacts">${record.contacts.map((contact) => this.renderContact(record, contact))}</ul>
                      <p part="source" class="source">
                        ${msg(str`Checked on ${date.format(new Date(`${record.checked}T00:00:00Z`))}.`, { id: 'finder.checked' })}
                        <a href=${record.source} target="_top" rel="noopener noreferrer">${msg('Source', { id: 'finder.source' })}</a>
                      </p>
                    </article>
                  </li>`,
                )}
              </ul>`}
      </section>
    `;
  }
}
