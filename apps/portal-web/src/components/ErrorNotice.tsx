import {
  PortalApiError,
  PortalConflictError,
  PortalConnectionError,
  PortalForbiddenError,
  PortalNotFoundError,
  PortalRateLimitError,
  PortalTimeoutError,
  PortalValidationError,
} from '@devportal/portal-client';
import { IdentityError } from '../auth/identity-provider.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/messages.ru.js';
import { fieldLabelKey, isProblemCode } from '../i18n/problem-text.js';
import { SupportContact } from './SupportContact.js';

/** The message for a failure, in the page's language: the problem code's own text when the API named one. */
function messageKeyOf(error: unknown): MessageKey {
  if (error instanceof PortalApiError && isProblemCode(error.code)) return `problem.${error.code}`;
  if (error instanceof PortalValidationError) return 'error.validation';
  if (error instanceof PortalForbiddenError) return 'error.forbidden';
  if (error instanceof PortalNotFoundError) return 'error.notFound';
  if (error instanceof PortalConflictError) return 'error.conflict';
  if (error instanceof PortalRateLimitError) return 'error.tooSoon';
  if (error instanceof PortalConnectionError || error instanceof PortalTimeoutError) {
    return 'error.connection';
  }
  if (error instanceof IdentityError) {
    if (error.kind === 'taken') return 'auth.error.taken';
    if (error.kind === 'wrongCredentials') return 'auth.error.wrongCredentials';
    if (error.kind === 'invalid') return 'auth.error.invalid';
    return 'error.connection';
  }
  return 'error.unexpected';
}

/**
 * A failure shown where it happened, with the request id support asks for. The API's `title`,
 * `detail` and field messages are English: the notice shows the site's text for the problem code
 * and names each offending field by its label, never the server's wording.
 */
export function ErrorNotice(props: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const { error } = props;
  const api = error instanceof PortalApiError ? error : undefined;
  const retryAfterMs = error instanceof PortalRateLimitError ? error.retryAfterMs : undefined;
  const details = [
    retryAfterMs !== undefined
      ? t('error.retryAfter', { seconds: Math.ceil(retryAfterMs / 1000) })
      : undefined,
    ...(error instanceof PortalValidationError
      ? error.errors.map((field) => {
          const label = fieldLabelKey(field.field);
          return label ? t('problem.field', { field: t(label) }) : undefined;
        })
      : []),
  ].filter(Boolean);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t(messageKeyOf(error))}</p>
      {details.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {api?.requestId && (
        <p className="muted small">
          {t('error.requestId')}: <code>{api.requestId}</code>
        </p>
      )}
      <SupportContact />
      {props.onRetry && (
        <button type="button" className="button button-secondary" onClick={props.onRetry}>
          {t('action.retry')}
        </button>
      )}
    </div>
  );
}
