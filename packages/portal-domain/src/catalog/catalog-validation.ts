import { PORTAL_LANGUAGES } from '../language.js';
import type { Catalog, CatalogTexts, Plan, Product } from './product.js';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * The reasons `catalog` is not a sound configuration (empty when it is): ids are
 * slugs and unique, rates positive, quotas positive integers, every product and plan
 * named in each portal language, and a product is confidential exactly when one of
 * its plans is.
 */
export function catalogProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(catalog.version) || catalog.version < 1) {
    problems.push('the catalog version is a positive integer');
  }
  problems.push(
    ...duplicates(
      catalog.products.map((product) => product.id),
      'product',
    ),
  );
  for (const product of catalog.products) problems.push(...productProblems(product));
  return problems;
}

function productProblems(product: Product): string[] {
  const problems: string[] = [];
  const where = `product ${product.id}`;
  if (!SLUG.test(product.id)) problems.push(`${where}: the id is not a slug`);
  problems.push(...textProblems(product.texts, where));
  if (product.plans.length === 0) problems.push(`${where}: no plans`);
  problems.push(
    ...duplicates(
      product.plans.map((plan) => plan.id),
      `${where} plan`,
    ),
  );
  const anyConfidential = product.plans.some((plan) => plan.confidential);
  if (product.confidential !== anyConfidential) {
    problems.push(`${where}: confidential must say whether any plan is confidential`);
  }
  for (const plan of product.plans) problems.push(...planProblems(plan, where));
  return problems;
}

function planProblems(plan: Plan, product: string): string[] {
  const where = `${product} plan ${plan.id}`;
  const problems: string[] = [];
  if (!SLUG.test(plan.id)) problems.push(`${where}: the id is not a slug`);
  problems.push(...textProblems(plan.texts, where));
  if (!(plan.ratePerSecond > 0)) problems.push(`${where}: ratePerSecond must be positive`);
  for (const [name, quota] of [
    ['quotaPerDay', plan.quotaPerDay],
    ['quotaPerMonth', plan.quotaPerMonth],
  ] as const) {
    if (quota !== undefined && !(Number.isInteger(quota) && quota >= 1)) {
      problems.push(`${where}: ${name} must be a positive integer`);
    }
  }
  return problems;
}

function textProblems(texts: CatalogTexts | undefined, where: string): string[] {
  return PORTAL_LANGUAGES.filter((language) => !texts?.[language]?.name.trim()).map(
    (language) => `${where}: no ${language} name`,
  );
}

function duplicates(ids: readonly string[], what: string): string[] {
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  return [...new Set(repeated)].map((id) => `${what} ${id} appears twice`);
}
