import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LOCALES } from '../src/core/locale.js';

const units = (xml: string) =>
  [...xml.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g)].map(
    ([, id, source, target]) => ({ id, source, target }),
  );
const SAME_IN_MANY_LANGUAGES = new Set(['finder.method.whatsapp', 'finder.method.chat', 'finder.source']);
const placeholders = (text: string) => (text.match(/<x id="\d+"/g) ?? []).sort();

describe('translations', () => {
  const targets = SHIPPED_LOCALES.filter((locale) => locale !== 'en');

  it('has one XLIFF file per shipped locale', () => {
    expect(readdirSync('locales').sort()).toEqual(targets.map((locale) => `${locale}.xlf`).sort());
  });

  for (const locale of targets) {
    it(`${locale}: every string is translated, keeps its placeholders and differs from English`, () => {
      const list = units(readFileSync(`locales/${locale}.xlf`, 'utf8'));
      expect(list.length).toBeGreaterThan(20);
      for (const { id, source, target } of list) {
        expect(target, `${locale} ${id}`).toBeTruthy();
        expect(placeholders(target!), `${locale} ${id}`).toEqual(placeholders(source));
        // A few words are the same in several languages (a brand, "Chat", "Source").
        if (!SAME_IN_MANY_LANGUAGES.has(id)) expect(target, `${locale} ${id}`).not.toEqual(source);
      }
    });
  }

  it('every msg() call in the sources has an explicit id', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('generated'));
    for (const file of files) {
      const code = readFileSync(`src/${file}`, 'utf8');
      for (const call of code.matchAll(/\bmsg\(([\s\S]*?)\{\s*id:/g)) expect(call[1].includes('msg('), file).toBe(false);
      const calls = code.match(/\bmsg\((?!\))/g)?.length ?? 0;
      const withId = code.match(/\{\s*id: '[a-z0-9.-]+'/g)?.length ?? 0;
      expect(withId, file).toBeGreaterThanOrEqual(calls);
    }
  });
});
