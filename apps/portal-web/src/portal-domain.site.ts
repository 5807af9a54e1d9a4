/**
 * What the site takes of `@devportal/portal-domain` (vite.config.ts points the package's name
 * here): pure data the API also reads, the role matrix and the published catalog, without the
 * domain's Node-only services. The compiler checks the site's imports against the whole package.
 */

export * from '../../../packages/portal-domain/src/audit/audit-action.js';
export { CATALOG_V1 } from '../../../packages/portal-domain/src/catalog/catalog.v1.js';
export * from '../../../packages/portal-domain/src/roles/role-matrix.js';
