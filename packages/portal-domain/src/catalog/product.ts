/** Where a plan's calls go: the bank's test contour or the bank itself. */
export type Contour = 'sandbox' | 'production';

import type { PortalLanguage } from '../language.js';

/** What a person reads of a product or plan in one language. */
export interface CatalogText {
  readonly name: string;
  readonly description?: string;
}

/** A product's or plan's texts, one per portal language. */
export type CatalogTexts = Readonly<Record<PortalLanguage, CatalogText>>;

/** A tariff plan of an API product, as the catalog configures it. */
export interface Plan {
  readonly id: string;
  readonly texts: CatalogTexts;
  readonly contour: Contour;
  /** Subscribing needs the organisation's approved access request for the product. */
  readonly confidential: boolean;
  /** Calls per second the gateway lets through. */
  readonly ratePerSecond: number;
  /** Calls per UTC day; unlimited when absent. */
  readonly quotaPerDay?: number;
  /** Calls per UTC calendar month; unlimited when absent. */
  readonly quotaPerMonth?: number;
}

/** An API product with its plans, as the catalog configures it. */
export interface Product {
  readonly id: string;
  readonly texts: CatalogTexts;
  readonly version: string;
  /** Whether any plan is confidential (personal data, bank or commercial secrecy). */
  readonly confidential: boolean;
  /** The bank operations the product exposes (operationIds of the bank's contract). */
  readonly operations: readonly string[];
  readonly plans: readonly Plan[];
}

/** The catalog as configured: a version (a positive integer, raised on every change) and its products. */
export interface Catalog {
  readonly version: number;
  readonly products: readonly Product[];
}

/** The plan `planId` of `product`, if it has one. */
export function planOf(product: Product, planId: string): Plan | undefined {
  return product.plans.find((plan) => plan.id === planId);
}
