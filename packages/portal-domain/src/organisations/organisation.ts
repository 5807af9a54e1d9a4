/** Why an organisation exists: the one made at registration, or one a user created. */
export type OrganisationKind = 'test' | 'regular';

/** An organisation: the scope of every action on the portal. */
export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  /** The one Owner; kept on the organisation so a transfer can be conditioned on it. */
  readonly ownerUserId: string;
  readonly createdAt: string;
  /** Optimistic-concurrency counter: changes are conditioned on the version read. */
  readonly version: number;
}

/** The longest organisation name, as the contract's `Name` allows. */
export const MAX_ORGANISATION_NAME_LENGTH = 100;

/** The name as stored: trimmed; `undefined` when it is empty or too long. */
export function normaliseOrganisationName(name: string): string | undefined {
  const trimmed = name.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_ORGANISATION_NAME_LENGTH ? trimmed : undefined;
}
