import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/helpline-finder.js';
import type { CopHelplineFinder } from '../src/helpline-finder.js';
import type { CopErrorEvent, HelplinesDocument } from '../src/classes.js';
import kenya from '../src/data/helplines/ke.json';
import france from '../src/data/helplines/fr.json';

const root = (el: Element) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: Element, name: string) => root(el).querySelector<T>(`[part~="${name}"]`);
const all = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function settle(el: CopHelplineFinder) {
  await el.updateComplete;
  await aTimeout(40);
  await el.updateComplete;
}

const own: HelplinesDocument = {
  schema: 'cop-widgets/helplines@1', id: 'ministry', version: 1, locale: 'fr',
  helplines: [
    { ...(france.helplines[0] as HelplinesDocument['helplines'][number]), name: 'Allô 119 (version du ministère)' },
    {
      id: 'fr-ministry-chat', name: 'Tchat du ministère', country: 'FR', topics: ['online-safety'], kind: 'youth-line',
      contacts: [{ method: 'chat', url: 'https://example.org/tchat', languages: ['fr'], hours: { tz: 'Europe/Paris', intervals: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' }] } }],
      source: 'https://example.org/source', checked: '2026-11-01', reviewBy: '2027-11-01',
    },
  ],
};

beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => vi.restoreAllMocks());

describe('<cop-helpline-finder>', () => {
  it('shows a country\'s helplines with visible numbers, real links, hours, and their source', async () => {
    const el = await fixture<CopHelplineFinder>(html`<cop-helpline-finder country="KE"></cop-helpline-finder>`);
    await settle(el);
    const record = kenya.helplines[0];
    expect((part<HTMLSelectElement>(el, 'country'))!.value).to.equal('KE');
    expect(text(part(el, 'count'))).to.equal(`Helplines shown: ${kenya.helplines.length}`);
    const helpline = part(el, 'helpline')!;
    expect(text(helpline)).to.contain(record.name);
    const call = helpline.querySelector<HTMLAnchorElement>('[part="action"]')!;
    expect(call.getAttribute('href')).to.equal('tel:116');
    expect(text(call)).to.equal('Call 116');
    expect(text(helpline)).to.contain('Open 24 hours');
    expect(text(helpline)).to.contain('Works only from inside Kenya');
    expect(text(part(el, 'source'))).to.contain('Checked on November 29, 2026.');
    expect(part(el, 'source')!.querySelector('a')!.getAttribute('href')).to.equal(record.source);
    await expect(el).to.be.accessible();
  });

  it('shows a WhatsApp number as text in its link, as it does a phone number', async () => {
    const el = await fixture<CopHelplineFinder>(html`<cop-helpline-finder country="KE" bundled="false"></cop-helpline-finder>`);
    el.content = {
      schema: 'cop-widgets/helplines@1', id: 'wa', version: 1, locale: 'en',
      helplines: [{
        id: 'ke-wa', name: 'Chat line', country: 'KE', topics: ['any'], kind: 'child-helpline',
        contacts: [{ method: 'whatsapp', number: { e164: '+254722116116', display: '0722 116 116' }, languages: ['en'], hours: { tz: 'Africa/Nairobi' } }],
        source: 'https://example.org/source', checked: '2026-11-01', reviewBy: '2027-11-01',
      }],
    };
    await settle(el);
    const link = part<HTMLAnchorElement>(el, 'action')!;
    expect(link.getAttribute('href')).to.equal('https://wa.me/254722116116');
    expect(text(link)).to.equal('Message on WhatsApp 0722 116 116');
  });

  it('never shows the fallback before a country\'s data has arrived', async () => {
    const el = document.createElement('cop-helpline-finder');
    el.country = 'KE';
    const seen: string[] = [];
    const observer = new MutationObserver(() => part(el, 'fallback') && seen.push('fallback'));
    document.body.append(el);
    observer.observe(el.shadowRoot ?? el, { childList: true, subtree: true });
    await el.updateComplete;
    expect(part(el, 'fallback')).to.equal(null);
    expect(part(el, 'helpline')).to.exist;
    observer.disconnect();
    expect(seen).to.deep.equal([]);
    el.remove();
  });

  it('lets a person find and use a call link with the keyboard alone, reporting only ids', async () => {
    const contacts: unknown[] = [];
    document.addEventListener('cop-helpline-contact', (e) => contacts.push((e as CustomEvent).detail), { once: true });
    const el = await fixture<CopHelplineFinder>(html`<cop-helpline-finder country="FR"></cop-helpline-finder>`);
    await settle(el);
    part(el, 'country')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < 10; i++) {
      await userEvent.keyboard('{Tab}');
      const focused = root(el).activeElement as HTMLElement | null;
      seen.push(focused?.getAttribute('part') ?? focused?.localName ?? '');
      if (focused?.getAttribute('href')?.startsWith('tel:')) break;
    }
    const link = root(el).activeElement as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('tel:119');
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    await userEvent.keyboard('{Enter}');
    expect(contacts).to.deep.equal([{ helplineId: france.helplines[0].id, method: 'phone', country: 'FR' }]);
    expect(seen).to.include('search');
  });

  it('filters by search text and by contact method, and announces the count politely', async () => {
    const el = await fixture<CopHelplineFinder>(html`<cop-helpline-finder country="FR"></cop-helpline-finder>`);
    await settle(el);
    expect(part(el, 'count')!.getAttribute('role')).to.equal('status');
    const search = part<HTMLInputElement>(el, 'search')!;
    search.focus();
    await userEvent.keyboard('3018');
    await settle(el);
    expect(all(el, 'helpline').map((h) => text(h.querySelector('.name')))).to.deep.equal(['3018 – e-Enfance']);
    expect(text(part(el, 'count'))).to.equal('Helplines shown: 1');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    const chat = root(el).querySelector<HTMLInputElement>('[part="methods"] input[value="chat"]')!;
    chat.click();
    await settle(el);
    expect(all(el, 'helpline').length).to.equal(france.helplines.filter((h) => h.contacts.some((c) => c.method === 'chat')).length);
    await expect(el).to.be.accessible();
  });

  it('merges a deployer\'s records over the bundled ones, or uses only them with bundled="false"', async () => {
    const merged = document.createElement('cop-helpline-finder');
    merged.country = 'FR';
    merged.content = own;
    await fixture(merged);
    await settle(merged);
    await aTimeout(100);
    await settle(merged);
    const names = all(merged, 'helpline').map((h) => text(h.querySelector('.name')));
    expect(names).to.include('Allô 119 (version du ministère)');
    expect(names).to.include('Tchat du ministère');
    expect(names).not.to.include(france.helplines[0].name);
    expect(names.length).to.equal(france.helplines.length + 1);
    const chatLink = root(merged).querySelector<HTMLAnchorElement>('a[href="https://example.org/tchat"]')!;
    expect(chatLink.target).to.equal('_top');
    expect(chatLink.rel).to.equal('noopener noreferrer');

    const onlyOwn = document.createElement('cop-helpline-finder');
    onlyOwn.setAttribute('bundled', 'false');
    onlyOwn.country = 'FR';
    onlyOwn.content = own;
    await fixture(onlyOwn);
    await aTimeout(100);
    await settle(onlyOwn);
    expect(all(onlyOwn, 'helpline').length).to.equal(2);
  });

  it('adds a deployer\'s records from src to the bundled ones', async () => {
    const src = new URL('./fixtures/helplines-fr.json', import.meta.url).href;
    const el = await fixture<CopHelplineFinder>(html`<cop-helpline-finder country="FR" src=${src}></cop-helpline-finder>`);
    await aTimeout(300);
    await settle(el);
    const names = all(el, 'helpline').map((h) => text(h.querySelector('.name')));
    expect(names).to.include('Ligne du ministère (exemple de test)');
    expect(names.length).to.equal(france.helplines.length + 1);
  });

  it('falls back honestly for a country with no confirmed helpline, and asks when it knows no country', async () => {
    const none = await fixture<CopHelplineFinder>(html`<cop-helpline-finder country="AQ"></cop-helpline-finder>`);
    await settle(none);
    expect(text(part(none, 'fallback'))).to.contain('No child helpline for Antarctica has been confirmed yet.');
    expect(root(none).querySelector('a[href^="tel:"]')).to.equal(null);
    await expect(none).to.be.accessible();
  });

  it('says closed and when it opens, on the helpline\'s clock', async () => {
    const el = document.createElement('cop-helpline-finder');
    el.country = 'FR';
    el.setAttribute('bundled', 'false');
    el.content = own;
    // Saturday 28 November 2026, 12:00 in Paris.
    el.clock = () => Date.UTC(2026, 10, 28, 11, 0);
    await fixture(el);
    await aTimeout(100);
    await settle(el);
    const chat = all(el, 'helpline').find((h) => text(h).includes('Tchat du ministère'))!;
    expect(text(chat)).to.contain('Closed — opens Monday at 09:00');
    el.clock = () => Date.UTC(2026, 10, 30, 9, 0);
    await settle(el);
    expect(text(all(el, 'helpline').find((h) => text(h).includes('Tchat du ministère'))!)).to.contain('Open now, until 18:00');
  });

  it('lists every country, sorted by name in its language, soon after showing the chosen one — at once when the list is reached', async () => {
    const names = (el: Element) => [...part<HTMLSelectElement>(el, 'country')!.options].map((option) => option.textContent!.trim());
    const el = await fixture<CopHelplineFinder>(html`<cop-helpline-finder country="KE" lang="fr"></cop-helpline-finder>`);
    // The first render names only the chosen country; the rest follow without any action.
    await waitUntil(() => names(el).length > 190, 'every country listed');
    const select = part<HTMLSelectElement>(el, 'country')!;
    expect(select.value).to.equal('KE');
    expect(select.selectedOptions[0].textContent!.trim()).to.equal('Kenya');
    expect(names(el)).to.include.members(['Allemagne', 'Égypte', 'Japon']);
    const collator = new Intl.Collator('fr');
    expect(names(el)).to.deep.equal([...names(el)].sort(collator.compare));

    // Reached by Tab before that: the list is whole by the time a key can move in it.
    const early = document.createElement('cop-helpline-finder');
    early.country = 'KE';
    el.after(early);
    await early.updateComplete;
    part<HTMLSelectElement>(early, 'country')!.focus();
    await early.updateComplete;
    expect(names(early).length).to.be.greaterThan(190);
    early.remove();
  });

  it('fires cop-country-change when the person picks another country', async () => {
    const el = await fixture<CopHelplineFinder>(html`<cop-helpline-finder country="KE"></cop-helpline-finder>`);
    await settle(el);
    const select = part<HTMLSelectElement>(el, 'country')!;
    const change = new Promise<unknown>((resolve) => el.addEventListener('cop-country-change', (e) => resolve(e.detail), { once: true }));
    select.value = 'GB';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await change).to.deep.equal({ country: 'GB' });
    await settle(el);
    expect(text(part(el, 'helpline'))).to.contain('Childline');
  });

  it('reports a bad document and keeps showing bundled helplines', async () => {
    const errors: CopErrorEvent['detail'][] = [];
    const listener = (event: CopErrorEvent) => errors.push(event.detail);
    document.addEventListener('cop-error', listener);
    const el = document.createElement('cop-helpline-finder');
    el.country = 'KE';
    el.content = { ...own, helplines: [{ ...own.helplines[1], source: 'http://insecure.example' }] };
    await fixture(el);
    await waitUntil(() => errors.length > 0, 'a cop-error', { timeout: 5000 });
    await settle(el);
    document.removeEventListener('cop-error', listener);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-content']);
    expect(text(part(el, 'error'))).to.equal('This content could not be shown.');
    expect(all(el, 'helpline').length).to.equal(kenya.helplines.length);
  });
});

