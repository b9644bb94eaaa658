import { describe, expect, it } from 'vitest';
import { directionOf, localeListIncludes, matchLocale } from '../src/core/locale.js';
import { array, isSafeLink, object, optional, text, validate, documentFields, link } from '../src/core/content/schema.js';

describe('locale resolution', () => {
  it('maps tags to shipped locales', () => {
    expect(matchLocale('fr-CA')).toBe('fr');
    expect(matchLocale('zh')).toBe('zh-Hans');
    expect(matchLocale('zh-CN')).toBe('zh-Hans');
    expect(matchLocale('ES-mx')).toBe('es');
    expect(matchLocale('ar_EG')).toBe('ar');
    expect(matchLocale('de')).toBe('en');
    expect(matchLocale('')).toBe('en');
    expect(matchLocale(null)).toBe('en');
  });
  it('knows which languages are written right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('he-IL')).toBe('rtl');
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('ru')).toBe('ltr');
    expect(directionOf('zh-Hans')).toBe('ltr');
  });
  it('matches a locale list by shipped locale', () => {
    expect(localeListIncludes('fr, ar', 'fr')).toBe(true);
    expect(localeListIncludes('fr-CA,ar', 'fr')).toBe(true);
    expect(localeListIncludes('zh-CN', 'zh-Hans')).toBe(true);
    expect(localeListIncludes('fr, ar', 'en')).toBe(false);
    expect(localeListIncludes('de', 'en')).toBe(false);
  });
});

describe('content schemas', () => {
  const schema = object({
    ...documentFields('demo'),
    title: text(10),
    links: optional(array(object({ href: link })), []),
  });
  const valid = { schema: 'cop-widgets/demo@1', id: 'x', version: 1, locale: 'en', title: 'Hello' };

  it('accepts a valid document, fills optional fields, drops unknown ones', () => {
    expect(validate(schema, { ...valid, extra: true })).toEqual({ ok: true, value: { ...valid, links: [] } });
  });

  it('reports each problem with its path and code', () => {
    const result = validate(schema, { schema: 'cop-widgets/other@1', id: 'has space', version: 0, title: ' ', links: [{ href: 'javascript:alert(1)' }, {}] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { code: 'schema', path: 'schema' },
      { code: 'bad-id', path: 'id' },
      { code: 'expected-number', path: 'version' },
      { code: 'missing', path: 'locale' },
      { code: 'empty', path: 'title' },
      { code: 'unsafe-link', path: 'links.0.href' },
      { code: 'missing', path: 'links.1.href' },
    ]);
  });

  it('rejects a document that is not an object, and text that is too long', () => {
    expect(validate(schema, [])).toEqual({ ok: false, issues: [{ code: 'expected-object', path: '' }] });
    const long = validate(schema, { ...valid, title: 'x'.repeat(11) });
    expect(long.ok ? [] : long.issues).toEqual([{ code: 'too-long', path: 'title' }]);
  });

  it('allows only https, http, tel, sms and mailto links', () => {
    for (const ok of ['https://a.example/', 'http://a.example', 'tel:+441234', 'sms:116111', 'mailto:a@b.example', '/relative'])
      expect(isSafeLink(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'java\nscript:x', 'file:///etc/passwd'])
      expect(isSafeLink(bad), bad).toBe(false);
  });

  it('describes itself as JSON Schema', () => {
    expect(schema.json).toMatchObject({
      type: 'object',
      required: ['schema', 'id', 'version', 'locale', 'title'],
      properties: { schema: { const: 'cop-widgets/demo@1' }, title: { type: 'string', maxLength: 10 } },
    });
  });
});
