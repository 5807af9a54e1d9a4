import type { PortalServices } from '../portal-services.js';
import { accessRequestRoutes } from './access-request-routes.js';
import { analyticsRoutes } from './analytics-routes.js';
import { applicationRoutes } from './application-routes.js';
import { auditRoutes } from './audit-routes.js';
import { bankConnectionRoutes } from './bank-connection-routes.js';
import { catalogRoutes } from './catalog-routes.js';
import { invitationRoutes } from './invitation-routes.js';
import { limitChangeRoutes } from './limit-change-routes.js';
import { meRoutes } from './me-routes.js';
import { memberRoutes } from './member-routes.js';
import type { HandlerTable } from './operation-call.js';
import { organizationRoutes } from './organization-routes.js';
import { subscriptionRoutes } from './subscription-routes.js';
import { webhookRoutes } from './webhook-routes.js';

/** The handler of every operation of the spec, by operationId. */
export function operationHandlers(services: PortalServices): HandlerTable {
  return {
    ...meRoutes(services),
    ...organizationRoutes(services),
    ...memberRoutes(services),
    ...invitationRoutes(services),
    ...applicationRoutes(services),
    ...catalogRoutes(services),
    ...subscriptionRoutes(services),
    ...accessRequestRoutes(services),
    ...bankConnectionRoutes(services),
    ...auditRoutes(services),
    ...limitChangeRoutes(services),
    ...analyticsRoutes(services),
    ...webhookRoutes(services),
  };
}
