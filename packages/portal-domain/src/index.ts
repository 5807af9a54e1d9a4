export type { AuditEvent, AuditTarget } from './audit/audit-event.js';
export { type AuditFacts, AuditRecorder } from './audit/audit-recorder.js';
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
