import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type { Product } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** The catalog of API products and their tariff plans. */
export class Products extends PortalResource {
  list(params: ListParams = {}, options?: CallOptions): PageList<Product> {
    return this.core.list('listProducts', undefined, params, options);
  }

  get(productId: string, options?: CallOptions): ResponsePromise<Product> {
    return this.core.send('getProduct', { params: { path: { productId } } }, options);
  }
}
