import type { Webhook } from '@devportal/portal-client';
import { useState } from 'react';
import { usePortal } from '../../api/portal-context.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useAction } from '../../hooks/use-action.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useOrg } from '../../org/org-context.js';
import { WebhookDeliveries } from './WebhookDeliveries.js';
import { eventLabelKey } from './webhook-texts.js';

/** One webhook: where it points, what it wants, a test event, deletion and its delivery log. */
export function WebhookItem(props: { webhook: Webhook; onDeleted: () => void }) {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const can = useCan();
  const { webhook } = props;
  const [round, setRound] = useState(0);
  const [queuedId, setQueuedId] = useState<string>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const sendTest = useAction(async () => {
    const { eventId } = await client.webhooks.sendTestEvent(
      org.id,
      webhook.applicationId,
      webhook.id,
    );
    setQueuedId(eventId);
  });
  const headingId = `webhook-${webhook.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <code>{webhook.url}</code>
      </h3>
      <p>
        {t('webhooks.events')}:{' '}
        {webhook.events
          .map((event) => {
            const label = eventLabelKey(event);
            return label ? t(label) : event;
          })
          .join(', ')}
      </p>
      <p className="muted small">{t('webhooks.createdAt', { at: dateTime(webhook.createdAt) })}</p>
      <div className="row-actions">
        {can('application.manage') && (
          <>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={sendTest.pending}
              onClick={() => void sendTest.run()}
            >
              {t('webhooks.sendTest')}
            </button>
            <button
              type="button"
              className="button button-danger button-small"
              onClick={() => setConfirmingDelete(true)}
            >
              {t('webhooks.delete')}
            </button>
          </>
        )}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setRound((value) => value + 1)}
        >
          {t('action.refresh')}
        </button>
      </div>
      {sendTest.error !== undefined && <ErrorNotice error={sendTest.error} />}
      {queuedId && (
        <p className="notice notice-info" role="status">
          {t('webhooks.testQueued', { id: queuedId })}
        </p>
      )}
      <WebhookDeliveries appId={webhook.applicationId} webhookId={webhook.id} round={round} />
      {confirmingDelete && (
        <ConfirmDialog
          title={t('webhooks.delete.title')}
          confirmLabel={t('webhooks.delete')}
          danger
          onClose={() => setConfirmingDelete(false)}
          onConfirm={async () => {
            await client.webhooks.delete(org.id, webhook.applicationId, webhook.id);
            props.onDeleted();
          }}
        >
          <p>{t('webhooks.delete.confirm', { url: webhook.url })}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
