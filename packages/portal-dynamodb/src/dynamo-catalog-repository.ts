import type {
  Catalog,
  CatalogRepository,
  Page,
  PageRequest,
  Product,
} from '@devportal/portal-domain';
import { isDomainError } from '@devportal/portal-domain';
import type { DocumentStore, StoredItem } from './document-store.js';
import { keys } from './keys.js';
import { partitionPage } from './partition-page.js';
import { putItem } from './write-operations.js';

const CATALOG_PARTITION = keys.catalogEntry('').PK;
const PRODUCT_PREFIX = keys.catalogEntry('').SK;

/**
 * {@link CatalogRepository} on the portal table: one `CATALOG / PRODUCT#<id>` item
 * per product holding its plans (a product has a handful), so listing is one Query
 * and reading a product with its plans one GetItem.
 */
export class DynamoCatalogRepository implements CatalogRepository {
  constructor(private readonly store: DocumentStore) {}

  async publish(catalog: Catalog): Promise<void> {
    // One write per product, each conditioned on the stored catalog version not being
    // newer: an older deployment starting late cannot roll a product back.
    await Promise.all(
      catalog.products.map((product) =>
        this.store
          .write(
            putItem(
              this.store.tableName,
              {
                ...keys.catalogEntry(product.id),
                entity: 'Product',
                catalogVersion: catalog.version,
                product,
              },
              {
                expression: 'attribute_not_exists(PK) OR catalogVersion <= :version',
                values: { ':version': catalog.version },
              },
            ),
          )
          .catch((error: unknown) => {
            if (!isConcurrentModification(error)) throw error;
          }),
      ),
    );
  }

  async listProducts(page: PageRequest): Promise<Page<Product>> {
    return partitionPage(this.store, CATALOG_PARTITION, PRODUCT_PREFIX, page, productOf, {
      consistent: false,
    });
  }

  async getProduct(productId: string): Promise<Product | undefined> {
    const item = await this.store.get(keys.catalogEntry(productId));
    return item && productOf(item);
  }
}

function productOf(item: StoredItem): Product {
  return item.product as Product;
}

function isConcurrentModification(error: unknown): boolean {
  return isDomainError(error) && error.code === 'concurrent_modification';
}
