import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { AsyncView } from '../components/AsyncView.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { CopyableValue } from '../components/CopyableValue.js';
import { PageHeader } from '../components/PageHeader.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCan, useOrg } from '../org/org-context.js';
import { ApplicationSubscriptions } from './applications/ApplicationSubscriptions.js';
import { EditApplicationForm } from './applications/EditApplicationForm.js';
import { ReissueSecretDialog } from './applications/ReissueSecretDialog.js';
import { SecretsList } from './applications/SecretsList.js';
import { RecentCalls } from './usage/RecentCalls.js';

/** One application: its credentials, subscriptions, and what the role allows doing with it. */
export function ApplicationPage() {
  const { t } = useI18n();
  const { appId = '' } = useParams();
  const client = usePortal();
  const { org } = useOrg();
  const can = useCan();
  const navigate = useNavigate();
  const application = useLoad(
    () => client.applications.get(org.id, appId),
    [client, org.id, appId],
  );
  const [dialog, setDialog] = useState<'reissue' | 'delete'>();

  return (
    <AsyncView loaded={application}>
      {(app) => (
        <>
          <p className="breadcrumb">
            <Link to={`/orgs/${org.id}/applications`}>{t('apps.title')}</Link>
          </p>
          <PageHeader
            title={app.name}
            {...(app.description ? { description: app.description } : {})}
            actions={
              can('application.manage') && (
                <>
                  {can('application.reissueSecret') && (
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => setDialog('reissue')}
                    >
                      {t('apps.reissue')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button-danger"
                    onClick={() => setDialog('delete')}
                  >
                    {t('apps.delete')}
                  </button>
                </>
              )
            }
          />
          <section className="card" aria-labelledby="app-credentials">
            <h2 id="app-credentials">{t('apps.credentials')}</h2>
            <CopyableValue
              label="Client ID"
              value={app.clientId}
              copyLabel={t('secret.copyClientId')}
            />
            <SecretsList secrets={app.secrets} />
          </section>
          <ApplicationSubscriptions appId={app.id} />
          {can('analytics.view') && <RecentCalls appId={app.id} />}
          {can('application.manage') && (
            <EditApplicationForm app={app} onSaved={application.reload} />
          )}
          {dialog === 'reissue' && (
            <ReissueSecretDialog
              app={app}
              onDone={application.reload}
              onClose={() => setDialog(undefined)}
            />
          )}
          {dialog === 'delete' && (
            <ConfirmDialog
              title={t('apps.delete.title', { name: app.name })}
              confirmLabel={t('apps.delete')}
              danger
              onClose={() => setDialog(undefined)}
              onConfirm={async () => {
                await client.applications.delete(org.id, app.id);
                navigate(`/orgs/${org.id}/applications`);
              }}
            >
              <p>{t('apps.delete.confirm')}</p>
            </ConfirmDialog>
          )}
        </>
      )}
    </AsyncView>
  );
}
