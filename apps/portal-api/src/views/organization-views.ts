import type { Organisation, Role } from '@devportal/portal-domain';

/** The contract's `OrganizationSummary`. */
export interface OrganizationSummaryView {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly test: boolean;
}

/** The contract's `Organization`. */
export interface OrganizationView extends OrganizationSummaryView {
  readonly createdAt: string;
  readonly memberCount?: number;
}

/** `organisation` as the member holding `role` sees it in lists. */
export function organizationSummaryView(
  organisation: Organisation,
  role: Role,
): OrganizationSummaryView {
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
): OrganizationView {
  return {
    ...organizationSummaryView(organisation, role),
    createdAt: organisation.createdAt,
    ...(memberCount !== undefined && { memberCount }),
  };
}
