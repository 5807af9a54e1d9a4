import type { ProblemCode } from '@devportal/portal-client';
import { ru } from './messages/problems.js';
import type { MessageKey } from './messages.ru.js';

/** Whether the API's `code` is one the site has a text for (`problem.<code>`). */
export function isProblemCode(code: string | undefined): code is ProblemCode {
  return code !== undefined && `problem.${code}` in ru;
}

/**
 * The label of an offending field (`body.contactEmail`, `query.from`) in the site's words, or
 * undefined for a field no form asks for: its raw name is not shown to a person.
 */
export function fieldLabelKey(field: string): MessageKey | undefined {
  const key = `field.${field.slice(field.lastIndexOf('.') + 1)}`;
  return key in ru ? (key as MessageKey) : undefined;
}
