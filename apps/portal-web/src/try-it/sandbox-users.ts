import type { RuntimeConfig } from '../config/runtime-config.js';
import type { GatewayToken } from './gateway-calls.js';

/**
 * The gateway's sandbox-only header naming the seeded user a sandbox call acts as
 * (apps/cards-gateway's README); production plans refuse it.
 */
export const SANDBOX_USER_HEADER = 'x-sandbox-user';

/** A seeded sandbox user as `GET /cards/sandbox/users` lists them. */
export interface SandboxUser {
  readonly login: string;
  readonly fullName: string;
  readonly organization: { readonly name: string; readonly inn: string };
  readonly cardCount: number;
  readonly signAuthorities: readonly string[];
}

/** The seeded users, and whom a call naming none acts as. */
export interface SandboxUsers {
  readonly users: readonly SandboxUser[];
  readonly defaultLogin: string;
}

/** The gateway's address of a sandbox resource, beside the API's base (`/cards/fintech/api` → `/cards/sandbox/…`). */
export function sandboxResourceUrl(gateway: RuntimeConfig['gateway'], resource: string): URL {
  return new URL(`../sandbox/${resource}`, new URL(gateway.apiBaseUrl, window.location.origin));
}

/** `GET /cards/sandbox/users` with a sandbox plan's token; the refusal's status otherwise. */
export async function listSandboxUsers(
  gateway: RuntimeConfig['gateway'],
  token: GatewayToken,
): Promise<SandboxUsers | { readonly refusedWith: string }> {
  const answer = await fetch(sandboxResourceUrl(gateway, 'users'), {
    headers: { authorization: `Bearer ${token.accessToken}` },
  });
  if (!answer.ok) return { refusedWith: `${answer.status} ${answer.statusText}` };
  return (await answer.json()) as SandboxUsers;
}
