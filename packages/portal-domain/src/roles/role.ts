/** The roles a member holds in an organisation, strongest first. */
export const ROLES = ['Owner', 'Administrator', 'Developer', 'Observer'] as const;

/** A member's role in one organisation. */
export type Role = (typeof ROLES)[number];

/** The roles an invitation or a role change may grant: the Owner role moves only by transfer. */
export const ASSIGNABLE_ROLES = [
  'Administrator',
  'Developer',
  'Observer',
] as const satisfies readonly Role[];

/** A role that an invitation or a role change may grant. */
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

/** Whether `value` is a role. */
export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/** Whether `role` may be granted by an invitation or a role change. */
export function isAssignableRole(role: unknown): role is AssignableRole {
  return (ASSIGNABLE_ROLES as readonly unknown[]).includes(role);
}
