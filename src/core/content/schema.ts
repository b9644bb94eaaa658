/**
 * A small validator for content documents: each schema checks a value, collects issues as fixed
 * codes with paths (turned into sentences in the element's language by describeIssue()), and
 * describes itself as JSON Schema for dist/schemas. Hand-made rather than a library to keep a
 * banner-only page within its byte budget; it knows exactly the shapes our documents use.
 */
import { isSafeLink } from '../links.js';

export { isSafeLink };

export type IssueCode =
  | 'missing'
  | 'expected-text'
  | 'expected-number'
  | 'expected-list'
  | 'expected-object'
  | 'expected-boolean'
  | 'empty'
  | 'too-long'
  | 'unsafe-link'
  | 'bad-id'
  | 'schema'
  | 'not-allowed'
  | 'duplicate'
  | 'too-few'
  | 'no-safe-choice'
  | 'one-safe-choice'
  | 'two-choices'
  | 'invalid';

export interface ContentIssue {
  code: IssueCode;
  /** Where in the document, e.g. `actions.0.href`; empty for the document itself. */
  path: string;
  /** For `not-allowed`: the values that are. */
  allowed?: readonly string[];
}

export type JsonSchema = Record<string, unknown>;

export interface Schema<T> {
  /** Returns the value when it is valid; otherwise records why and returns undefined. */
  check(input: unknown, path: string, issues: ContentIssue[]): T | undefined;
  json: JsonSchema;
  /** Present on optional object fields: the value used when the field is absent. */
  optional?: { fallback: T };
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const issue = (issues: ContentIssue[], path: string, code: IssueCode, allowed?: readonly string[]): undefined => {
  issues.push(allowed ? { code, path, allowed } : { code, path });
  return undefined;
};

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** Plain text with something in it (rendered as text, never as HTML). */
export const text = (maxLength: number): Schema<string> => ({
  json: { type: 'string', pattern: '\\S', maxLength },
  check: (input, path, issues) =>
    typeof input !== 'string'
      ? issue(issues, path, 'expected-text')
      : !/\S/.test(input)
        ? issue(issues, path, 'empty')
        : input.length > maxLength
          ? issue(issues, path, 'too-long')
          : input,
});

export const link: Schema<string> = {
  json: { type: 'string', format: 'uri-reference', pattern: '^(?!\\s*(javascript|data|vbscript|file):)', maxLength: 2048 },
  check: (input, path, issues) =>
    typeof input !== 'string'
      ? issue(issues, path, 'expected-text')
      : input.length > 2048 || !isSafeLink(input)
        ? issue(issues, path, 'unsafe-link')
        : input,
};

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const identifier: Schema<string> = {
  json: { type: 'string', pattern: ID.source },
  check: (input, path, issues) =>
    typeof input !== 'string' ? issue(issues, path, 'expected-text') : ID.test(input) ? input : issue(issues, path, 'bad-id'),
};

export const integer = (minimum: number): Schema<number> => ({
  json: { type: 'integer', minimum },
  check: (input, path, issues) =>
    Number.isInteger(input) && (input as number) >= minimum ? (input as number) : issue(issues, path, 'expected-number'),
});

export const literal = <T extends string>(value: T, code: IssueCode = 'invalid'): Schema<T> => ({
  json: { const: value },
  check: (input, path, issues) => (input === value ? value : issue(issues, path, code)),
});

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const localeTag: Schema<string> = {
  json: { type: 'string', pattern: LOCALE.source },
  check: (input, path, issues) =>
    typeof input !== 'string' ? issue(issues, path, 'expected-text') : LOCALE.test(input) ? input : issue(issues, path, 'invalid'),
};

export const boolean: Schema<boolean> = {
  json: { type: 'boolean' },
  check: (input, path, issues) => (typeof input === 'boolean' ? input : issue(issues, path, 'expected-boolean')),
};

/**
 * A schema with a rule across its fields, run once the value itself is valid; the rule pushes
 * any issues it finds (with paths below `path`).
 */
export const check = <T>(schema: Schema<T>, rule: (value: T, path: string, issues: ContentIssue[]) => void): Schema<T> => ({
  ...schema,
  check: (input, path, issues) => {
    const before = issues.length;
    const value = schema.check(input, path, issues);
    if (value === undefined || issues.length > before) return undefined;
    rule(value, path, issues);
    return issues.length > before ? undefined : value;
  },
});

/** One of a fixed set of words. */
export const oneOf = <T extends string>(values: readonly T[]): Schema<T> => ({
  json: { enum: [...values] },
  check: (input, path, issues) =>
    (values as readonly unknown[]).includes(input) ? (input as T) : issue(issues, path, 'not-allowed', values),
});

/** An object field that may be left out; `fallback`, when given, stands in for it. */
export const optional = <T>(schema: Schema<T>, fallback?: T): Schema<T> => ({ ...schema, optional: { fallback: fallback as T } });

/**
 * A list of items. With `minItems`, none is an `empty` issue and fewer a `too-few` one; items that are objects with an `id`
 * must not repeat one (a `duplicate` issue at the second).
 */
export const array = <T>(item: Schema<T>, minItems = 0): Schema<T[]> => ({
  json: { type: 'array', items: item.json, ...(minItems ? { minItems } : {}) },
  check: (input, path, issues) => {
    if (!Array.isArray(input)) return issue(issues, path, 'expected-list');
    if (input.length < minItems) return issue(issues, path, input.length === 0 ? 'empty' : 'too-few');
    const before = issues.length;
    const seen = new Set<unknown>();
    // Array.from visits holes too (a `content` object may be a sparse array): a hole is a missing item, not a skipped one.
    const values = Array.from(input as unknown[], (value, index) => {
      const id = (value as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && seen.has(id)) return issue(issues, join(join(path, index), 'id'), 'duplicate');
      seen.add(id);
      return item.check(value, join(path, index), issues);
    });
    return issues.length === before ? (values as T[]) : undefined;
  },
});

type Shape = Record<string, Schema<unknown>>;
type ObjectOf<S extends Shape> = { [K in keyof S]: Infer<S[K]> };

/** An object with these fields; other fields are allowed and dropped, for forward compatibility. */
export const object = <S extends Shape>(shape: S): Schema<ObjectOf<S>> => ({
  json: {
    type: 'object',
    properties: Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.json])),
    required: Object.keys(shape).filter((key) => !shape[key].optional),
  },
  check: (input, path, issues) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return issue(issues, path, 'expected-object');
    const before = issues.length;
    const record = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(shape)) {
      if (record[key] === undefined && schema.optional) {
        if (schema.optional.fallback !== undefined) output[key] = schema.optional.fallback;
      }
      else if (record[key] === undefined) issue(issues, join(path, key), 'missing');
      else output[key] = schema.check(record[key], join(path, key), issues);
    }
    return issues.length === before ? (output as ObjectOf<S>) : undefined;
  },
});

/** The fields every content document starts with. */
export const documentFields = (kind: string) => ({
  schema: literal(`cop-widgets/${kind}@1`, 'schema'),
  id: identifier,
  version: integer(1),
  locale: localeTag,
});

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

export function validate<T>(schema: Schema<T>, input: unknown): Validation<T> {
  const issues: ContentIssue[] = [];
  const value = schema.check(input, '', issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: value as T };
}
