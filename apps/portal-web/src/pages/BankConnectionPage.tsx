import { useState } from 'react';
import { usePortal } from '../api/portal-context.js';
import { AsyncView } from '../components/AsyncView.js';
import { Badge } from '../components/Badge.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { PageHeader } from '../components/PageHeader.js';
import { useAction } from '../hooks/use-action.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCan, useOrg } from '../org/org-context.js';
import { startedBankAuthorization } from './bank/started-bank-authorization.js';

const TONES = { connected: 'success', expired: 'warning', not_connected: 'neutral' } as const;

/**
 * The organisation's connection to the bank through SberBusiness ID. Consent happens on the
 * bank's page in this tab; the bank sends it back to the callback page, which finishes the
 * connection as the same person and returns here.
 */
export function BankConnectionPage() {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const can = useCan();
  const connection = useLoad(() => client.bankConnection.get(org.id), [client, org.id]);
  const [disconnecting, setDisconnecting] = useState(false);
  const connect = useAction(async () => {
    const { authorizeUrl } = await client.bankConnection.startAuthorization(org.id);
    startedBankAuthorization.remember(authorizeUrl, org.id);
    window.location.assign(authorizeUrl);
  });
  return (
    <>
      <PageHeader title={t('bank.title')} description={t('bank.description')} />
      <section className="card" aria-labelledby="bank-status">
        <h2 id="bank-status">{t('bank.status')}</h2>
        <AsyncView loaded={connection}>
          {(status) => (
            <>
              <p>
                <Badge tone={TONES[status.status]}>{t(`bank.status.${status.status}`)}</Badge>
              </p>
              {status.status !== 'not_connected' && (
                <dl className="facts">
                  <dt>{t('bank.connectedAt')}</dt>
                  <dd>{dateTime(status.connectedAt)}</dd>
                  <dt>{t('bank.scopes')}</dt>
                  <dd>{status.scopes?.join(', ') ?? '—'}</dd>
                  <dt>{t('bank.refreshUntil')}</dt>
                  <dd>{dateTime(status.refreshTokenExpiresAt)}</dd>
                </dl>
              )}
              <div className="row-actions">
                {can('bankConnection.manage') && (
                  <button
                    type="button"
                    className="button"
                    disabled={connect.pending}
                    onClick={() => void connect.run()}
                  >
                    {status.status === 'not_connected' ? t('bank.connect') : t('bank.reconnect')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={connection.reload}
                >
                  {t('bank.check')}
                </button>
                {can('bankConnection.manage') && status.status !== 'not_connected' && (
                  <button
                    type="button"
                    className="button button-danger"
                    onClick={() => setDisconnecting(true)}
                  >
                    {t('bank.disconnect')}
                  </button>
                )}
              </div>
              {!can('bankConnection.manage') && (
                <p className="muted small">{t('bank.managersOnly')}</p>
              )}
            </>
          )}
        </AsyncView>
        {connect.error !== undefined && <ErrorNotice error={connect.error} />}
      </section>
      {disconnecting && (
        <ConfirmDialog
          title={t('bank.disconnect.title')}
          confirmLabel={t('bank.disconnect')}
          danger
          onClose={() => setDisconnecting(false)}
          onConfirm={async () => {
            await client.bankConnection.disconnect(org.id);
            connection.reload();
          }}
        >
          <p>{t('bank.disconnect.confirm')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
