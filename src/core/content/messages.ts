import { str, type MsgFn } from '@lit/localize';
import type { CopErrorCode } from '../events.js';
import type { ErrorReport } from './controller.js';
import type { ContentIssue } from './schema.js';

/** One sentence, in the element's language, saying what is wrong with a content document. */
export function describeIssue(msg: MsgFn, { code, path, allowed = [] }: ContentIssue): string {
  const where = path || msg('the document', { id: 'content.path.document' });
  switch (code) {
    case 'missing':
      return msg(str`Content problem: "${where}" is missing.`, { id: 'content.missing' });
    case 'expected-text':
      return msg(str`Content problem: "${where}" must be text.`, { id: 'content.expected-text' });
    case 'expected-number':
      return msg(str`Content problem: "${where}" must be a whole number of 1 or more.`, { id: 'content.expected-number' });
    case 'expected-list':
      return msg(str`Content problem: "${where}" must be a list.`, { id: 'content.expected-list' });
    case 'expected-object':
      return msg(str`Content problem: "${where}" must be a JSON object.`, { id: 'content.expected-object' });
    case 'expected-boolean':
      return msg(str`Content problem: "${where}" must be true or false.`, { id: 'content.expected-boolean' });
    case 'empty':
      return msg(str`Content problem: "${where}" is empty.`, { id: 'content.empty' });
    case 'too-long':
      return msg(str`Content problem: "${where}" is too long.`, { id: 'content.too-long' });
    case 'unsafe-link':
      return msg(str`Content problem: "${where}" must be an https, http, tel, sms or mailto link.`, { id: 'content.unsafe-link' });
    case 'bad-id':
      return msg(str`Content problem: "${where}" must be a short id made of letters, digits, dots, dashes or underscores.`, {
        id: 'content.bad-id',
      });
    case 'not-allowed': {
      const choices = allowed.join(', ');
      return msg(str`Content problem: "${where}" must be one of: ${choices}.`, { id: 'content.not-allowed' });
    }
    case 'duplicate':
      return msg(str`Content problem: "${where}" repeats an id used earlier in the list.`, { id: 'content.duplicate' });
    case 'too-few':
      return msg(str`Content problem: "${where}" has too few items.`, { id: 'content.too-few' });
    case 'no-safe-choice':
      return msg(str`Content problem: "${where}" has no choice marked safe.`, { id: 'content.no-safe-choice' });
    case 'one-safe-choice':
      return msg(str`Content problem: "${where}" must have exactly one safe choice for this type of question.`, { id: 'content.one-safe-choice' });
    case 'two-choices':
      return msg(str`Content problem: "${where}" must have exactly two choices for a true-false question.`, { id: 'content.two-choices' });
    case 'schema':
      return msg(str`Content problem: "${where}" names a kind of document this element does not read.`, { id: 'content.schema' });
    default:
      return msg(str`Content problem: "${where}" is not valid.`, { id: 'content.invalid' });
  }
}

/** The console and `cop-error` report for a document that could not be used. */
export function describeFailure(msg: MsgFn, code: CopErrorCode, issues: readonly ContentIssue[], url?: string, cause?: string): ErrorReport {
  const sentences = issues.map((issue) => describeIssue(msg, issue));
  const message =
    code === 'invalid-json'
      ? msg('Content problem: the inline document is not valid JSON.', { id: 'content.invalid-json' })
      : code === 'load-failed'
        ? msg(str`Content problem: the document at "${url ?? ''}" could not be loaded.`, { id: 'content.load-failed' })
        : sentences[0];
  return { message, details: [...sentences.slice(code === 'invalid-content' ? 1 : 0), ...(cause ? [cause] : [])] };
}

/** Says that an attribute value cannot be used, and what is used instead (if anything). */
export function describeAttribute(msg: MsgFn, name: string, value: string, fallback?: string): string {
  return fallback === undefined
    ? msg(str`The attribute "${name}" cannot be "${value}"; it is ignored.`, { id: 'core.invalid-attribute.ignored' })
    : msg(str`The attribute "${name}" cannot be "${value}"; "${fallback}" is used instead.`, { id: 'core.invalid-attribute' });
}
