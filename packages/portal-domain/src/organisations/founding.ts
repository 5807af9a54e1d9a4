import type { Actor } from '../context/actor.js';
import type { Membership } from '../members/membership.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import { personNameOf } from '../users/person-name.js';
import type { Organisation, OrganisationKind } from './organisation.js';

/** A new organisation and the membership making its founder the Owner. */
export interface Founding {
  readonly organisation: Organisation;
  readonly owner: Membership;
}

/** Founds an organisation named `name` (already normalised) owned by `founder`. */
export function foundOrganisation(
  founder: Actor,
  name: string,
  kind: OrganisationKind,
  clock: Clock,
  crypto: DomainCrypto,
): Founding {
  const createdAt = clock.now().toISOString();
  const organisation: Organisation = {
    id: crypto.newId(),
    name,
    kind,
    ownerUserId: founder.userId,
    createdAt,
    version: 1,
  };
  const owner: Membership = {
    organisationId: organisation.id,
    userId: founder.userId,
    email: founder.email.trim().toLowerCase(),
    ...personNameOf(founder),
    role: 'Owner',
    joinedAt: createdAt,
    version: 1,
  };
  return { organisation, owner };
}
