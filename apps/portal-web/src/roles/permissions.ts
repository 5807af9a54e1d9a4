import type { Role } from '@devportal/portal-client';
import { type Action, can } from '@devportal/portal-domain';

export type { Action };

/**
 * Whether the person's role in the organisation allows `action`, read from the domain's role
 * matrix (the one the API enforces), so the site never carries a second copy of it.
 */
export function allows(role: Role | undefined, action: Action): boolean {
  return role !== undefined && can(role, action);
}
