import type { Contour } from '../catalog/product.js';

/** An application's plan of one product (the contract's `Subscription`, plus what the gateway needs). */
export interface Subscription {
  readonly applicationId: string;
  readonly organisationId: string;
  readonly productId: string;
  readonly planId: string;
  /** Copied from the plan so the gateway routes without reading the catalog. */
  readonly contour: Contour;
  /** Copied from the plan: the gateway honours it only while the access request is approved. */
  readonly confidential: boolean;
  readonly createdAt: string;
  readonly updatedAt?: string;
  /** Optimistic-concurrency counter: plan changes are conditioned on the version read. */
  readonly version: number;
}
