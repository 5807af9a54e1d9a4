import type { Plan, Product } from '@devportal/portal-client';
import { useState } from 'react';
import { usePortal } from '../api/portal-context.js';
import { readAll } from '../api/read-all.js';
import { AsyncView } from '../components/AsyncView.js';
import { PageHeader } from '../components/PageHeader.js';
import { useLoad } from '../hooks/use-load.js';
import { useReloadOnReturn } from '../hooks/use-reload-on-return.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCan, useOrg } from '../org/org-context.js';
import { PlanCard } from './products/PlanCard.js';
import { ProductSummary } from './products/ProductSummary.js';
import { SubscribeDialog } from './products/SubscribeDialog.js';

/**
 * The API catalog: products and their tariff plans, with subscribing for roles that may. A
 * confidential plan's card shows the organisation's access request for its product as the API
 * has it (one request per product: the latest decision), read again when the person returns to
 * the tab.
 */
export function ProductsPage() {
  const { t } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const can = useCan();
  const catalog = useLoad(async () => {
    const [products, requests] = await Promise.all([
      readAll(client.products.list()),
      readAll(client.accessRequests.list(org.id)),
    ]);
    const access = new Map(requests.map((request) => [request.productId, request.status]));
    return { products, access };
  }, [client, org.id]);
  useReloadOnReturn(catalog.reload);
  const [choice, setChoice] = useState<{ product: Product; plan: Plan }>();
  return (
    <>
      <PageHeader title={t('products.title')} description={t('products.description')} />
      <AsyncView loaded={catalog}>
        {({ products, access }) =>
          products.map((product) => (
            <section key={product.id} className="card" aria-labelledby={`product-${product.id}`}>
              <ProductSummary product={product} />
              {product.operations && (
                <p className="muted small">
                  {t('products.operations')}: {product.operations.join(', ')}
                </p>
              )}
              <div className="plans">
                {product.plans.map((plan) => (
                  <PlanCard
                    key={plan.id}
                    plan={plan}
                    access={access.get(product.id)}
                    {...(can('subscription.manage')
                      ? { onSubscribe: () => setChoice({ product, plan }) }
                      : {})}
                  />
                ))}
              </div>
            </section>
          ))
        }
      </AsyncView>
      {choice && (
        <SubscribeDialog
          product={choice.product}
          plan={choice.plan}
          onClose={() => setChoice(undefined)}
        />
      )}
    </>
  );
}
