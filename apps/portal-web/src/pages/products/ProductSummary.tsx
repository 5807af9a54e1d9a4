import { useI18n } from '../../i18n/i18n-context.js';

/** What the public catalog and the organisation's products page both show of a product. */
interface ProductFacts {
  readonly id: string;
  readonly name: string;
  readonly version: string | number;
  readonly description?: string | undefined;
  readonly confidential?: boolean | undefined;
}

/** A product's heading (name, version), its description and the confidential-plans notice. */
export function ProductSummary(props: { product: ProductFacts }) {
  const { t } = useI18n();
  const { product } = props;
  return (
    <>
      <h2 id={`product-${product.id}`}>
        {product.name} <span className="muted small">v{product.version}</span>
      </h2>
      {product.description && <p>{product.description}</p>}
      {product.confidential && <p className="notice notice-info">{t('products.confidential')}</p>}
    </>
  );
}
