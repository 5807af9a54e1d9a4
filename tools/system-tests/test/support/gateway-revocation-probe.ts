import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { sandboxRequestsWith } from './gateway-upstream-log.js';
import { type HttpAnswer, send } from './http-answer.js';
import './provided-context.js';

/** How long a revocation may take to reach every gateway, from the portal's answer. */
export const REVOCATION_DEADLINE_MS = 5_000;
/** The pause between two probes of a token while waiting for its revocation. */
const PROBE_INTERVAL_MS = 100;

/** One call of a gateway token, and whether any of it reached the bank. */
export interface TokenProbe {
  readonly answer: HttpAnswer;
  readonly reachedBank: boolean;
}

/**
 * Calls `getCorporateCard` with `token` for a fresh random card id: the sandbox answers an accepted
 * call 404, and its log shows whether the call reached it.
 */
export async function probeToken(token: string): Promise<TokenProbe> {
  const marker = randomUUID();
  const answer = await send('GET', `${inject('gatewayApiBaseUrl')}/v1/corporate-cards/${marker}`, {
    bearer: token,
  });
  return { answer, reachedBank: (await sandboxRequestsWith(marker)).length > 0 };
}

/** How a token fared from a revocation on: when it was first refused, and what got through before. */
export interface RevocationOutcome {
  /** milliseconds from `since` to the first refusal; `undefined` if none came before the deadline */
  readonly refusedAfterMs: number | undefined;
  readonly refusal: HttpAnswer | undefined;
  /** probes the gateway still sent to the bank */
  readonly callsThatReachedBank: number;
}

/** Probes `token` from `since` (ms, `performance.now()`) until it is refused or the deadline passes. */
export async function awaitRefusal(token: string, since: number): Promise<RevocationOutcome> {
  let callsThatReachedBank = 0;
  while (performance.now() - since <= REVOCATION_DEADLINE_MS) {
    const { answer, reachedBank } = await probeToken(token);
    if (reachedBank) callsThatReachedBank += 1;
    if (answer.status === 401) {
      return { refusedAfterMs: performance.now() - since, refusal: answer, callsThatReachedBank };
    }
    await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
  }
  return { refusedAfterMs: undefined, refusal: undefined, callsThatReachedBank };
}
