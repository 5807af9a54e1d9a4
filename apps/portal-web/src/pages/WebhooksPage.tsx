import { Link, useSearchParams } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { readAll } from '../api/read-all.js';
import { AsyncView } from '../components/AsyncView.js';
import { EmptyState } from '../components/EmptyState.js';
import { PageHeader } from '../components/PageHeader.js';
import { SelectField } from '../components/SelectField.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCan, useOrg } from '../org/org-context.js';
import { RegisterWebhookForm } from './webhooks/RegisterWebhookForm.js';
import { WebhookItem } from './webhooks/WebhookItem.js';

/**
 * The webhooks of one of the organisation's applications (chosen in the page, kept in `?app=` so a
 * link or a reload keeps it): register one, see each one's recent deliveries, send a test event.
 */
export function WebhooksPage() {
  const { t } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const applications = useLoad(() => readAll(client.applications.list(org.id)), [client, org.id]);
  return (
    <>
      <PageHeader title={t('webhooks.title')} description={t('webhooks.description')} />
      <AsyncView loaded={applications}>
        {(apps) =>
          apps.length === 0 ? (
            <EmptyState title={t('webhooks.noApplications')}>
              <Link to={`/orgs/${org.id}/applications`}>{t('webhooks.toApplications')}</Link>
            </EmptyState>
          ) : (
            <ApplicationWebhooks apps={apps} />
          )
        }
      </AsyncView>
    </>
  );
}

function ApplicationWebhooks(props: { apps: readonly { id: string; name: string }[] }) {
  const { t } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const chosen = props.apps.find((app) => app.id === search.get('app')) ?? props.apps[0];
  const appId = chosen?.id ?? '';
  const webhooks = useLoad(() => client.webhooks.list(org.id, appId), [client, org.id, appId]);
  return (
    <>
      <div className="card">
        <SelectField
          label={t('webhooks.application')}
          options={props.apps.map((app) => ({ value: app.id, label: app.name }))}
          value={appId}
          onChange={(event) => setSearch({ app: event.target.value })}
        />
      </div>
      {can('application.manage') && (
        <RegisterWebhookForm key={appId} appId={appId} onRegistered={webhooks.reload} />
      )}
      <section aria-labelledby="webhooks-list">
        <h2 id="webhooks-list">{t('webhooks.list')}</h2>
        <AsyncView loaded={webhooks}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title={t('webhooks.none')} />
            ) : (
              <ul className="plain-list">
                {items.map((webhook) => (
                  <WebhookItem key={webhook.id} webhook={webhook} onDeleted={webhooks.reload} />
                ))}
              </ul>
            )
          }
        </AsyncView>
      </section>
    </>
  );
}
