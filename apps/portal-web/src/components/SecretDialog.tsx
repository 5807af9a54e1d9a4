import { useI18n } from '../i18n/i18n-context.js';
import { CopyableValue } from './CopyableValue.js';
import { Dialog } from './Dialog.js';

/**
 * Shows a secret (a Client Secret by default, or e.g. a webhook's signing secret) the one time the
 * API returns it. The secret lives only in this dialog's props: closing it drops the last
 * reference, and nothing writes it to storage.
 */
export function SecretDialog(props: {
  title: string;
  /** shown beside the secret when it belongs to an application's credentials */
  clientId?: string;
  clientSecret: string;
  /** how the secret is named, its copy button and the warning (the Client Secret's when omitted) */
  secretTexts?: { label: string; copyLabel: string; warningTitle: string; warning: string };
  /** e.g. how long the previous secret keeps working */
  note?: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const texts = props.secretTexts ?? {
    label: 'Client Secret',
    copyLabel: t('secret.copySecret'),
    warningTitle: t('secret.warningTitle'),
    warning: t('secret.warning'),
  };
  return (
    <Dialog title={props.title} onClose={props.onClose} alert>
      <div className="notice notice-warning">
        <p className="notice-title">{texts.warningTitle}</p>
        <p>{texts.warning}</p>
      </div>
      {props.clientId !== undefined && (
        <CopyableValue
          label="Client ID"
          value={props.clientId}
          copyLabel={t('secret.copyClientId')}
        />
      )}
      <CopyableValue label={texts.label} value={props.clientSecret} copyLabel={texts.copyLabel} />
      {props.note && <p>{props.note}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onClose}>
          {t('secret.saved')}
        </button>
      </div>
    </Dialog>
  );
}
