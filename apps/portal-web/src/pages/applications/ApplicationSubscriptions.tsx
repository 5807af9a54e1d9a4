import { Link } from 'react-router';
import { usePortal } from '../../api/portal-context.js';
import { readAll } from '../../api/read-all.js';
import { AsyncView } from '../../components/AsyncView.js';
import { Badge } from '../../components/Badge.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useAction } from '../../hooks/use-action.js';
import { useLoad } from '../../hooks/use-load.js';
import { planName, productName } from '../../i18n/catalog-names.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useOrg } from '../../org/org-context.js';
import { QuotaBars } from '../usage/QuotaBars.js';

/**
 * An application's subscriptions, each with its plan and the plan's contour (sandbox or the
 * bank's production: one plan per product, so this is where the application's calls go);
 * unsubscribing for roles that may.
 */
export function ApplicationSubscriptions(props: { appId: string; title?: string }) {
  const { t, dateTime, locale } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const can = useCan();
  const subscriptions = useLoad(async () => {
    const [items, products] = await Promise.all([
      client.subscriptions.list(org.id, props.appId),
      readAll(client.products.list()),
    ]);
    const plans = new Map(
      products.flatMap((product) =>
        product.plans.map((plan) => [`${product.id}/${plan.id}`, plan]),
      ),
    );
    return items.map((item) => ({
      ...item,
      contour: plans.get(`${item.productId}/${item.planId}`)?.contour,
    }));
  }, [client, org.id, props.appId]);
  const unsubscribe = useAction(async (productId: string) => {
    await client.subscriptions.unsubscribe(org.id, props.appId, productId);
    subscriptions.reload();
  });
  const headingId = `subs-${props.appId}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title ?? t('subs.title')}</h2>
      {unsubscribe.error !== undefined && <ErrorNotice error={unsubscribe.error} />}
      <AsyncView loaded={subscriptions}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('subs.none')}>
              <Link to={`/orgs/${org.id}/products`}>{t('subs.toCatalog')}</Link>
            </EmptyState>
          ) : (
            <ul className="plain-list">
              {items.map((subscription) => (
                <li key={subscription.productId} className="list-row">
                  <div className="quota-owner">
                    <strong>{productName(subscription.productId, locale)}</strong> ·{' '}
                    {t('subs.plan')}{' '}
                    <strong>{planName(subscription.productId, subscription.planId, locale)}</strong>{' '}
                    {subscription.contour && (
                      <Badge tone={subscription.contour === 'sandbox' ? 'success' : 'warning'}>
                        {t(`contour.${subscription.contour}`)}
                      </Badge>
                    )}{' '}
                    ·{' '}
                    <span className="muted">
                      {dateTime(subscription.updatedAt ?? subscription.createdAt)}
                    </span>
                    <QuotaBars quota={subscription.quota ?? []} />
                  </div>
                  {can('subscription.manage') && (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={unsubscribe.pending}
                      onClick={() => void unsubscribe.run(subscription.productId)}
                    >
                      {t('subs.unsubscribe')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}
