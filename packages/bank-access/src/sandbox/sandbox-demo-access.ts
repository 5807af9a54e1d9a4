import type { ContourAccess } from '../contour-access.js';
import { SandboxDemoSession, type SandboxDemoSettings } from './sandbox-demo-session.js';

/** Where sandbox plans' calls go, and the shared demo organisation they act for. */
export interface SandboxContourSettings {
  /** The sandbox API's base URL, e.g. `http://127.0.0.1:8443/fintech/api`. */
  readonly apiBaseUrl: string;
  readonly demo: SandboxDemoSettings;
}

/**
 * The sandbox contour: every organisation acts as the shared demo organisation ("test APIs are
 * open to every registered user"), so organisations' own sandbox connections are not used.
 */
export function sandboxDemoAccess(
  settings: SandboxContourSettings,
  now: () => number,
): ContourAccess {
  const session = new SandboxDemoSession(settings.demo, now);
  return {
    apiBaseUrl: settings.apiBaseUrl,
    accessToken: () => session.accessToken(),
    invalidate: (_organisationId, accessToken) => session.invalidate(accessToken),
  };
}
