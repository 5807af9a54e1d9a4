import type { PortalServices } from '../portal-services.js';
import { productView } from '../views/product-view.js';
import { type HandlerTable, ok, pageRequestOf } from './operation-call.js';

/** The API catalog: every signed-in person may read it. */
export function catalogRoutes(
  services: PortalServices,
): Pick<HandlerTable, 'listProducts' | 'getProduct'> {
  return {
    async listProducts(call) {
      const page = await services.catalog.listProducts(pageRequestOf(call));
      return ok({ ...page, items: page.items.map(productView) });
    },
    async getProduct(call) {
      return ok(productView(await services.catalog.getProduct(call.path.productId)));
    },
  };
}
