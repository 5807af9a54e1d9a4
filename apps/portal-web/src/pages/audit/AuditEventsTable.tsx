import { usePortal } from '../../api/portal-context.js';
import { AsyncView } from '../../components/AsyncView.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PagedListFooter } from '../../components/PagedListFooter.js';
import { usePagedList } from '../../hooks/use-paged-list.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';

/** The audit events, a page of 50 at a time. */
export function AuditEventsTable() {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const list = usePagedList(() => client.auditEvents.list(org.id, { limit: 50 }), [client, org.id]);
  return (
    <section className="card" aria-labelledby="audit-list">
      <h2 id="audit-list" className="visually-hidden">
        {t('audit.title')}
      </h2>
      <AsyncView loaded={list.loaded}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('audit.none')} />
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.when')}</th>
                    <th scope="col">{t('audit.who')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.target')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((event) => (
                    <tr key={event.id}>
                      <td>{dateTime(event.at)}</td>
                      <td>
                        {event.actor.email ?? event.actor.userId}
                        {event.actor.role && (
                          <span className="muted small"> · {event.actor.role}</span>
                        )}
                      </td>
                      <td>
                        <code>{event.action}</code>
                      </td>
                      <td className="small">
                        {event.target.type} <code>{event.target.id}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </AsyncView>
      <PagedListFooter list={list} />
    </section>
  );
}
