import type { Application } from '@devportal/portal-client';
import { usePortal } from '../../api/portal-context.js';
import { AsyncView } from '../../components/AsyncView.js';
import { useLoad } from '../../hooks/use-load.js';
import { planName, productName } from '../../i18n/catalog-names.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';
import { QuotaBars } from './QuotaBars.js';

/** Usage against the quotas of every plan `applications` are subscribed to, one block per plan. */
export function QuotaOverview(props: { applications: readonly Application[] }) {
  const { t, locale } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const ids = props.applications.map((app) => app.id).join(',');
  const plans = useLoad(
    async () =>
      (
        await Promise.all(
          props.applications.map(async (app) =>
            (
              await client.subscriptions.list(org.id, app.id)
            ).map((subscription) => ({
              app,
              subscription,
            })),
          ),
        )
      )
        .flat()
        .filter(({ subscription }) => (subscription.quota ?? []).length > 0),
    [client, org.id, ids],
  );
  return (
    <section className="card" aria-labelledby="quota-overview">
      <h2 id="quota-overview">{t('quota.title')}</h2>
      <AsyncView loaded={plans}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('quota.noSubscriptions')}</p>
          ) : (
            <ul className="plain-list">
              {items.map(({ app, subscription }) => (
                <li key={`${app.id}/${subscription.productId}`} className="list-row">
                  <div className="quota-owner">
                    <strong>
                      {t('quota.plan', {
                        app: app.name,
                        product: productName(subscription.productId, locale),
                        plan: planName(subscription.productId, subscription.planId, locale),
                      })}
                    </strong>
                    <QuotaBars quota={subscription.quota ?? []} />
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}
