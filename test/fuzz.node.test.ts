import { describe, expect, it } from 'vitest';
import { validate, type Schema } from '../src/core/content/schema.js';
import { bannerSchema } from '../src/components/campaign-banner/campaign-banner.schema.js';
import { tipsSchema } from '../src/components/tip-carousel/tip-carousel.schema.js';
import { quizSchema } from '../src/components/risk-quiz/risk-quiz.schema.js';
import { helplinesSchema } from '../src/components/helpline-finder/helpline-finder.schema.js';
import { SEED, SEEDS, UNSAFE_SCHEMES, everyValueInEveryField, isLinkField, mutate, payloadInEveryField, random, stringLeaves } from './fuzz/mutate.js';

// Mutates valid documents of every kind, deterministically, and feeds them to the validators: a
// document is either accepted whole or refused with issues that name a known code — never a throw,
// never a javascript:, data: or vbscript: link let through, never a list with a hole in it. (test/fuzz.browser.test.ts feeds the
// same mutations to the elements themselves.)

const KNOWN_CODES = new Set([
  'missing', 'expected-text', 'expected-number', 'expected-list', 'expected-object', 'expected-boolean', 'empty', 'too-long',
  'unsafe-link', 'bad-id', 'schema', 'not-allowed', 'duplicate', 'too-few', 'no-safe-choice', 'one-safe-choice', 'two-choices', 'invalid',
]);

const kinds: [string, Schema<unknown>, unknown][] = [
  ['banner', bannerSchema as Schema<unknown>, SEEDS.banner],
  ['tips', tipsSchema as Schema<unknown>, SEEDS.tips],
  ['quiz', quizSchema as Schema<unknown>, SEEDS.quiz],
  ['helplines', helplinesSchema as Schema<unknown>, SEEDS.helplines],
];

/** The links an accepted document still holds whose scheme is not allowed. */
function unsafeLinks(value: unknown): string[] {
  const get = (keys: string[]) => keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value) as string;
  return stringLeaves(value)
    .filter(({ key }) => isLinkField(key))
    .map(({ keys }) => get(keys))
    .filter((link) => {
      try {
        return UNSAFE_SCHEMES.includes(new URL(link, 'https://example.invalid/').protocol);
      } catch {
        return false;
      }
    });
}

/** Lists in an accepted document with a hole in them (a sparse array set as `content`): each would be an undefined item. */
function holes(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  const own = Array.isArray(value) ? value.length - Object.keys(value).length : 0;
  return own + Object.values(value).reduce<number>((sum, child) => sum + holes(child), 0);
}

describe('content validators under 1,000 mutated documents per kind', () => {
  for (const [kind, schema, valid] of kinds) {
    it(`${kind}: accepts the original, and never throws or lets an unsafe link through`, () => {
      expect(validate(schema, valid).ok).toBe(true);
      const next = random(SEED);
      let refused = 0;
      for (let i = 0; i < 1000; i++) {
        const document = mutate(valid, next);
        const result = validate(schema, document);
        if (result.ok) {
          expect(unsafeLinks(result.value), `${kind} #${i}`).toEqual([]);
          expect(holes(result.value), `${kind} #${i}: holes`).toBe(0);
        } else {
          refused++;
          for (const issue of result.issues) expect(KNOWN_CODES.has(issue.code), `${kind} #${i} ${issue.code}`).toBe(true);
        }
      }
      // Most mutations break something; the run would be pointless if none did.
      expect(refused).toBeGreaterThan(500);
      // And the sweeps: a payload in every string field, each planted value in each top-level field.
      for (const { path, document } of [...payloadInEveryField(valid), ...everyValueInEveryField(valid, 1)]) {
        const result = validate(schema, document);
        if (result.ok) expect(unsafeLinks(result.value), `${kind} ${path}`).toEqual([]);
        else for (const issue of result.issues) expect(KNOWN_CODES.has(issue.code), `${kind} ${path} ${issue.code}`).toBe(true);
      }
    });
  }
});
