import type { AuditEventFilter } from '@devportal/portal-client';
import { usePortal } from '../../api/portal-context.js';
import { AsyncView } from '../../components/AsyncView.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PagedListFooter } from '../../components/PagedListFooter.js';
import { usePagedList } from '../../hooks/use-paged-list.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.ru.js';
import { useOrg } from '../../org/org-context.js';
import { auditActionText, auditActorText, auditTargetTypeText } from './audit-texts.js';

/** The audit events that pass `filter` (applied by the API), a page of 50 at a time. */
export function AuditEventsTable(props: { filter: AuditEventFilter }) {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const { filter } = props;
  const filtered = Object.keys(filter).length > 0;
  const list = usePagedList(
    () => client.auditEvents.list(org.id, { limit: 50, ...filter }),
    [client, org.id, JSON.stringify(filter)],
  );
  return (
    <section className="card" aria-labelledby="audit-list">
      <h2 id="audit-list" className="visually-hidden">
        {t('audit.title')}
      </h2>
      <AsyncView loaded={list.loaded}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={filtered ? t('audit.noneFiltered') : t('audit.none')} />
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
                        {auditActorText(t, event.actor)}
                        {event.actor.name !== undefined && event.actor.email !== undefined && (
                          <span className="muted small"> · {event.actor.email}</span>
                        )}
                        {event.actor.role !== undefined && (
                          <span className="muted small">
                            {' '}
                            · {t(`role.${event.actor.role}` as MessageKey)}
                          </span>
                        )}
                        {event.details?.operator === 'true' && (
                          <span className="muted small"> · {t('audit.operator')}</span>
                        )}
                      </td>
                      <td>{auditActionText(t, event.action)}</td>
                      <td className="small">
                        {auditTargetTypeText(t, event.target.type)}
                        {event.target.label !== undefined && <>: {event.target.label}</>}
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
