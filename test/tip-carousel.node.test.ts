import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/core/content/schema.js';
import { SHIPPED_LOCALES } from '../src/core/locale.js';
import {
  AUDIENCES,
  RISKS,
  filterTips,
  orderByProfile,
  parseRisks,
  profileHasWeakRisk,
  rotationInterval,
  step,
  type Tip,
  type TipsDocument,
} from '../src/components/tip-carousel/tip-carousel.model.js';
import { AUDIENCE_NAMES, RISK_NAMES, tipsSchema } from '../src/components/tip-carousel/tip-carousel.schema.js';

const tip = (id: string, risk: Tip['risk'], audience: Tip['audience'] = ['children']): Tip => ({
  id, risk, audience, sensitivity: 'low', title: id, body: id,
});

describe('tip ordering and filtering', () => {
  const tips = [tip('a', 'content'), tip('b', 'contact', ['teens']), tip('c', 'conduct'), tip('d', 'contact'), tip('e', 'contract')];

  it('puts the weakest risks first and keeps the order within a risk', () => {
    const ordered = orderByProfile(tips, { content: 1, contact: 0.25, conduct: 0.5, contract: 1 });
    expect(ordered.map((t) => t.id)).toEqual(['b', 'd', 'c', 'a', 'e']);
  });

  it('treats risks the profile does not score as safe', () => {
    expect(orderByProfile(tips, { contract: 0 }).map((t) => t.id)).toEqual(['e', 'a', 'b', 'c', 'd']);
    expect(orderByProfile(tips, {}).map((t) => t.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('knows when a profile has a weak risk', () => {
    expect(profileHasWeakRisk({ content: 1, contact: 1, conduct: 1, contract: 1 })).toBe(false);
    expect(profileHasWeakRisk({ content: 1, contact: 0.9 })).toBe(true);
  });

  it('filters by audience and risks', () => {
    expect(filterTips(tips, 'teens', []).map((t) => t.id)).toEqual(['b']);
    expect(filterTips(tips, null, ['contact', 'contract']).map((t) => t.id)).toEqual(['b', 'd', 'e']);
    expect(filterTips(tips, 'children', ['contact']).map((t) => t.id)).toEqual(['d']);
  });

  it('reads risk lists and keeps unknown names apart', () => {
    expect(parseRisks(' Contact, conduct ,,money')).toEqual({ risks: ['contact', 'conduct'], unknown: ['money'] });
    expect(parseRisks(null)).toEqual({ risks: [], unknown: [] });
  });

  it('steps around the ends and never rotates faster than every 5 s', () => {
    expect(step(0, 3, -1)).toBe(2);
    expect(step(2, 3, 1)).toBe(0);
    expect(step(0, 0, 1)).toBe(0);
    expect(rotationInterval(1000)).toBe(5000);
    expect(rotationInterval(Number.NaN)).toBe(7000);
    expect(rotationInterval(9000)).toBe(9000);
  });
});

describe('the built-in core packs', () => {
  const load = (audience: string, locale: string) =>
    JSON.parse(readFileSync(`src/content/tips/core/${audience}/${locale}.json`, 'utf8')) as TipsDocument;
  const requiredTopics = (audience: string) => [
    'privacy', 'passwords', 'scams', 'checking', 'bullying', 'strangers', 'footprint', 'wellbeing', 'purchases', 'location', 'help',
    ...(audience === 'children' ? [] : ['images']),
    ...(audience === 'parents' || audience === 'educators' ? ['conversations', 'controls', 'incident'] : []),
  ];

  for (const audience of AUDIENCES) {
    const english = load(audience, 'en');

    it(`${audience}: at least 12 tips covering every topic and all 4Cs`, () => {
      expect(english.tips.length).toBeGreaterThanOrEqual(12);
      const topics = new Set(english.tips.map((t) => t.topic));
      for (const topic of requiredTopics(audience)) expect(topics, topic).toContain(topic);
      if (audience === 'children') expect(topics).not.toContain('images');
      expect(new Set(english.tips.map((t) => t.risk))).toEqual(new Set(RISKS));
    });

    it(`${audience}: medium and high sensitivity tips point to a trusted adult and to help`, () => {
      for (const item of english.tips.filter((t) => t.sensitivity !== 'low')) {
        expect(item.body, item.id).toMatch(/adult|teacher|parent|carer|someone you trust|you are the trusted/i);
        expect(item.body, item.id).toMatch(/helpline|help|support|report/i);
      }
    });

    for (const locale of SHIPPED_LOCALES) {
      it(`${audience}/${locale}: valid, complete, and tagged exactly as in English`, () => {
        const pack = load(audience, locale);
        const result = validate(tipsSchema, pack);
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(pack.locale).toBe(locale);
        expect(pack.id).toBe(english.id);
        expect(pack.version).toBe(english.version);
        const tags = (doc: TipsDocument) => doc.tips.map(({ id, topic, risk, riskType, audience: a, sensitivity }) => ({ id, topic, risk, riskType, a, sensitivity }));
        expect(tags(pack)).toEqual(tags(english));
        for (const [i, item] of pack.tips.entries()) {
          expect(item.title.length, item.id).toBeLessThanOrEqual(60);
          expect(item.body.length, item.id).toBeLessThanOrEqual(280);
          if (locale !== 'en') expect(item.body, item.id).not.toBe(english.tips[i].body);
        }
      });
    }
  }
});

describe('the tips document schema', () => {
  it('allows exactly the risks and audiences the element knows', () => {
    expect(RISK_NAMES).toEqual(RISKS);
    expect(AUDIENCE_NAMES).toEqual(AUDIENCES);
  });

  const doc = {
    schema: 'cop-widgets/tips@1', id: 'mine', version: 2, locale: 'fr',
    tips: [{ id: 't1', risk: 'contact', audience: ['parents'], title: 'Titre', body: 'Texte' }],
  };
  it('accepts a minimal document and fills defaults', () => {
    const result = validate(tipsSchema, doc);
    expect(result.ok && result.value.tips[0].sensitivity).toBe('low');
  });
  it('names unknown risks with the allowed ones, empty lists and repeated ids', () => {
    const bad = { ...doc, tips: [{ ...doc.tips[0], risk: 'money' }, { ...doc.tips[0], audience: ['adults'] }] };
    const result = validate(tipsSchema, bad);
    expect(result.ok ? [] : result.issues).toEqual([
      { code: 'not-allowed', path: 'tips.0.risk', allowed: ['content', 'contact', 'conduct', 'contract'] },
      { code: 'duplicate', path: 'tips.1.id' },
    ]);
    expect(validate(tipsSchema, { ...doc, tips: [] })).toEqual({ ok: false, issues: [{ code: 'empty', path: 'tips' }] });
  });
});
