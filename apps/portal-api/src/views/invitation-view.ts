import type { InvitationView } from '@devportal/portal-domain';

/** The contract's `Invitation`: nothing that redeems it, nor the organisation (it is in the path). */
export function invitationContractView({
  id,
  email,
  role,
  invitedBy,
  createdAt,
  expiresAt,
}: InvitationView) {
  return { id, email, role, invitedBy, createdAt, expiresAt };
}
