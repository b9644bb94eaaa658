import { describe, it } from 'vitest';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/campaign-banner.js';
import { registerTranslation, type TranslationDocument } from '../src/classes.js';
import type { CopCampaignBanner } from '../src/campaign-banner.js';

describe('registerTranslation()', () => {
  it('re-renders elements already on the page in a language added later, with placeholders in any order', async () => {
    const el = await fixture<CopCampaignBanner>(html`<cop-campaign-banner lang="nl-BE" campaign="x" dismissible><p>Hallo</p></cop-campaign-banner>`);
    await el.updateComplete;
    const button = () => el.shadowRoot!.querySelector('[part="dismiss"]')!.getAttribute('aria-label');
    expect(button()).to.equal('Dismiss campaign message');
    const taken = registerTranslation({
      schema: 'cop-widgets/translation@1',
      locale: 'nl',
      strings: { 'banner.dismiss': 'Campagnebericht sluiten', 'core.invalid-attribute': '{1} is geen geldige waarde voor {0}; {2} wordt gebruikt.', empty: '  ' },
    });
    expect(taken).to.equal(2);
    await aTimeout(20);
    await el.updateComplete;
    expect(button()).to.equal('Campagnebericht sluiten');
  });

  it('refuses what is not a translation document, without touching the page', () => {
    expect(() => registerTranslation({ schema: 'something-else', locale: 'nl', strings: {} } as unknown as TranslationDocument)).to.throw(TypeError);
    expect(() => registerTranslation({ schema: 'cop-widgets/translation@1', locale: 'not a tag!', strings: {} })).to.throw(TypeError);
  });
});
