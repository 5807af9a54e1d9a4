export {
  OrganisationAccess,
  type OrganisationScope,
} from './access/organisation-access.js';
export type { AuditEvent, AuditTarget } from './audit/audit-event.js';
export { type AuditFacts, AuditRecorder } from './audit/audit-recorder.js';
export { AuditService } from './audit/audit-service.js';
export type { AuditTrail } from './audit/audit-trail.js';
export type { Change } from './audit/change.js';
export type { Actor } from './context/actor.js';
export { nodeCrypto } from './crypto/node-crypto.js';
export {
  ConflictError,
  DomainError,
  type DomainErrorCode,
  type DomainErrorCodeOf,
  type DomainErrorKind,
  ERROR_CATALOGUE,
  ForbiddenError,
  isDomainError,
  NotFoundError,
  ValidationError,
} from './errors.js';
export {
  type Invitation,
  type InvitationView,
  type IssuedInvitation,
  invitationView,
} from './invitations/invitation.js';
export type { InvitationRepository } from './invitations/invitation-repository.js';
export {
  DEFAULT_INVITATION_LIFETIME_MS,
  InvitationService,
} from './invitations/invitation-service.js';
export type { MemberRepository } from './members/member-repository.js';
export { MemberService } from './members/member-service.js';
export type { Membership } from './members/membership.js';
export { type Founding, foundOrganisation } from './organisations/founding.js';
export {
  normaliseOrganisationName,
  type Organisation,
  type OrganisationKind,
} from './organisations/organisation.js';
export type {
  MyOrganisation,
  OrganisationRepository,
} from './organisations/organisation-repository.js';
export { type Cabinet, OrganisationService } from './organisations/organisation-service.js';
export type { PortalDependencies, PortalRepositories } from './portal-dependencies.js';
export { type Clock, systemClock } from './ports/clock.js';
export type { DomainCrypto } from './ports/crypto.js';
export type { Page, PageRequest } from './ports/page.js';
export {
  ASSIGNABLE_ROLES,
  type AssignableRole,
  isAssignableRole,
  isRole,
  ROLES,
  type Role,
} from './roles/role.js';
export {
  ACTIONS,
  type Action,
  can,
  ROLE_MATRIX,
  type RoleMatrixRow,
  rolesAllowedTo,
} from './roles/role-matrix.js';
export {
  type Registration,
  RegistrationService,
  TEST_ORGANISATION_NAME,
} from './users/registration-service.js';
export type { UserProfile } from './users/user-profile.js';
export type { UserRepository } from './users/user-repository.js';
