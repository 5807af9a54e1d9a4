import { createPortalClient, type PortalClientOptions } from '../../src/index.js';
import { personToken } from './fake-portal.js';

/** Backoff short enough for tests, same shape as production's. */
export const fastBackoff = { initialDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000 } as const;

/** A client of the server at `baseUrl` with the accepted token and fast backoff. */
export function clientOf(baseUrl: string, overrides: Partial<PortalClientOptions> = {}) {
  return createPortalClient({
    baseUrl,
    token: personToken,
    backoff: fastBackoff,
    ...overrides,
  } as PortalClientOptions);
}
