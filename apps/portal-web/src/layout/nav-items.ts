import type { MessageKey } from '../i18n/messages.ru.js';
import type { Action } from '../roles/permissions.js';

/** A section of an organisation's cabinet in the side navigation. */
export interface NavItem {
  /** relative to `/orgs/:orgId`; empty for the cabinet itself */
  readonly path: string;
  readonly label: MessageKey;
  /** shown only to roles the matrix allows this action */
  readonly requires?: Action;
}

/** The cabinet's sections in the order of the seed's onboarding. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '', label: 'nav.cabinet' },
  { path: 'members', label: 'nav.members' },
  { path: 'applications', label: 'nav.applications', requires: 'application.list' },
  { path: 'products', label: 'nav.products' },
  { path: 'subscriptions', label: 'nav.subscriptions', requires: 'subscription.list' },
  { path: 'access-requests', label: 'nav.accessRequests' },
  { path: 'try-it', label: 'nav.tryIt' },
  { path: 'analytics', label: 'nav.analytics', requires: 'analytics.view' },
  { path: 'bank', label: 'nav.bank' },
  { path: 'limit-changes', label: 'nav.limitChanges' },
  { path: 'audit', label: 'nav.audit', requires: 'audit.view' },
  { path: 'webhooks', label: 'nav.webhooks', requires: 'application.list' },
];
