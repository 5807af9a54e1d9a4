import type { Role } from './role.js';

/** One row of the role matrix. */
export interface RoleMatrixRow {
  /** The row as DESIGN.md words it. */
  readonly description: string;
  /** The roles that may perform the action; every other role is refused. */
  readonly allowed: readonly Role[];
  /** Whether performing the action hands a secret (a Client Secret) to the actor. */
  readonly revealsSecret: boolean;
}

const MANAGERS = ['Owner', 'Administrator'] as const satisfies readonly Role[];
const BUILDERS = ['Owner', 'Administrator', 'Developer'] as const satisfies readonly Role[];
const EVERYONE = [
  'Owner',
  'Administrator',
  'Developer',
  'Observer',
] as const satisfies readonly Role[];

/**
 * The role matrix of DESIGN.md (from the seed), one row per line, as data. The
 * services authorise with {@link can}, storage re-checks the actor's role at commit
 * time from the same rows, and the tests iterate every cell of this table.
 */
export const ROLE_MATRIX = {
  'member.invite': {
    description: 'invite a user as Administrator / Developer / Observer',
    allowed: MANAGERS,
    revealsSecret: false,
  },
  'member.remove': {
    description: 'remove a user from the organisation',
    allowed: MANAGERS,
    revealsSecret: false,
  },
  'member.changeRole': {
    description: "change a user's role",
    allowed: MANAGERS,
    revealsSecret: false,
  },
  'organisation.transferOwnership': {
    description: 'transfer the Owner role to a member ("change the Owner")',
    allowed: MANAGERS,
    revealsSecret: false,
  },
  'organisation.view': {
    description: "view the organisation's cabinet",
    allowed: EVERYONE,
    revealsSecret: false,
  },
  'organisation.rename': {
    description: 'rename the organisation',
    allowed: MANAGERS,
    revealsSecret: false,
  },
  'organisation.delete': {
    description: 'delete the organisation',
    allowed: ['Owner'],
    revealsSecret: false,
  },
  'application.list': {
    description: 'list applications',
    allowed: EVERYONE,
    revealsSecret: false,
  },
  'application.manage': {
    description: 'create / change / delete an application',
    allowed: BUILDERS,
    revealsSecret: true,
  },
  'application.reissueSecret': {
    description: "re-issue an application's Client Secret",
    allowed: BUILDERS,
    revealsSecret: true,
  },
  'subscription.list': {
    description: "view an application's subscriptions",
    allowed: EVERYONE,
    revealsSecret: false,
  },
  'subscription.manage': {
    description: 'subscribe to / unsubscribe from an API product plan',
    allowed: BUILDERS,
    revealsSecret: false,
  },
  'analytics.view': {
    description: 'view API-call analytics',
    allowed: EVERYONE,
    revealsSecret: false,
  },
  'accessRequest.submit': {
    description:
      'submit an access request for a confidential product (beyond the seed: the issue names Owner and Administrator)',
    allowed: MANAGERS,
    revealsSecret: false,
  },
  'bankConnection.manage': {
    description: "connect or disconnect the organisation's bank (beyond the seed)",
    allowed: MANAGERS,
    revealsSecret: false,
  },
  'audit.view': {
    description: "view the organisation's audit trail (beyond the seed)",
    allowed: MANAGERS,
    revealsSecret: false,
  },
  'limitChange.sync': {
    description: 'check the bank for the state of a limit-change request now (beyond the seed)',
    allowed: BUILDERS,
    revealsSecret: false,
  },
} as const satisfies Record<string, RoleMatrixRow>;

/** An action governed by the role matrix. */
export type Action = keyof typeof ROLE_MATRIX;

/** Every action of the role matrix, in table order. */
export const ACTIONS = Object.keys(ROLE_MATRIX) as Action[];

/** Whether a member holding `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  const allowed: readonly Role[] = ROLE_MATRIX[action].allowed;
  return allowed.includes(role);
}

/** The roles that may perform `action`. */
export function rolesAllowedTo(action: Action): readonly Role[] {
  return ROLE_MATRIX[action].allowed;
}
