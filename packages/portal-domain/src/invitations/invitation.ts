import type { AssignableRole } from '../roles/role.js';

/** An invitation as stored: the token itself is never kept, only its SHA-256. */
export interface Invitation {
  readonly id: string;
  readonly organisationId: string;
  /** The invited address, normalised (trimmed, lower case). */
  readonly email: string;
  readonly role: AssignableRole;
  readonly tokenHash: string;
  readonly invitedBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  /** When it was revoked; a revoked invitation is kept (until its TTL) so accepting it says so. */
  readonly revokedAt?: string;
}

/** An invitation as shown in listings: nothing that could redeem it. */
export type InvitationView = Omit<Invitation, 'tokenHash'>;

/** A freshly created invitation with its token, which is shown this once and then only its hash exists. */
export interface IssuedInvitation {
  readonly invitation: InvitationView;
  readonly token: string;
}

/**
 * What an invitation offers, as its invitee sees it before accepting: the organisation, the role
 * and who invited (as the organisation knows them; unknown once they left it).
 */
export interface InvitationOffer {
  readonly invitation: InvitationView;
  readonly organisation: { readonly id: string; readonly name: string };
  readonly inviter: { readonly name?: string; readonly email?: string };
}

/** The view of `invitation` that listings may show. */
export function invitationView({ tokenHash: _secretDigest, ...view }: Invitation): InvitationView {
  return view;
}
