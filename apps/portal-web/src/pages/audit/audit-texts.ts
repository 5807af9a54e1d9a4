import type { AuditAction, AuditEvent } from '@devportal/portal-client';
import type { I18n } from '../../i18n/i18n-context.js';
import { type MessageKey, ru } from '../../i18n/messages.ru.js';

/** The readable phrase of `action`: a key per action the domain records, checked by the compiler. */
export function auditActionText(t: I18n['t'], action: AuditAction): string {
  return t(`audit.action.${action}`);
}

/** What kind of object `type` is, in words; a kind without a text is shown as it is. */
export function auditTargetTypeText(t: I18n['t'], type: string): string {
  const key = `audit.target.${type}`;
  return isMessageKey(key) ? t(key) : type;
}

/**
 * Who acted, as a person reads it: an application's call as such, else the name the event kept,
 * else the e-mail, else (an event that kept neither) the id.
 */
export function auditActorText(t: I18n['t'], actor: AuditEvent['actor']): string {
  if (actor.userId.startsWith('application:')) {
    return t('audit.application', { id: actor.userId.slice('application:'.length) });
  }
  return actor.name ?? actor.email ?? actor.userId;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(ru, key);
}
