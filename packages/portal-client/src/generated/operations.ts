/**
 * This file was generated from spec/portal.yaml by scripts/generate-operations.ts.
 * Do not make direct changes to the file: run `pnpm --filter @devportal/portal-client generate`.
 */

import type { operations } from './portal.js';

/** An operation of spec/portal.yaml and the client method that calls it. */
export interface PortalOperation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /** the method's path on a client, e.g. `organizations.list` */
  readonly clientMethod: string;
}

/** An operationId of the spec. */
export type PortalOperationId = keyof operations;

/** Every operation of the spec, in its order; a test calls each client method and sees its path. */
export const portalOperations = {
  getMe: { method: 'GET', path: '/v1/me', clientMethod: 'me' },
  updateMe: { method: 'PATCH', path: '/v1/me', clientMethod: 'updateMe' },
  listOrganizations: { method: 'GET', path: '/v1/organizations', clientMethod: 'organizations.list' },
  createOrganization: { method: 'POST', path: '/v1/organizations', clientMethod: 'organizations.create' },
  getOrganization: { method: 'GET', path: '/v1/organizations/{orgId}', clientMethod: 'organizations.get' },
  renameOrganization: { method: 'PATCH', path: '/v1/organizations/{orgId}', clientMethod: 'organizations.rename' },
  deleteOrganization: { method: 'DELETE', path: '/v1/organizations/{orgId}', clientMethod: 'organizations.delete' },
  listMembers: { method: 'GET', path: '/v1/organizations/{orgId}/members', clientMethod: 'members.list' },
  changeMemberRole: { method: 'PATCH', path: '/v1/organizations/{orgId}/members/{userId}', clientMethod: 'members.changeRole' },
  removeMember: { method: 'DELETE', path: '/v1/organizations/{orgId}/members/{userId}', clientMethod: 'members.remove' },
  transferOwnership: { method: 'PUT', path: '/v1/organizations/{orgId}/owner', clientMethod: 'members.transferOwnership' },
  listInvitations: { method: 'GET', path: '/v1/organizations/{orgId}/invitations', clientMethod: 'invitations.list' },
  createInvitation: { method: 'POST', path: '/v1/organizations/{orgId}/invitations', clientMethod: 'invitations.create' },
  revokeInvitation: { method: 'DELETE', path: '/v1/organizations/{orgId}/invitations/{invitationId}', clientMethod: 'invitations.revoke' },
  acceptInvitation: { method: 'POST', path: '/v1/invitations/{token}/accept', clientMethod: 'invitations.accept' },
  previewInvitation: { method: 'GET', path: '/v1/invitations/{token}', clientMethod: 'invitations.preview' },
  listMyInvitations: { method: 'GET', path: '/v1/me/invitations', clientMethod: 'invitations.listMine' },
  listApplications: { method: 'GET', path: '/v1/organizations/{orgId}/applications', clientMethod: 'applications.list' },
  createApplication: { method: 'POST', path: '/v1/organizations/{orgId}/applications', clientMethod: 'applications.create' },
  getApplication: { method: 'GET', path: '/v1/organizations/{orgId}/applications/{appId}', clientMethod: 'applications.get' },
  updateApplication: { method: 'PATCH', path: '/v1/organizations/{orgId}/applications/{appId}', clientMethod: 'applications.update' },
  deleteApplication: { method: 'DELETE', path: '/v1/organizations/{orgId}/applications/{appId}', clientMethod: 'applications.delete' },
  reissueClientSecret: { method: 'POST', path: '/v1/organizations/{orgId}/applications/{appId}/secret', clientMethod: 'applications.reissueSecret' },
  listProducts: { method: 'GET', path: '/v1/products', clientMethod: 'products.list' },
  getProduct: { method: 'GET', path: '/v1/products/{productId}', clientMethod: 'products.get' },
  listSubscriptions: { method: 'GET', path: '/v1/organizations/{orgId}/applications/{appId}/subscriptions', clientMethod: 'subscriptions.list' },
  subscribe: { method: 'PUT', path: '/v1/organizations/{orgId}/applications/{appId}/subscriptions/{productId}', clientMethod: 'subscriptions.subscribe' },
  unsubscribe: { method: 'DELETE', path: '/v1/organizations/{orgId}/applications/{appId}/subscriptions/{productId}', clientMethod: 'subscriptions.unsubscribe' },
  listRecentCalls: { method: 'GET', path: '/v1/organizations/{orgId}/applications/{appId}/calls', clientMethod: 'analytics.recentCalls' },
  listWebhooks: { method: 'GET', path: '/v1/organizations/{orgId}/applications/{appId}/webhooks', clientMethod: 'webhooks.list' },
  registerWebhook: { method: 'POST', path: '/v1/organizations/{orgId}/applications/{appId}/webhooks', clientMethod: 'webhooks.register' },
  deleteWebhook: { method: 'DELETE', path: '/v1/organizations/{orgId}/applications/{appId}/webhooks/{webhookId}', clientMethod: 'webhooks.delete' },
  listWebhookDeliveries: { method: 'GET', path: '/v1/organizations/{orgId}/applications/{appId}/webhooks/{webhookId}/deliveries', clientMethod: 'webhooks.deliveries' },
  sendWebhookTestEvent: { method: 'POST', path: '/v1/organizations/{orgId}/applications/{appId}/webhooks/{webhookId}/test-events', clientMethod: 'webhooks.sendTestEvent' },
  listAccessRequests: { method: 'GET', path: '/v1/organizations/{orgId}/access-requests', clientMethod: 'accessRequests.list' },
  submitAccessRequest: { method: 'POST', path: '/v1/organizations/{orgId}/access-requests', clientMethod: 'accessRequests.submit' },
  listAccessRequestsForReview: { method: 'GET', path: '/v1/operator/access-requests', clientMethod: 'operator.accessRequests.list' },
  decideAccessRequest: { method: 'POST', path: '/v1/operator/access-requests/{requestId}/decision', clientMethod: 'operator.accessRequests.decide' },
  getBankConnection: { method: 'GET', path: '/v1/organizations/{orgId}/bank-connection', clientMethod: 'bankConnection.get' },
  disconnectBank: { method: 'DELETE', path: '/v1/organizations/{orgId}/bank-connection', clientMethod: 'bankConnection.disconnect' },
  startBankAuthorization: { method: 'POST', path: '/v1/organizations/{orgId}/bank-connection/authorization', clientMethod: 'bankConnection.startAuthorization' },
  completeBankAuthorization: { method: 'POST', path: '/v1/bank-connection/callback', clientMethod: 'bankConnection.completeAuthorization' },
  listAuditEvents: { method: 'GET', path: '/v1/organizations/{orgId}/audit-events', clientMethod: 'auditEvents.list' },
  exportAuditEvents: { method: 'GET', path: '/v1/organizations/{orgId}/audit-events/export', clientMethod: 'auditEvents.export' },
  getAnalytics: { method: 'GET', path: '/v1/organizations/{orgId}/analytics', clientMethod: 'analytics.get' },
  listLimitChanges: { method: 'GET', path: '/v1/organizations/{orgId}/limit-changes', clientMethod: 'limitChanges.list' },
  getLimitChange: { method: 'GET', path: '/v1/organizations/{orgId}/limit-changes/{externalId}', clientMethod: 'limitChanges.get' },
  syncLimitChanges: { method: 'POST', path: '/v1/organizations/{orgId}/limit-changes/sync', clientMethod: 'limitChanges.sync' },
  getLimitChangeSyncRun: { method: 'GET', path: '/v1/organizations/{orgId}/limit-changes/sync-runs/{runId}', clientMethod: 'limitChanges.syncRun' },
} as const satisfies Record<PortalOperationId, PortalOperation>;
