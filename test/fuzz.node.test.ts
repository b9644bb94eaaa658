import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate, type Schema } from '../src/core/content/schema.js';
import { bannerSchema } from '../src/components/campaign-banner/campaign-banner.schema.js';
import { tipsSchema } from '../src/components/tip-carousel/tip-carousel.schema.js';
import { quizSchema } from '../src/components/risk-quiz/risk-quiz.schema.js';
import { helplinesSchema } from '../src/components/helpline-finder/helpline-finder.schema.js';

// Mutates valid documents of every kind, deterministically, and feeds them to the validators: a
// document is either accepted whole or refused with issues that name a known code — never a throw,
// never a javascript:, data: or vbscript: link let through.

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>',
  'vbscript:msgbox(1)', '', '   ', 'x'.repeat(5000), '\u0000', '\u202e', '{"a":1}', '__proto__', 'constructor', '+448001111', '116111',
];
const VALUES: unknown[] = [null, undefined, 0, -1, 1.5, NaN, Infinity, true, false, [], {}, [[]], { toString: 1 }, ...HOSTILE];

function mutate(document: unknown, next: () => number): unknown {
  const copy = structuredClone(document);
  const paths: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        paths.push({ parent: node as Record<string, unknown>, key });
        walk((node as Record<string, unknown>)[key]);
      }
    }
  };
  walk(copy);
  const changes = 1 + Math.floor(next() * 3);
  for (let i = 0; i < changes && paths.length; i++) {
    const { parent, key } = paths[Math.floor(next() * paths.length)];
    const choice = next();
    if (choice < 0.15) delete (parent as Record<string, unknown>)[key as string];
    else if (choice < 0.25 && Array.isArray(parent)) parent.push(structuredClone(parent[0]));
    else (parent as Record<string, unknown>)[key as string] = VALUES[Math.floor(next() * VALUES.length)];
  }
  return copy;
}

const KNOWN_CODES = new Set([
  'missing', 'expected-text', 'expected-number', 'expected-list', 'expected-object', 'expected-boolean', 'empty', 'too-long',
  'unsafe-link', 'bad-id', 'schema', 'not-allowed', 'duplicate', 'too-few', 'no-safe-choice', 'one-safe-choice', 'two-choices', 'invalid',
]);

const kinds: [string, Schema<unknown>, unknown][] = [
  ['banner', bannerSchema as Schema<unknown>, JSON.parse(readFileSync('test/fixtures/banner.json', 'utf8'))],
  ['tips', tipsSchema as Schema<unknown>, JSON.parse(readFileSync('src/content/tips/core/teens/en.json', 'utf8'))],
  ['quiz', quizSchema as Schema<unknown>, JSON.parse(readFileSync('src/content/quiz/core/teens/en.json', 'utf8'))],
  ['helplines', helplinesSchema as Schema<unknown>, JSON.parse(readFileSync('src/data/helplines/fr.json', 'utf8'))],
];

describe('content validators under 1,000 mutated documents per kind', () => {
  for (const [kind, schema, valid] of kinds) {
    it(`${kind}: accepts the original, and never throws or lets an unsafe link through`, () => {
      expect(validate(schema, valid).ok).toBe(true);
      const next = random(20261129);
      let refused = 0;
      for (let i = 0; i < 1000; i++) {
        const document = mutate(valid, next);
        const result = validate(schema, document);
        if (result.ok) {
          const links = JSON.stringify(result.value).match(/"(href|link|url|source|website)":"([^"]*)"/g) ?? [];
          for (const link of links) expect(link, `${kind} #${i}`).not.toMatch(/:"\s*(javascript|data|vbscript):/i);
        } else {
          refused++;
          for (const issue of result.issues) expect(KNOWN_CODES.has(issue.code), `${kind} #${i} ${issue.code}`).toBe(true);
        }
      }
      // Most mutations break something; the run would be pointless if none did.
      expect(refused).toBeGreaterThan(500);
    });
  }
});
