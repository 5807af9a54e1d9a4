import type { Page, PageRequest } from '../ports/page.js';
import type { Catalog, Product } from './product.js';

/** Storage port for the API catalog. */
export interface CatalogRepository {
  /**
   * Stores every product of `catalog`, leaving alone any product stored from a
   * newer catalog version (an older deployment cannot roll the catalog back).
   */
  publish(catalog: Catalog): Promise<void>;
  listProducts(page: PageRequest): Promise<Page<Product>>;
  getProduct(productId: string): Promise<Product | undefined>;
}
