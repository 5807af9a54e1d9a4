import { usePortal } from '../../api/portal-context.js';
import { AsyncView } from '../../components/AsyncView.js';
import { Badge } from '../../components/Badge.js';
import { EmptyState } from '../../components/EmptyState.js';
import { useLoad } from '../../hooks/use-load.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';
import { eventLabelKey, failureKey } from './webhook-texts.js';

/** How many attempts the log shows: the recent ones, enough to see a test arrive. */
const RECENT_DELIVERIES = 10;

/** A webhook's most recent delivery attempts, newest first; `round` reloads them. */
export function WebhookDeliveries(props: { appId: string; webhookId: string; round: number }) {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const deliveries = useLoad(
    async () =>
      (
        await client.webhooks
          .deliveries(org.id, props.appId, props.webhookId, { limit: RECENT_DELIVERIES })
          .firstPage()
      ).items,
    [client, org.id, props.appId, props.webhookId, props.round],
  );
  const headingId = `deliveries-${props.webhookId}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('webhooks.deliveries')}</h3>
      <AsyncView loaded={deliveries}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('webhooks.deliveries.none')} />
          ) : (
            <ul className="plain-list">
              {items.map((delivery) => {
                const label = eventLabelKey(delivery.eventType);
                return (
                  <li key={`${delivery.eventId}-${delivery.attempt}`} className="list-row">
                    <span>
                      <Badge tone={delivery.outcome === 'delivered' ? 'success' : 'danger'}>
                        {t(
                          delivery.outcome === 'delivered'
                            ? 'webhooks.outcome.delivered'
                            : 'webhooks.outcome.failed',
                        )}
                      </Badge>{' '}
                      <strong>{label ? t(label) : delivery.eventType}</strong>
                    </span>
                    <span className="muted small">{dateTime(delivery.at)}</span>
                    <span className="muted small">
                      {[
                        t('webhooks.deliveries.attemptNumber', { attempt: delivery.attempt }),
                        delivery.httpStatus !== undefined && `HTTP ${delivery.httpStatus}`,
                        delivery.error && t(failureKey(delivery.error)),
                        t('webhooks.deliveries.ms', { ms: delivery.durationMs }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}{' '}
                      · <code>{delivery.eventId}</code>
                    </span>
                  </li>
                );
              })}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}
