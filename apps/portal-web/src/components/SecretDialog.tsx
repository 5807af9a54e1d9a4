import { useI18n } from '../i18n/i18n-context.js';
import { CopyableValue } from './CopyableValue.js';
import { Dialog } from './Dialog.js';

/**
 * Shows a Client Secret the one time the API returns it. The secret lives only in this dialog's
 * props: closing it drops the last reference, and nothing writes it to storage.
 */
export function SecretDialog(props: {
  title: string;
  clientId: string;
  clientSecret: string;
  /** e.g. how long the previous secret keeps working */
  note?: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog title={props.title} onClose={props.onClose} alert>
      <div className="notice notice-warning">
        <p className="notice-title">{t('secret.warningTitle')}</p>
        <p>{t('secret.warning')}</p>
      </div>
      <CopyableValue
        label="Client ID"
        value={props.clientId}
        copyLabel={t('secret.copyClientId')}
      />
      <CopyableValue
        label="Client Secret"
        value={props.clientSecret}
        copyLabel={t('secret.copySecret')}
      />
      {props.note && <p>{props.note}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onClose}>
          {t('secret.saved')}
        </button>
      </div>
    </Dialog>
  );
}
