import type { Plan, Product } from '@devportal/portal-client';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePortal } from '../../api/portal-context.js';
import { readAll } from '../../api/read-all.js';
import { AsyncView } from '../../components/AsyncView.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { SelectField } from '../../components/SelectField.js';
import { formSubmit } from '../../hooks/form-submit.js';
import { useAction } from '../../hooks/use-action.js';
import { useLoad } from '../../hooks/use-load.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';

/**
 * Subscribes one of the organisation's applications to a plan. A confidential plan needs the
 * organisation's approved access request; without one the dialog says so and where to ask.
 */
export function SubscribeDialog(props: { product: Product; plan: Plan; onClose: () => void }) {
  const { t, locale } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const { product, plan } = props;
  const facts = useLoad(async () => {
    const [applications, requests] = await Promise.all([
      readAll(client.applications.list(org.id)),
      plan.confidential ? readAll(client.accessRequests.list(org.id)) : Promise.resolve([]),
    ]);
    const approved = requests.some((r) => r.productId === product.id && r.status === 'approved');
    return { applications, approved };
  }, [client, org.id, product.id, plan.confidential]);
  const [appId, setAppId] = useState('');
  const [done, setDone] = useState(false);
  const subscribe = useAction(async (chosen: string) => {
    await client.subscriptions.subscribe(org.id, chosen, product.id, { planId: plan.id });
    setDone(true);
  });

  return (
    <Dialog
      title={t('subscribe.title', {
        product: product.texts[locale].name,
        plan: plan.texts[locale].name,
      })}
      onClose={props.onClose}
    >
      <AsyncView loaded={facts}>
        {({ applications, approved }) => {
          if (done) {
            return (
              <>
                <p role="status" className="notice notice-success">
                  {t('subscribe.done')}
                </p>
                <div className="dialog-actions">
                  <Link className="button button-secondary" to={`/orgs/${org.id}/try-it`}>
                    {t('nav.tryIt')}
                  </Link>
                  <button type="button" className="button" onClick={props.onClose}>
                    {t('action.done')}
                  </button>
                </div>
              </>
            );
          }
          if (plan.confidential && !approved) {
            return (
              <>
                <p className="notice notice-info">{t('subscribe.needsAccess')}</p>
                <div className="dialog-actions">
                  <button type="button" className="button button-secondary" onClick={props.onClose}>
                    {t('action.cancel')}
                  </button>
                  <Link className="button" to={`/orgs/${org.id}/access-requests`}>
                    {t('subscribe.toAccess')}
                  </Link>
                </div>
              </>
            );
          }
          if (applications.length === 0) {
            return (
              <>
                <p>{t('subscribe.noApps')}</p>
                <div className="dialog-actions">
                  <Link className="button" to={`/orgs/${org.id}/applications`}>
                    {t('apps.create.title')}
                  </Link>
                </div>
              </>
            );
          }
          const chosen = appId || (applications[0]?.id ?? '');
          const submit = formSubmit(() => subscribe.run(chosen));
          return (
            <form onSubmit={submit}>
              <SelectField
                label={t('subscribe.application')}
                options={applications.map((app) => ({ value: app.id, label: app.name }))}
                value={chosen}
                onChange={(event) => setAppId(event.target.value)}
              />
              <p className="muted small">{t('subscribe.replaces')}</p>
              {subscribe.error !== undefined && <ErrorNotice error={subscribe.error} />}
              <div className="dialog-actions">
                <button type="button" className="button button-secondary" onClick={props.onClose}>
                  {t('action.cancel')}
                </button>
                <button type="submit" className="button" disabled={subscribe.pending}>
                  {t('subscribe.submit')}
                </button>
              </div>
            </form>
          );
        }}
      </AsyncView>
    </Dialog>
  );
}
