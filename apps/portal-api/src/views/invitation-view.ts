import type { InvitationOffer, InvitationView } from '@devportal/portal-domain';
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

/** What an invitation offers, as its link's page (or its invitee's list) shows it: no token. */
export function invitationPreviewView({
  invitation,
  organisation,
  inviter,
}: InvitationOffer): components['schemas']['InvitationPreview'] {
  return {
    organization: organisation,
    role: invitation.role,
    email: invitation.email,
    inviter,
    expiresAt: invitation.expiresAt,
  };
}
