import type { Membership, Role } from '@devportal/portal-domain';

/** The contract's `Member`. */
export interface MemberView {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
  readonly joinedAt: string;
}

/** `membership` as the contract shows it. */
export function memberView(membership: Membership): MemberView {
  return {
    userId: membership.userId,
    email: membership.email,
    role: membership.role,
    joinedAt: membership.joinedAt,
  };
}
