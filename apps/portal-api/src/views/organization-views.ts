import type { Organisation, Role } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/** `organisation` as the member holding `role` sees it in lists. */
export function organizationSummaryView(
  organisation: Organisation,
  role: Role,
): components['schemas']['OrganizationSummary'] {
  return {
    id: organisation.id,
    name: organisation.name,
    role,
    test: organisation.kind === 'test',
  };
}

/** `organisation` as the member holding `role` sees it in its cabinet. */
export function organizationView(
  organisation: Organisation,
  role: Role,
  memberCount?: number,
): components['schemas']['Organization'] {
  return {
    ...organizationSummaryView(organisation, role),
    createdAt: organisation.createdAt,
    ...(memberCount !== undefined && { memberCount }),
  };
}
