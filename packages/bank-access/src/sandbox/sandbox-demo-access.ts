import type { ContourAccess } from '../contour-access.js';
import { SandboxDemoSession, type SandboxDemoSettings } from './sandbox-demo-session.js';

/** Where sandbox plans' calls go, and the shared demo organisation they act for. */
export interface SandboxContourSettings {
  /** The sandbox API's base URL, e.g. `http://127.0.0.1:8443/fintech/api`. */
  readonly apiBaseUrl: string;
  readonly demo: SandboxDemoSettings;
}

/**
 * Organisations whose demo session an execution environment keeps; beyond it the least recently
 * used is dropped, and signs in again when it next calls (a session is an optimisation only).
 */
const MAX_SANDBOX_SESSIONS = 1_000;

/**
 * The sandbox contour: every organisation acts as the shared demo organisation ("test APIs are
 * open to every registered user"), so organisations' own sandbox connections are not used. Each
 * organisation signs in as its own tenant of the demo organisation, so its limit-change documents
 * are its own there: another organisation's `externalId` is a fresh one to it, and the status sync
 * reads a document with the tenant that created it.
 */
export function sandboxDemoAccess(
  settings: SandboxContourSettings,
  now: () => number,
): ContourAccess {
  const sessions = new Map<string, SandboxDemoSession>();
  const sessionOf = (organisationId: string): SandboxDemoSession => {
    const session =
      sessions.get(organisationId) ?? new SandboxDemoSession(settings.demo, organisationId, now);
    // Re-inserted on every use: the Map's first key is then the least recently used.
    sessions.delete(organisationId);
    sessions.set(organisationId, session);
    if (sessions.size > MAX_SANDBOX_SESSIONS)
      sessions.delete(sessions.keys().next().value as string);
    return session;
  };
  return {
    apiBaseUrl: settings.apiBaseUrl,
    testSigningCredentialsUrl: testSigningCredentialsUrl(settings),
    accessToken: (organisationId) => sessionOf(organisationId).accessToken(),
    invalidate: (organisationId, accessToken) =>
      sessions.get(organisationId)?.invalidate(accessToken),
  };
}

/** The sandbox serves test credentials beside its API: `/fintech/api` → `/sandbox/users/…`. */
function testSigningCredentialsUrl(settings: SandboxContourSettings): string {
  const path = `../../sandbox/users/${encodeURIComponent(settings.demo.login)}/test-credentials`;
  return new URL(path, `${settings.apiBaseUrl.replace(/\/+$/, '')}/`).href;
}
