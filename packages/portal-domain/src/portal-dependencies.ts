import type { AuditTrail } from './audit/audit-trail.js';
import type { InvitationRepository } from './invitations/invitation-repository.js';
import type { MemberRepository } from './members/member-repository.js';
import type { OrganisationRepository } from './organisations/organisation-repository.js';
import type { Clock } from './ports/clock.js';
import type { DomainCrypto } from './ports/crypto.js';
import type { UserRepository } from './users/user-repository.js';

/** The storage ports the portal's services run on. */
export interface PortalRepositories {
  readonly users: UserRepository;
  readonly organisations: OrganisationRepository;
  readonly members: MemberRepository;
  readonly invitations: InvitationRepository;
  readonly auditTrail: AuditTrail;
}

/** Everything the portal's services depend on: storage ports, time and randomness. */
export interface PortalDependencies extends PortalRepositories {
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}