describe('<cop-helpline-finder> in every language', () => {
  for (const lang of ['en', 'ar', 'es', 'fr', 'ru', 'zh-Hans']) {
    it(`${lang}: localized and axe-clean with a country, filtered, asking, falling back and with a broken document`, async () => {
      const el = await fixture<CopHelplineFinder>(html`<cop-helpline-finder lang=${lang} country="FR"></cop-helpline-finder>`);
      await settle(el);
      if (lang !== 'en') expect(text(part(el, 'title'))).not.to.equal('Find a helpline');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
      // Filtered by a method, with the count announced.
      root(el).querySelector<HTMLInputElement>('[part="methods"] input')?.click();
      await settle(el);
      await expect(el).to.be.accessible();
      const asking = await fixture<CopHelplineFinder>(html`<cop-helpline-finder lang=${lang} bundled="false"></cop-helpline-finder>`);
      await settle(asking);
      await expect(asking).to.be.accessible();
      const fallback = await fixture<CopHelplineFinder>(html`<cop-helpline-finder lang=${lang} country="AQ"></cop-helpline-finder>`);
      await settle(fallback);
      expect(part(fallback, 'fallback')).to.exist;
      await expect(fallback).to.be.accessible();
      const broken = document.createElement('cop-helpline-finder');
      broken.lang = lang;
      broken.country = 'KE';
      broken.content = { nonsense: true };
      await fixture(broken);
      await aTimeout(100);
      await settle(broken);
      expect(part(broken, 'error')).to.exist;
      await expect(broken).to.be.accessible();
    });
  }
});
