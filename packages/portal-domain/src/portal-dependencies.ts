import type { PortalRepositories } from './portal-repositories.js';
import type { Clock } from './ports/clock.js';
import type { DomainCrypto } from './ports/crypto.js';

/**
 * Everything the organisation services (registration, organisations, members, invitations,
 * audit) depend on: their storage ports, time and randomness.
 */
export interface PortalDependencies
  extends Pick<
    PortalRepositories,
    'users' | 'organisations' | 'members' | 'invitations' | 'auditTrail'
  > {
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}
