import { json } from '../http/response.js';
import type { SandboxOnlyRoute } from '../http/server.js';
import type { Organization } from '../model.js';

/** Where the sandbox lists its seeded users, beside their test credentials. Not a bank path. */
export const SEEDED_USERS_PATH = '/sandbox/users';

/** A seeded user as the list shows them: whom a demo may act as, and what they see. */
export interface SeededUser {
  /** what `login_hint` names at the authorize endpoint */
  readonly login: string;
  readonly fullName: string;
  readonly organization: { readonly name: string; readonly inn: string };
  /** the business cards of the user's organisation */
  readonly cardCount: number;
  /** the user's signing authorities (none: the user can read but not sign) */
  readonly signAuthorities: readonly string[];
}

/**
 * `GET /sandbox/users`: the seeded users with their organisation, card count and signing
 * authorities, in seed order. Sandbox-only: the bank lists nobody; the seed is public demo data.
 */
export function seededUsersRoute(organizations: readonly Organization[]): SandboxOnlyRoute {
  const users: SeededUser[] = organizations.flatMap((organization) =>
    organization.users.map((user) => ({
      login: user.login,
      fullName: user.fullName,
      organization: { name: organization.name, inn: organization.inn },
      cardCount: organization.cards.length,
      signAuthorities: user.certificates.map((certificate) => certificate.signAuthority),
    })),
  );
  return {
    name: 'sandboxSeededUsers',
    method: 'GET',
    path: /^\/sandbox\/users$/,
    handler: async () => json(200, { users }),
  };
}
