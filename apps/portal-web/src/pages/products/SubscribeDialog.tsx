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
import { ReplacePlanDialog } from './ReplacePlanDialog.js';

/**
 * Subscribes one of the organisation's applications to a plan. A confidential plan needs the
 * organisation's approved access request; without one the dialog says so and where to ask. The
 * dialog names the chosen application's current plan of the product, and replacing it is
 * confirmed first (one plan per product: {@link ReplacePlanDialog}).
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
    const subscribed = await Promise.all(
      applications.map(async (app) => {
        const items = await client.subscriptions.list(org.id, app.id);
        const current = items.find((subscription) => subscription.productId === product.id);
        return [app.id, product.plans.find((p) => p.id === current?.planId)] as const;
      }),
    );
    return { applications, approved, currentPlans: new Map(subscribed) };
  }, [client, org.id, product, plan.confidential]);
  const [appId, setAppId] = useState('');
  const [done, setDone] = useState(false);
  const [replacing, setReplacing] = useState<{ app: string; from: Plan; appId: string }>();
  const send = async (chosen: string) => {
    await client.subscriptions.subscribe(org.id, chosen, product.id, { planId: plan.id });
    setDone(true);
  };
  const subscribe = useAction(send);

  return (
    <Dialog
      title={t('subscribe.title', {
        product: product.texts[locale].name,
        plan: plan.texts[locale].name,
      })}
      onClose={props.onClose}
    >
      <AsyncView loaded={facts}>
        {({ applications, approved, currentPlans }) => {
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
          const chosenName = applications.find((app) => app.id === chosen)?.name ?? chosen;
          const current = currentPlans.get(chosen);
          const submit = formSubmit(() =>
            current && current.id !== plan.id
              ? setReplacing({ app: chosenName, from: current, appId: chosen })
              : subscribe.run(chosen),
          );
          return (
            <form onSubmit={submit}>
              <SelectField
                label={t('subscribe.application')}
                options={applications.map((app) => ({ value: app.id, label: app.name }))}
                value={chosen}
                onChange={(event) => setAppId(event.target.value)}
              />
              {current ? (
                <p className="small" aria-live="polite">
                  {current.id === plan.id
                    ? t('subscribe.same', { app: chosenName })
                    : t('subscribe.current', {
                        app: chosenName,
                        plan: current.name,
                        contour: t(`contour.${current.contour}`),
                      })}
                </p>
              ) : null}
              <p className="muted small">{t('subscribe.replaces')}</p>
              {subscribe.error !== undefined && <ErrorNotice error={subscribe.error} />}
              <div className="dialog-actions">
                <button type="button" className="button button-secondary" onClick={props.onClose}>
                  {t('action.cancel')}
                </button>
                <button
                  type="submit"
                  className="button"
                  disabled={subscribe.pending || current?.id === plan.id}
                >
                  {t('subscribe.submit')}
                </button>
              </div>
              {replacing && (
                <ReplacePlanDialog
                  application={replacing.app}
                  from={replacing.from}
                  to={plan}
                  onConfirm={() => send(replacing.appId)}
                  onClose={() => setReplacing(undefined)}
                />
              )}
            </form>
          );
        }}
      </AsyncView>
    </Dialog>
  );
}
