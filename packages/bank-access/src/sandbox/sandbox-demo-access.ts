import type { ContourAccess, OrganisationTokens } from '../contour-access.js';
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
 * open to every registered user"), so organisations' own sandbox connections are not used, or as
 * another seeded user a call chooses (`sandboxUsers.as`). Each organisation signs in as its own
 * tenant, whichever user, so its limit-change documents are its own there: another organisation's
 * `externalId` is a fresh one to it, and the status sync reads a document with the tenant that
 * created it. A session per organisation and user.
 */
export function sandboxDemoAccess(
  settings: SandboxContourSettings,
  now: () => number,
): ContourAccess {
  const sessions = new Map<string, SandboxDemoSession>();
  const sessionOf = (organisationId: string, login: string): SandboxDemoSession => {
    const key = JSON.stringify([organisationId, login]);
    const session =
      sessions.get(key) ?? new SandboxDemoSession({ ...settings.demo, login }, organisationId, now);
    // Re-inserted on every use: the Map's first key is then the least recently used.
    sessions.delete(key);
    sessions.set(key, session);
    if (sessions.size > MAX_SANDBOX_SESSIONS)
      sessions.delete(sessions.keys().next().value as string);
    return session;
  };
  const as = (login: string): OrganisationTokens => ({
    accessToken: (organisationId) => sessionOf(organisationId, login).accessToken(),
    invalidate: (organisationId, accessToken) =>
      sessions.get(JSON.stringify([organisationId, login]))?.invalidate(accessToken),
  });
  // The sandbox serves its users beside its API: `/fintech/api` → `/sandbox/users`.
  const listUrl = new URL('../../sandbox/users', `${settings.apiBaseUrl.replace(/\/+$/, '')}/`)
    .href;
  return {
    apiBaseUrl: settings.apiBaseUrl,
    ...as(settings.demo.login),
    sandboxUsers: {
      defaultLogin: settings.demo.login,
      listUrl,
      testCredentialsUrl: (login) => `${listUrl}/${encodeURIComponent(login)}/test-credentials`,
      as,
    },
  };
}
