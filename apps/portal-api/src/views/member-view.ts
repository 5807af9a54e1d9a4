import type { Membership, Role } from '@devportal/portal-domain';

/** The contract's `Member`. */
export interface MemberView {
  readonly userId: string;
  readonly email: string;
  readonly name?: string;
  readonly role: Role;
  readonly joinedAt: string;
}

/** `membership` as the contract shows it. */
export function memberView(membership: Membership): MemberView {
  return {
    userId: membership.userId,
    email: membership.email,
    ...(membership.name !== undefined && { name: membership.name }),
    role: membership.role,
    joinedAt: membership.joinedAt,
  };
}
