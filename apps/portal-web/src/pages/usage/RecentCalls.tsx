import { usePortal } from '../../api/portal-context.js';
import { AsyncView } from '../../components/AsyncView.js';
import { EmptyState } from '../../components/EmptyState.js';
import { useLoad } from '../../hooks/use-load.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';

/** The application's latest calls through the gateway: time, operation, status, latency, request id. */
export function RecentCalls(props: { appId: string }) {
  const { t, dateTime, number } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const calls = useLoad(
    () => client.analytics.recentCalls(org.id, props.appId),
    [client, org.id, props.appId],
  );
  return (
    <section className="card" aria-labelledby="recent-calls">
      <div className="card-heading">
        <h2 id="recent-calls">{t('calls.title')}</h2>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={calls.reload}
        >
          {t('action.refresh')}
        </button>
      </div>
      <p className="muted small">{t('calls.description')}</p>
      <AsyncView loaded={calls}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('calls.none')} />
          ) : (
            // Focusable: a keyboard can scroll the table sideways on a narrow screen.
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable
            <section className="table-wrap" aria-label={t('calls.table')} tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('calls.at')}</th>
                    <th scope="col">{t('calls.operation')}</th>
                    <th scope="col">{t('calls.status')}</th>
                    <th scope="col">{t('calls.latency')}</th>
                    <th scope="col">{t('calls.requestId')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((call) => (
                    <tr key={call.requestId + call.at}>
                      <td>{dateTime(call.at)}</td>
                      <td>
                        <code>{call.operation}</code>
                      </td>
                      <td className={call.status >= 400 ? 'status-error' : undefined}>
                        {call.status}
                      </td>
                      <td>{t('unit.ms', { value: number(call.latencyMs) })}</td>
                      <td className="small">
                        <code>{call.requestId}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )
        }
      </AsyncView>
    </section>
  );
}
