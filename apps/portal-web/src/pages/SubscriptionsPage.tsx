import { usePortal } from '../api/portal-context.js';
import { readAll } from '../api/read-all.js';
import { AsyncView } from '../components/AsyncView.js';
import { EmptyState } from '../components/EmptyState.js';
import { PageHeader } from '../components/PageHeader.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useOrg } from '../org/org-context.js';
import { ApplicationSubscriptions } from './applications/ApplicationSubscriptions.js';

/** Every application's subscriptions on one page. */
export function SubscriptionsPage() {
  const { t } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const applications = useLoad(() => readAll(client.applications.list(org.id)), [client, org.id]);
  return (
    <>
      <PageHeader title={t('subs.pageTitle')} description={t('subs.description')} />
      <AsyncView loaded={applications}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('apps.none')} />
          ) : (
            items.map((app) => (
              <ApplicationSubscriptions key={app.id} appId={app.id} title={app.name} />
            ))
          )
        }
      </AsyncView>
    </>
  );
}
