import type { Contour } from '../catalog/product.js';
import type { components } from '../generated/portal.js';

/** An application's plan of one product, as members see it, plus what the gateway needs. */
export type Subscription = components['schemas']['Subscription'] & {
  readonly organisationId: string;
  /** Copied from the plan so the gateway routes without reading the catalog. */
  readonly contour: Contour;
  /** Copied from the plan: the gateway honours it only while the access request is approved. */
  readonly confidential: boolean;
  /** Optimistic-concurrency counter: plan changes are conditioned on the version read. */
  readonly version: number;
};
