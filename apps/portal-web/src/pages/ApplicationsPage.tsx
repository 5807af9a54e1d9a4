import { Link } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { readAll } from '../api/read-all.js';
import { AsyncView } from '../components/AsyncView.js';
import { EmptyState } from '../components/EmptyState.js';
import { PageHeader } from '../components/PageHeader.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCan, useOrg } from '../org/org-context.js';
import { CreateApplicationForm } from './applications/CreateApplicationForm.js';

/** The organisation's applications; creating one for roles that may. */
export function ApplicationsPage() {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const can = useCan();
  const applications = useLoad(() => readAll(client.applications.list(org.id)), [client, org.id]);
  return (
    <>
      <PageHeader title={t('apps.title')} description={t('apps.description')} />
      {can('application.manage') && <CreateApplicationForm onCreated={applications.reload} />}
      <section className="card" aria-labelledby="apps-list">
        <h2 id="apps-list">{t('apps.list')}</h2>
        <AsyncView loaded={applications}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title={t('apps.none')} />
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('apps.name')}</th>
                      <th scope="col">Client ID</th>
                      <th scope="col">{t('apps.created')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((app) => (
                      <tr key={app.id}>
                        <td>
                          <Link to={`/orgs/${org.id}/applications/${app.id}`}>{app.name}</Link>
                          {app.description && <p className="muted small">{app.description}</p>}
                        </td>
                        <td>
                          <code>{app.clientId}</code>
                        </td>
                        <td>{dateTime(app.createdAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </AsyncView>
      </section>
    </>
  );
}
