import type { Application } from '@devportal/portal-client';
import { useI18n } from '../../i18n/i18n-context.js';

/** What is known of the working secrets (never the secrets): two during a re-issue overlap. */
export function SecretsList(props: { secrets: Application['secrets'] }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      <h3>{t('apps.secrets')}</h3>
      <ul className="plain-list">
        {props.secrets.map((secret) => (
          <li key={secret.id} className="list-row">
            <span>
              {t('apps.secret.created', { at: dateTime(secret.createdAt) })}
              {secret.lastUsedAt &&
                ` · ${t('apps.secret.used', { at: dateTime(secret.lastUsedAt) })}`}
            </span>
            {secret.expiresAt && (
              <span className="badge badge-warning">
                {t('apps.secret.expires', { at: dateTime(secret.expiresAt) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
