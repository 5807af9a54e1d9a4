import { NotFoundError } from '../errors.js';
import type { Page, PageRequest } from '../ports/page.js';
import type { CatalogRepository } from './catalog-repository.js';
import { type Plan, type Product, planOf } from './product.js';

/** The API catalog as every registered user sees it (no organisation, no role needed). */
export class CatalogService {
  constructor(private readonly catalog: CatalogRepository) {}

  /** One page of the products with their plans. */
  listProducts(page: PageRequest = {}): Promise<Page<Product>> {
    return this.catalog.listProducts(page);
  }

  /** The product `productId`; NotFound if there is none. */
  async getProduct(productId: string): Promise<Product> {
    const product = await this.catalog.getProduct(productId);
    if (!product) throw new NotFoundError('product_not_found');
    return product;
  }

  /** The product and its plan `planId`; NotFound if either is missing. */
  async getPlan(productId: string, planId: string): Promise<{ product: Product; plan: Plan }> {
    const product = await this.getProduct(productId);
    const plan = planOf(product, planId);
    if (!plan) throw new NotFoundError('plan_not_found');
    return { product, plan };
  }
}
