import { CATALOG_V1 } from '@devportal/portal-domain';
import { Link } from 'react-router';
import { useAuth } from '../auth/auth-context.js';
import { PageHeader } from '../components/PageHeader.js';
import { useI18n } from '../i18n/i18n-context.js';
import { PlanCard } from '../pages/products/PlanCard.js';
import { ProductSummary } from '../pages/products/ProductSummary.js';
import { PublicLayout } from './PublicLayout.js';

/**
 * The public catalog: products and plans for anyone, signed in or not. The portal API's catalog
 * read needs a person's token, so the page shows the catalog the site is built with (the same
 * data the API publishes, `CATALOG_V1` of the domain package); subscribing happens in the cabinet.
 */
export function CatalogPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const subscribe = session ? '/' : `/login?next=${encodeURIComponent('/')}`;
  return (
    <PublicLayout>
      <PageHeader
        title={t('reference.catalog.title')}
        description={t('reference.catalog.description')}
      />
      {CATALOG_V1.products.map((product) => (
        <section key={product.id} className="card" aria-labelledby={`product-${product.id}`}>
          <ProductSummary product={product} />
          <p className="row-actions">
            <Link to={`/apis/${product.id}/reference`} className="button">
              {t('reference.catalog.reference')}
            </Link>
            <Link to={`/apis/${product.id}/getting-started`} className="button button-secondary">
              {t('reference.nav.gettingStarted')}
            </Link>
            <Link to={subscribe} className="button button-secondary">
              {session ? t('reference.catalog.subscribe') : t('reference.catalog.subscribe.signIn')}
            </Link>
          </p>
          <p className="muted small">
            {t('products.operations')}:{' '}
            {product.operations.map((operation, index) => (
              <span key={operation}>
                {index > 0 && ', '}
                <a href={`/apis/${product.id}/reference#op-${operation}`}>
                  <code>{operation}</code>
                </a>
              </span>
            ))}
          </p>
          <div className="plans">
            {product.plans.map((plan) => (
              <PlanCard key={plan.id} plan={plan} />
            ))}
          </div>
        </section>
      ))}
    </PublicLayout>
  );
}
