import type { Role } from '../roles/role.js';

/** A person's membership of one organisation. */
export interface Membership {
  readonly organisationId: string;
  readonly userId: string;
  readonly email: string;
  /** The person's display name when they joined, from their identity token. */
  readonly name?: string;
  readonly role: Role;
  readonly joinedAt: string;
  /** Optimistic-concurrency counter: changes are conditioned on the version read. */
  readonly version: number;
}
