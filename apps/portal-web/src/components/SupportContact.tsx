import { useConfig } from '../config/config-context.js';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * The support contact `/config.json` names: its e-mail address and, if given, its help page.
 * Nothing when the deployment names none, so no empty or broken link is ever shown.
 */
export function SupportContact(props: { className?: string }) {
  const { t } = useI18n();
  const { support } = useConfig();
  if (!support) return null;
  return (
    <p className={props.className ?? 'support-contact muted small'}>
      {t('support.writeTo')} <a href={`mailto:${support.email}`}>{support.email}</a>
      {support.url && (
        <>
          {' · '}
          <a href={support.url} target="_blank" rel="noopener noreferrer">
            {t('support.helpPage')}
          </a>
        </>
      )}
    </p>
  );
}
