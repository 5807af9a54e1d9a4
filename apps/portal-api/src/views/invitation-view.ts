import type { InvitationView } from '@devportal/portal-domain';
import type { components } from '../generated/portal.js';

/**
 * An invitation as the contract shows it: nothing that redeems it, nor the organisation (it is in
 * the path).
 */
export function invitationContractView({
  id,
  email,
  role,
  invitedBy,
  createdAt,
  expiresAt,
}: InvitationView): components['schemas']['Invitation'] {
  return { id, email, role, invitedBy, createdAt, expiresAt };
}
