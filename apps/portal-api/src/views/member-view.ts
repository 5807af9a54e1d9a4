import type { Membership } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/** `membership` as the contract shows it. */
export function memberView(membership: Membership): components['schemas']['Member'] {
  return {
    userId: membership.userId,
    email: membership.email,
    ...(membership.name !== undefined && { name: membership.name }),
    role: membership.role,
    joinedAt: membership.joinedAt,
  };
}
