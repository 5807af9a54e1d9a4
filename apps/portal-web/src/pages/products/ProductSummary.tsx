import { useI18n } from '../../i18n/i18n-context.js';
import type { Locale } from '../../i18n/translate.js';

/** What the public catalog and the organisation's products page both show of a product. */
interface ProductFacts {
  readonly id: string;
  readonly texts: Readonly<Record<Locale, { name: string; description?: string | undefined }>>;
  readonly version: string | number;
  readonly confidential?: boolean | undefined;
}

/** A product's heading (name, version), its description and the confidential-plans notice. */
export function ProductSummary(props: { product: ProductFacts }) {
  const { t, locale } = useI18n();
  const { product } = props;
  const { name, description } = product.texts[locale];
  return (
    <>
      <h2 id={`product-${product.id}`}>
        {name}{' '}
        <span className="muted small">{t('products.version', { version: product.version })}</span>
      </h2>
      {description && <p>{description}</p>}
      {product.confidential && <p className="notice notice-info">{t('products.confidential')}</p>}
    </>
  );
}
